// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { indexText, offsetsOfRange, paintHighlights, unpaintHighlight, type HighlightSpan } from './paint';

/** A rendered article body holding `html`. */
function body(html: string): HTMLDivElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** A yellow highlight from the first `from` in the body through the end of the first `to` after it. */
function highlightOf(root: Element, id: string, from: string, to = from, extra: Partial<HighlightSpan> = {}): HighlightSpan {
  const { text } = indexText(root);
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  if (start === -1 || end < to.length) throw new Error(`"${from}" … "${to}" is not in the body`);
  return { id, color: 'yellow', label: 'Highlight', start, end, ...extra };
}

const mark = (id: string, color = 'yellow') => `<mark class="highlight highlight-${color}" data-highlight-id="${id}">`;
const head = (id: string, label: string, color = 'yellow') => `<mark class="highlight highlight-${color}" data-highlight-id="${id}" tabindex="0" role="button" aria-label="${label}">`;

const STORY = '<p>The river rose overnight.</p>\n<p>Farmers moved <em>their cattle</em> early<a data-source-id="s1">[1]</a>.</p>\n<p>The road stayed closed.</p>';

describe('indexText', () => {
  it('is the text of every text node in order, with where each starts', () => {
    const root = body('<p>The <em>river</em> rose.</p>\n<p>Closed.</p>');
    const index = indexText(root);
    expect(index.text).toBe('The river rose.\nClosed.');
    expect(index.nodes.map((node) => node.data)).toEqual(['The ', 'river', ' rose.', '\n', 'Closed.']);
    expect(index.starts).toEqual([0, 4, 9, 15, 16]);
  });
});

