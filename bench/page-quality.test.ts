import { describe, expect, it } from 'vitest';
import { removalLosses, silentLoss, snippetCheck, wordBagF1 } from './page-quality';
import type { Article } from '../utils/extract/types';

describe('wordBagF1', () => {
  it('compares lower-cased word bags, order and punctuation ignored', () => {
    expect(wordBagF1('Cats, dogs! cats', 'dogs cats CATS')).toBe(1);
  });

  it('gives the F1 of the overlap: 2 of 3 words kept, 2 of 4 expected', () => {
    expect(wordBagF1('a b x', 'a b c d')).toBeCloseTo((2 * (2 / 3) * (2 / 4)) / (2 / 3 + 2 / 4), 12);
  });

  it('scores an empty extraction 0 against a real truth', () => {
    expect(wordBagF1('', 'a b')).toBe(0);
  });
});

describe('snippetCheck', () => {
  it('finds snippets as word sequences whatever the punctuation and case', () => {
    expect(snippetCheck('The river, rising fast — closed the Old Bridge.', ['rising fast closed', 'old bridge'], ['Home', 'closed the old'])).toEqual({
      withFound: 2,
      withTotal: 2,
      withoutFound: 1,
      withoutTotal: 2,
    });
  });
});

describe('removalLosses', () => {
  it('charges a truth shingle we lack to the first removal holding it, and nothing for text the truth lacks', () => {
    const truth = 'one two three four five six';
    const ours = 'one two three four';
    const losses = removalLosses(
      [
        { rule: 'recap-paragraph', text: 'three four five six' },
        { rule: 'link-list', text: 'two three four five six' },
        { rule: 'share-bar', text: 'Share on Facebook' },
      ],
      ours,
      truth,
    );
    expect(losses).toEqual([
      { rule: 'recap-paragraph', words: 4, lostTruth: 1 },
      { rule: 'link-list', words: 5, lostTruth: 1 },
      { rule: 'share-bar', words: 3, lostTruth: 0 },
    ]);
  });
});

describe('silentLoss', () => {
  const article = (textContent: string, removed: Article['removed'] = [], contentHtml = `<p>${textContent}</p>`): Article =>
    ({ textContent, contentHtml, removed, headline: 'A headline here', subtitle: null, alternateHeadlines: [], sources: [], corrections: [] }) as unknown as Article;

  it('counts Readability text that is neither in our text, nor removed, nor shown elsewhere', () => {
    const readability = 'A headline here\nfirst second third fourth fifth\nsixth seventh eighth ninth tenth';
    const result = silentLoss(readability, article('first second third fourth fifth', [{ rule: 'ad-slot', text: 'nothing of it' }]));
    // 13 words, 10 shingles; "first ... fifth" accounts for 2 of them. The headline's 3 words make a
    // shingle of their own, which no 4-word shingle of the text equals.
    expect(result.shingles).toBe(10);
    expect(result.share).toBeCloseTo(8 / 10, 12);
  });

  it('counts a figure caption as shown: the body shows it, though its prose text leaves it out', () => {
    const html = '<p>first second third fourth fifth</p><figure><img src="a.jpg"><figcaption>sixth seventh eighth ninth tenth</figcaption></figure>';
    const readability = 'first second third fourth fifth\nsixth seventh eighth ninth tenth';
    expect(silentLoss(readability, article('first second third fourth fifth', [], html)).share).toBe(0);
    // Without the figure, 5 of the 7 shingles are gone.
    expect(silentLoss(readability, article('first second third fourth fifth')).share).toBeCloseTo(5 / 7, 12);
  });

  it('is 0 when every lost line was recorded as a removal', () => {
    expect(silentLoss('alpha beta gamma delta epsilon', article('', [{ rule: 'link-list', text: 'alpha beta gamma delta epsilon' }])).share).toBe(0);
  });
});
