import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeRepeatedParagraphs } from './remove-repeated-paragraphs';
import { testContext } from './test-context';

const FIRST = 'The council voted by nine to four on Tuesday to approve the tram line, which will run from the station to the university campus by 2028.';
const THIRD = 'Construction is expected to start next spring, and the first trams should carry passengers two years later if the funding from the region holds.';
const FOURTH = 'The mayor said the region had promised half of the money and that the rest would come from a bond approved by voters in the spring.';
const SECOND = 'Opponents said the cost of the project had doubled since it was first proposed and asked for an independent review of the budget.';

describe('removeRepeatedParagraphs', () => {
  it('removes a second copy of a run of paragraphs, even with small differences', () => {
    const copy = FIRST.replace('Tuesday', 'Tuesday,');
    const body = bodyOf(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><div><p>${copy}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div>`);
    expect(removeRepeatedParagraphs.removeFrom(body, testContext)).toEqual([
      { rule: 'repeated-paragraph', text: copy },
      { rule: 'repeated-paragraph', text: SECOND },
      { rule: 'repeated-paragraph', text: THIRD },
      { rule: 'repeated-paragraph', text: FOURTH },
    ]);
    expect(blockText(body)).toBe(`${FIRST}\n${SECOND}\n${THIRD}\n${FOURTH}`);
  });
  it('keeps paragraphs that recur alone or in short runs, like the same question put to each guest', () => {
    const body = bodyOf(`<p>${FIRST}</p><p>${SECOND}</p><p>${FIRST}</p><p>${THIRD}</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`);
    expect(removeRepeatedParagraphs.removeFrom(body, testContext)).toEqual([]);
  });
  it('keeps short lines that legitimately repeat and paragraphs that share only a phrase', () => {
    const body = bodyOf(`<p>Serves 4.</p><p>Serves 4.</p><p>${FIRST}</p><p>The tram line, which will run from the station, was first proposed in 2015 by a group of residents who wanted fewer cars.</p>`);
    expect(removeRepeatedParagraphs.removeFrom(body, testContext)).toEqual([]);
  });
});

describe('removeRepeatedParagraphs with nested paragraphs', () => {
  it('compares only innermost paragraphs, so a wrapper never makes its own children repeats', () => {
    const body = bodyOf(`<div></div>`);
    const outer = body.ownerDocument.createElement('p');
    for (const text of [FIRST, SECOND]) {
      const inner = body.ownerDocument.createElement('p');
      inner.textContent = text;
      outer.append(inner);
    }
    body.append(outer);
    expect(removeRepeatedParagraphs.removeFrom(body, testContext)).toEqual([]);
  });
});