describe('paintHighlights', () => {
  it('wraps a span inside one paragraph in one mark, the keyboard stop', () => {
    const root = body(STORY);
    const marks = paintHighlights(root, [highlightOf(root, 'h1', 'river rose')]);
    expect(root.innerHTML).toBe(STORY.replace('river rose', `${head('h1', 'Highlight: river rose')}river rose</mark>`));
    expect(marks.get('h1')?.map((m) => m.textContent)).toEqual(['river rose']);
  });

  it('wraps each text piece of a span across paragraphs, emphasis and a citation marker, not the line between paragraphs', () => {
    const root = body(STORY);
    const marks = paintHighlights(root, [highlightOf(root, 'h1', 'cattle', 'The road')]);
    expect(root.innerHTML).toBe(
      '<p>The river rose overnight.</p>\n' +
        `<p>Farmers moved <em>their ${head('h1', 'Highlight: cattle')}cattle</mark></em>${mark('h1')} early</mark>` +
        `<a data-source-id="s1">${mark('h1')}[1]</mark></a>${mark('h1')}.</mark></p>\n` +
        `<p>${mark('h1')}The road</mark> stayed closed.</p>`,
    );
    expect(marks.get('h1')?.map((m) => m.textContent)).toEqual(['cattle', ' early', '[1]', '.', 'The road']);
  });

  it('nests overlapping highlights, the earlier one outside', () => {
    const root = body('<p>The river rose overnight.</p>');
    paintHighlights(root, [highlightOf(root, 'a', 'river rose'), highlightOf(root, 'b', 'rose overnight', undefined, { color: 'green', label: 'Note' })]);
    expect(root.innerHTML).toBe(
      `<p>The ${head('a', 'Highlight: river')}river </mark>${mark('a')}${head('b', 'Note: rose', 'green')}rose</mark></mark>` +
        `${mark('b', 'green')} overnight</mark>.</p>`,
    );
  });

  it('never puts a keyboard stop inside another one or inside a link', () => {
    const root = body('<p>The river rose overnight, <a href="https://example.org/">the agency said</a> on Monday.</p>');
    paintHighlights(root, [
      highlightOf(root, 'a', 'river rose'),
      highlightOf(root, 'b', 'river rose overnight', undefined, { color: 'green' }),
      highlightOf(root, 'c', 'river', undefined, { color: 'blue' }),
      highlightOf(root, 'd', 'agency', 'Monday', { color: 'pink' }),
    ]);
    expect(root.innerHTML).toBe(
      `<p>The ${head('a', 'Highlight: river')}${mark('b', 'green')}${mark('c', 'blue')}river</mark></mark></mark>` +
        `${mark('a')}${head('b', 'Highlight: rose', 'green')} rose</mark></mark>${mark('b', 'green')} overnight</mark>, ` +
        `<a href="https://example.org/">the ${mark('d', 'pink')}agency said</mark></a>` +
        `${head('d', 'Highlight: on Monday', 'pink')} on Monday</mark>.</p>`,
    );
    expect(root.querySelectorAll('[tabindex] [tabindex], a [tabindex]')).toHaveLength(0);
  });

  it('puts the keyboard stop on text, not on the space a highlight starts with', () => {
    const root = body(STORY);
    paintHighlights(root, [highlightOf(root, 'h1', ' their', 'their')]);
    expect(root.querySelector('p:nth-of-type(2)')!.innerHTML).toBe(
      `Farmers moved${mark('h1')} </mark><em>${head('h1', 'Highlight: their')}their</mark> cattle</em> early<a data-source-id="s1">[1]</a>.`,
    );
  });

  it('passes axe on overlapping highlights, in links, lists and tables', async () => {
    const root = body(`${STORY}\n<p>See <a href="https://example.org/">the agency's report</a> for more.</p>\n<ul>\n<li>First point</li>\n</ul>\n<table><tbody>\n<tr>\n<td>Cell one</td>\n</tr>\n</tbody></table>`);
    paintHighlights(root, [
      highlightOf(root, 'a', 'river rose'),
      highlightOf(root, 'b', 'river', 'overnight', { color: 'green' }),
      highlightOf(root, 'c', 'cattle', 'road', { color: 'blue' }),
      highlightOf(root, 'd', 'agency', 'more', { color: 'pink' }),
      highlightOf(root, 'e', 'point', 'Cell'),
    ]);
    const { default: axe } = await import('axe-core');
    const { violations } = await axe.run(root, { resultTypes: ['violations'] });
    expect(violations.map(({ id, nodes }) => [id, nodes.map((n) => n.html)])).toEqual([]);
  });

  it('puts no mark straight inside a list or a table row, where HTML allows no text', () => {
    const html = '<ul>\n<li>First point</li>\n<li>Second point</li>\n</ul>\n<table><tbody>\n<tr>\n<td>Cell one</td>\n<td>Cell two</td>\n</tr>\n</tbody></table>';
    const root = body(html);
    paintHighlights(root, [highlightOf(root, 'h1', 'point', 'Cell one')]);
    expect(root.innerHTML).toBe(
      `<ul>\n<li>First ${head('h1', 'Highlight: point')}point</mark></li>\n<li>${mark('h1')}Second point</mark></li>\n</ul>\n` +
        `<table><tbody>\n<tr>\n<td>${mark('h1')}Cell one</mark></td>\n<td>Cell two</td>\n</tr>\n</tbody></table>`,
    );
  });

  it('labels a keyboard stop with its own text on one line, cut at 150 characters', () => {
    const long = `${'word '.repeat(40)}\n   ${'more '.repeat(10)}`;
    const root = body(`<p>${long}</p>`);
    const [first] = paintHighlights(root, [{ id: 'h1', color: 'blue', label: 'Blue highlight', start: 0, end: long.length }]).get('h1')!;
    expect(first?.getAttribute('aria-label')).toBe(`Blue highlight: ${'word '.repeat(29)}word…`);
  });

  it('paints nothing for an empty or out-of-range span and paints a repeated id once', () => {
    const root = body(STORY);
    const marks = paintHighlights(root, [
      { id: 'empty', color: 'yellow', label: 'Highlight', start: 5, end: 5 },
      { id: 'gone', color: 'yellow', label: 'Highlight', start: 900, end: 950 },
      highlightOf(root, 'twice', 'river'),
      highlightOf(root, 'twice', 'road'),
    ]);
    expect([...marks].map(([id, list]) => [id, list.map((m) => m.textContent)])).toEqual([['empty', []], ['gone', []], ['twice', ['river']]]);
  });

  it('works on a linkedom document', () => {
    const { document: doc } = parseHTML(`<!doctype html><html><body><div>${STORY}</div></body></html>`);
    const root = doc.querySelector('div')!;
    paintHighlights(root, [highlightOf(root, 'h1', 'cattle', 'The road')]);
    expect(root.textContent).toBe(body(STORY).textContent);
    expect(Array.from(root.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['cattle', ' early', '[1]', '.', 'The road']);
    unpaintHighlight(root, 'h1');
    expect(root.innerHTML).toBe(STORY);
  });
});

describe('unpaintHighlight', () => {
  it('takes one highlight away, leaving the others, and the last one leaves the body as it was', () => {
    const root = body(STORY);
    paintHighlights(root, [highlightOf(root, 'a', 'river rose'), highlightOf(root, 'b', 'rose', 'cattle', { color: 'green' })]);
    unpaintHighlight(root, 'a');
    expect(root.querySelectorAll('mark[data-highlight-id="a"]')).toHaveLength(0);
    expect(Array.from(root.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['rose', ' overnight.', 'Farmers moved ', 'their cattle']);
    unpaintHighlight(root, 'b');
    expect(root.innerHTML).toBe(STORY);
    expect(Array.from(root.querySelectorAll('p'), (p) => p.childNodes.length)).toEqual([1, 5, 1]);
  });
});

describe('offsetsOfRange', () => {
  it('reads boundaries on text nodes and on elements', () => {
    const root = body(STORY);
    const [first, second, third] = Array.from(root.querySelectorAll('p'));
    const index = indexText(root);
    const range = document.createRange();
    range.setStart(first!.firstChild!, 4);
    range.setEnd(second!.querySelector('em')!, 1);
    expect(offsetsOfRange(index, range)).toEqual({ start: 4, end: 52 });
    expect(index.text.slice(4, 52)).toBe('river rose overnight.\nFarmers moved their cattle');
    range.setStart(second!, 0);
    range.setEnd(third!, 0);
    expect(offsetsOfRange(index, range)).toEqual({ start: 26, end: 62 });
    expect(index.text.slice(26, 62)).toBe('Farmers moved their cattle early[1].');
    range.setStart(root, 4);
    range.setEnd(root, 5);
    expect(offsetsOfRange(index, range)).toEqual({ start: 63, end: 86 });
    expect(index.text.slice(63, 86)).toBe('The road stayed closed.');
  });

  it('leaves out the whitespace a double or triple click selects', () => {
    const root = body(STORY);
    const index = indexText(root);
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('p')!);
    range.setEnd(root.querySelectorAll('p')[1]!, 0);
    expect(offsetsOfRange(index, range)).toEqual({ start: 0, end: 25 });
    range.setStart(root.childNodes[1]!, 0);
    range.setEnd(root.childNodes[1]!, 1);
    expect(offsetsOfRange(index, range)).toBeNull();
  });

  it('keeps the part of a selection inside the body, and none outside it', () => {
    const root = body(STORY);
    const before = document.createElement('h1');
    before.textContent = 'Flood';
    root.before(before);
    const index = indexText(root);
    const range = document.createRange();
    range.setStart(before.firstChild!, 1);
    range.setEnd(root.querySelector('em')!.firstChild!, 5);
    expect(offsetsOfRange(index, range)).toEqual({ start: 0, end: 45 });
    range.setStart(document.body, 0);
    range.setEnd(document.body, 2);
    expect(offsetsOfRange(index, range)).toEqual({ start: 0, end: 86 });
    range.setStart(document.body, 1);
    expect(offsetsOfRange(index, range)).toEqual({ start: 0, end: 86 });
    range.selectNodeContents(before);
    expect(offsetsOfRange(index, range)).toBeNull();
    const after = document.createElement('p');
    after.textContent = 'Share this story';
    root.after(after);
    range.setStart(root.lastChild!.firstChild!, 4);
    range.setEnd(after.firstChild!, 5);
    expect(offsetsOfRange(index, range)).toEqual({ start: 67, end: 86 });
    range.selectNodeContents(after);
    expect(offsetsOfRange(index, range)).toBeNull();
    range.setStart(root, 0);
    range.collapse(true);
    expect(offsetsOfRange(index, range)).toBeNull();
  });

  it('gives the same offsets on a body with highlights painted, indexed again', () => {
    const root = body(STORY);
    paintHighlights(root, [highlightOf(root, 'h1', 'cattle', 'The road')]);
    const range = document.createRange();
    range.setStart(root.querySelector('mark')!.firstChild!, 2);
    range.setEnd(root.querySelectorAll('mark')[4]!, 1);
    expect(offsetsOfRange(indexText(root), range)).toEqual({ start: 48, end: 71 });
    expect(indexText(root).text.slice(48, 71)).toBe('ttle early[1].\nThe road');
  });
});

const WORDS = ['the', 'river', 'rose', 'overnight', 'farmers', 'moved', 'cattle', 'road', 'closed', 'council', 'vote', 'bridge'];

/** A long article of paragraphs, lists and tables, with emphasis, links and citation markers: `paragraphs` blocks. */
function articleHtml(paragraphs: number, seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const sentence = () => Array.from({ length: 3 + next(7) }, () => WORDS[next(WORDS.length)]).join(' ');
  const inline = () => {
    const kind = next(10);
    if (kind === 0) return `<em>${sentence()}</em>`;
    if (kind === 1) return `<a href="https://example.org/${next(100)}">${sentence()}</a>`;
    if (kind === 2) return `<a data-source-id="s${next(9)}">[${1 + next(9)}]</a>`;
    return sentence();
  };
  const blocks: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    const kind = next(20);
    if (kind === 0) blocks.push(`<ul>\n<li>${inline()}</li>\n<li>${inline()} ${inline()}</li>\n</ul>`);
    else if (kind === 1) blocks.push(`<table><tbody>\n<tr>\n<td>${inline()}</td>\n<td>${inline()}</td>\n</tr>\n</tbody></table>`);
    else blocks.push(`<p>${inline()}. ${inline()}.</p>`);
  }
  return blocks.join('\n');
}

