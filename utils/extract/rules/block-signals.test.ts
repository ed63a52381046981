import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { collapseWhitespace } from '../text';
import { shortTextOf, wordsIn, wordsInUpTo } from './block-signals';

/** Blocks whose words are split across text nodes in every way a page splits them: inline tags, comments, empty nodes. */
const piece = fc.constantFrom('word', 'Wörter', 'foo', 'bar', ' ', '  \n ', ',', '-', '_', '2025', 'é', '', '漢字', 'ภาษาไทย', 'a.b', '\u00a0');
const inlineHtml = fc.array(fc.tuple(piece, fc.constantFrom('', 'b', 'span', 'a', 'em')), { maxLength: 40 }).map((parts) =>
  parts.map(([text, tag]) => (tag ? `<${tag}>${text}</${tag}>` : text)).join('<!-- c -->'),
);

describe('wordsInUpTo', () => {
  it('is exactly wordsIn up to the limit, and above the limit beyond it', () => {
    fc.assert(
      fc.property(inlineHtml, fc.integer({ min: 0, max: 30 }), (html, limit) => {
        const el = bodyOf(`<div>${html}</div>`).firstElementChild!;
        const exact = wordsIn(el);
        const capped = wordsInUpTo(el, limit);
        if (exact <= limit) expect(capped).toBe(exact);
        else expect(capped).toBeGreaterThan(limit);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('counts a word split by an inline tag once, and stops early on a long block', () => {
    const el = bodyOf('<p>Sha<b>re</b> this <a href="#">story</a></p>').firstElementChild!;
    expect(wordsInUpTo(el, 10)).toBe(3);
    const long = bodyOf(`<div>${'<p>one two three four five </p>'.repeat(1000)}</div>`).firstElementChild!;
    expect(wordsInUpTo(long, 30)).toBe(35);
  });
});

describe('shortTextOf', () => {
  it('is the collapsed text when it is at most maxChars long, else null', () => {
    fc.assert(
      fc.property(inlineHtml, fc.integer({ min: 0, max: 60 }), (html, maxChars) => {
        const el = bodyOf(`<div>${html}</div>`).firstElementChild!;
        const text = collapseWhitespace(el.textContent ?? '');
        expect(shortTextOf(el, maxChars)).toBe(text.length <= maxChars ? text : null);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
