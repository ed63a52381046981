// @vitest-environment node
/**
 * The sanitizer keeps an article's text whatever wraps it: a wrapper's tag or attribute may go, its content may not.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleFragment, sanitizeArticleHtml } from './sanitize';

const view = new JSDOM('<!doctype html><body></body>').window as unknown as Window & typeof globalThis;

/** What the finish stage gets, serialized: it reads the sanitized fragment, not the string. */
function fragmentHtml(html: string): string {
  const holder = view.document.createElement('div');
  holder.append(sanitizeArticleFragment(html, view));
  return holder.innerHTML;
}

describe('wrappers of the article', () => {
  it.each([
    ['a customized built-in wrapper', '<div is="x-body"><p>Text</p></div>', '<div><p>Text</p></div>'],
    ['a customized built-in article inside a section', '<section><article is="wp-post"><p>Text</p><p>More</p></article></section>', '<section><article><p>Text</p><p>More</p></article></section>'],
    ['nested customized built-ins', '<div is="x-outer"><p is="x-para">Text <em is="x-em">here</em></p></div>', '<div><p>Text <em>here</em></p></div>'],
    ['a customized built-in keeping its other attributes', '<div is="x-body" lang="fr" data-post="12"><p>Texte</p></div>', '<div lang="fr" data-post="12"><p>Texte</p></div>'],
    ['an autonomous custom element', '<wp-post-content><p>Text</p></wp-post-content>', '<p>Text</p>'],
    ['a customized built-in with an event handler', '<div is="x-body" onclick="alert(1)"><p>Text</p></div>', '<div><p>Text</p></div>'],
    ['a customized built-in link', '<a is="x-link" href="javascript:alert(1)">Text</a>', '<a target="_blank" rel="noopener noreferrer">Text</a>'],
    ['a forbidden element with is', '<form is="x-form"><p>Text</p></form>', '<p>Text</p>'],
  ])('%s keeps its content, as a fragment and as a string', (_name, html, expected) => {
    expect(fragmentHtml(html)).toBe(expected);
    expect(sanitizeArticleHtml(html, view)).toBe(expected);
  });

  it('a page whose body carries is keeps its article', () => {
    expect(fragmentHtml('<body is="x-page"><p>Text</p></body>')).toBe('<p>Text</p>');
    expect(sanitizeArticleHtml('<body is="x-page"><p>Text</p></body>', view)).toBe('<p>Text</p>');
  });

  it('a kept wrapper is a plain element: it serializes without is and no definition can upgrade it', () => {
    const [wrapper] = Array.from(sanitizeArticleFragment('<div is="x-body"><p>Text</p></div>', view).children);
    expect(wrapper?.outerHTML).toBe('<div><p>Text</p></div>');
  });
});