describe('painting many highlights', () => {
  /** Seeds for `count` highlights of 1 to 200 characters anywhere in the text. */
  const randomSpans = (count: number) => fc.array(fc.tuple(fc.noBias(fc.nat()), fc.integer({ min: 1, max: 200 })), { minLength: count, maxLength: count });
  const spansOver = (text: string, seeds: [number, number][]) =>
    seeds.map(([at, length], i): HighlightSpan => {
      const start = at % text.length;
      return { id: `h${i}`, color: 'green', label: 'Highlight', start, end: Math.min(text.length, start + length) };
    });

  it('keeps the text, wraps only text of each span and all of it but the whitespace between blocks, and nests no keyboard stops', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), randomSpans(1000), (seed, seeds) => {
        const root = body(articleHtml(300, seed));
        const { text } = indexText(root);
        const spans = spansOver(text, seeds);
        const marks = paintHighlights(root, spans);
        expect(root.textContent).toBe(text);
        const painted = indexText(root);
        const offsets = new Map(painted.nodes.map((node, i) => [node, painted.starts[i]!]));
        for (const { id, start, end } of spans) {
          const covered = new Uint8Array(end - start);
          for (const m of marks.get(id)!) {
            expect(['ul', 'ol', 'table', 'tbody', 'tr']).not.toContain(m.parentElement!.localName);
            let inner: Node = m;
            while (inner.firstChild) inner = inner.firstChild;
            const offset = offsets.get(inner as Text)!;
            expect([offset >= start, offset + m.textContent!.length <= end]).toEqual([true, true]);
            covered.fill(1, offset - start, offset - start + m.textContent!.length);
          }
          expect(text.slice(start, end).split('').filter((_, k) => !covered[k]).join('').trim()).toBe('');
          expect(marks.get(id)!.filter((m) => m.hasAttribute('tabindex')).length).toBeLessThanOrEqual(1);
        }
        expect(root.querySelectorAll('[tabindex] [tabindex]')).toHaveLength(0);
      }),
      { numRuns: 1 },
    );
  });

  const IDS = Array.from({ length: 40 }, (_, i) => `h${i}`);
  it('leaves the body as it was once every highlight is unpainted, in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), randomSpans(40), fc.shuffledSubarray(IDS, { minLength: 40 }), (seed, seeds, order) => {
        const root = body(articleHtml(30, seed));
        const original = root.innerHTML;
        const spans = spansOver(indexText(root).text, seeds);
        paintHighlights(root, spans);
        for (const id of order) unpaintHighlight(root, id);
        expect(root.innerHTML).toBe(original);
      }),
      { numRuns: 20 },
    );
  });

  it('paints 1,000 highlights on a 1,500-paragraph article', () => {
    const root = body(articleHtml(1500, 7));
    const { text } = indexText(root);
    const spans = Array.from({ length: 1000 }, (_, i): HighlightSpan => {
      const start = Math.floor((i * text.length) / 1000) + (i % 13);
      return { id: `h${i}`, color: 'yellow', label: 'Highlight', start, end: start + 20 + ((i * 37) % 100) };
    });
    const startedAt = performance.now();
    const marks = paintHighlights(root, spans);
    const elapsed = performance.now() - startedAt;
    console.log(`paintHighlights: 1,000 highlights, ${[...marks.values()].flat().length} marks, on ${text.length} characters in ${elapsed.toFixed(1)} ms (jsdom)`);
    expect(root.textContent).toBe(text);
  });
});
