import { describe, expect, it } from 'vitest';
import { splitSentences } from './summary-sentences';

const startsSentence = (word: string) => ['the', 'it', 'he'].includes(word);
const split = (...lines: string[]) => splitSentences(lines, { lang: 'en', startsSentence }).map((s) => s.text);

describe('splitSentences', () => {
  it('drops citation markers before splitting, also where they follow the period', () => {
    expect(split('Jobs could go by 2030, the institute found.[1] The union wants a fund [2][3].', 'A second line.')).toEqual([
      'Jobs could go by 2030, the institute found.',
      'The union wants a fund.',
      'A second line.',
    ]);
  });

  it.each([
    ['Mr. Trump wasn’t satisfied. He asked for more.', ['Mr. Trump wasn’t satisfied.', 'He asked for more.']],
    ['She testified before the U.S. House Intelligence Committee on Friday.', ['She testified before the U.S. House Intelligence Committee on Friday.']],
    ['It was written by the late author John M. Ford.', ['It was written by the late author John M. Ford.']],
    ['Prices rose in the U.S. The rest of the world followed.', ['Prices rose in the U.S.', 'The rest of the world followed.']],
  ])('keeps a sentence whole after an abbreviation before a name: %s', (text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it('closes up the white space a removed marker leaves before punctuation', () => {
    expect(split('Rents rose [1] , then fell [2] . Wait [^3] … really ?')).toEqual(['Rents rose, then fell.', 'Wait… really?']);
  });

  it('never joins the end of one line to the next', () => {
    expect(split('The report was sent to Mr.', 'Smith wrote back.')).toEqual(['The report was sent to Mr.', 'Smith wrote back.']);
  });
});
