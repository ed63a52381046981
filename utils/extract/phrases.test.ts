import { describe, expect, it } from 'vitest';
import { IMPLICATION_HEADINGS, RELATED_HEADINGS, wholePhrasePattern } from './phrases';

describe('wholePhrasePattern', () => {
  const related = wholePhrasePattern(RELATED_HEADINGS);
  const implications = wholePhrasePattern(IMPLICATION_HEADINGS);
  it.each([
    ['Read also:', true],
    ['  Related stories »', true],
    ['Lire aussi …', true],
    ['More:', true],
    ['More', false],
    ['Related reading about the council', false],
  ])('related %j: %s', (text, label) => expect(related.test(text)).toBe(label));
  it.each([
    ['What it means for renters', true],
    ['What it means for renters:  ', true],
    ['Implications for Mali and the Region —', true],
    [`What it means for ${'x'.repeat(81)}`, false],
    ['Why this matters ?!', true],
  ])('implications %j: %s', (text, label) => expect(implications.test(text)).toBe(label));
});
