// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToContainer, replaceChildrenWithHtml } from './dom';

/** What fragment parsing gives (the innerHTML setter, allowed in tests): the reference for utils/dom.ts. */
function parsedByInnerHtml(html: string): string {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div.innerHTML;
}

const CASES = [
  '<p>One <em>two</em></p><p>three</p>',
  '<meta charset="utf-8"><style>p{}</style><title>t</title><p>after head-only elements</p>',
  '  <p>leading whitespace</p> <!-- a comment --> trailing text',
  '<p>paragraph<table><tr><td>cell</td></tr></table>',
  '<figure><img src="a.jpg" alt="A"><figcaption>Caption</figcaption></figure><blockquote><p>Quote</p></blockquote>',
  '<ul><li>one<li>two</ul><ol start="3"><li>three</ol>',
  '<td>stray cell</td><tr>stray row',
  '<noscript><img src="b.jpg"></noscript>',
  'text &amp; entities &lt;b&gt; &nbsp;',
  '</body></html><p>after closing tags</p>',
  '',
];

describe('htmlToContainer', () => {
  it.each(CASES)('parses %j as fragment parsing would', (html) => {
    const doc = document.implementation.createHTMLDocument('');
    const container = htmlToContainer(doc, html);
    expect(container.ownerDocument).toBe(doc);
    expect(container.innerHTML).toBe(parsedByInnerHtml(html));
  });

  it('keeps an inline handler inert: nothing runs while parsing', () => {
    const doc = document.implementation.createHTMLDocument('');
    const container = htmlToContainer(doc, '<img src="x" onerror="globalThis.pwned = true"><script>globalThis.pwned = true</script>');
    expect(container.querySelectorAll('img, script').length).toBe(2);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe('replaceChildrenWithHtml', () => {
  it('replaces the children with the parsed HTML', () => {
    const el = document.createElement('section');
    el.append('old');
    replaceChildrenWithHtml(el, '<p>new <a href="#x">link</a></p>');
    expect(el.innerHTML).toBe('<p>new <a href="#x">link</a></p>');
  });
});
