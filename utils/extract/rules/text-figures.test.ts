import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { collapseWhitespace, countWords } from '../text';
import { linkDensity, removeAndRecord, shortTextOf, textLength, wordsIn } from './block-signals';
import { withTextFigures } from './text-figures';

/** Each question answered from the text itself, as the helpers do outside a rule run. */
function readDirectly(el: Element) {
  const chars = collapseWhitespace(el.textContent ?? '').length;
  const links = Array.from(el.querySelectorAll('a')).reduce((sum, a) => sum + collapseWhitespace(a.textContent ?? '').length, 0);
  return { words: countWords(el.textContent ?? ''), chars, density: chars === 0 ? 0 : Math.min(1, links / chars), short: chars <= 40 ? collapseWhitespace(el.textContent ?? '') : null };
}

const readFromFigures = (el: Element) => ({ words: wordsIn(el), chars: textLength(el), density: linkDensity(el), short: shortTextOf(el, 40) });

const PIECES = ['word', 'two words', ' ', '  \n ', '\u00a0', '\u200b', 'co', 'op', '-', '.', '東京の', 'ภาษาไทย', 'é', '😀', '', '42'];
const TAGS = ['span', 'b', 'a', 'p', 'div', 'li'];

/** Random markup: text pieces and nested elements, links inside links included. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...PIECES).map((text) => text.replace(/&/g, '&amp;')),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('text figures', () => {
  it('answer every question as reading the text itself does, on any markup', () => {
    fc.assert(
      fc.property(fc.array(markup, { minLength: 1, maxLength: 5 }), (parts) => {
        const body = bodyOf(`<div>${parts.join('')}</div>`);
        const blocks = [body, ...Array.from(body.querySelectorAll('*'))];
        const expected = blocks.map(readDirectly);
        expect(withTextFigures(() => blocks.map(readFromFigures))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('forget what a removal took from the blocks around it', () => {
    const body = bodyOf('<div><p>One two <a href="/x">three</a></p> <aside><a href="/y">Share this</a></aside> <p>four.</p></div>');
    const div = body.firstElementChild!;
    withTextFigures(() => {
      expect([wordsIn(div), textLength(div), linkDensity(div)]).toEqual([6, 30, 15 / 30]);
      removeAndRecord(div.querySelector('aside')!, 'share-bar');
      expect([wordsIn(div), textLength(div), linkDensity(div)]).toEqual([4, 19, 5 / 19]);
    });
  });
});
