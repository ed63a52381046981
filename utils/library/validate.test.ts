import { describe, expect, it } from 'vitest';
import { sampleArticle } from './sample-articles';
import { cardOf, type SavedArticle } from './schema';
import { isArticle, isCard, isSavedArticle, problemsOfArticle, problemsOfSavedArticle } from './validate';

const good: SavedArticle = {
  id: 'r1',
  canonicalUrl: 'https://example.com/1',
  savedAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  tags: ['ferry'],
  read: false,
  readingPosition: 0.5,
  article: sampleArticle(1, { words: 40 }),
};

const damaged: Array<[string, unknown, string[]]> = [
  ['a good record', good, []],
  ['a good record with a mark', { ...good, htmlMark: 'a.b.c' }, []],
  ['not an object', 'x', ['record should be an object']],
  ['a list', [good], ['record should be an object']],
  ['an empty id and a bad date', { ...good, id: ' ', savedAt: 'yesterday' }, ['record.id should be non-empty text', 'record.savedAt should be an ISO date']],
  ['tags of the wrong type', { ...good, tags: ['ok', 7, null] }, ['record.tags[1] should be text', 'record.tags[2] should be text']],
  ['a position past the end', { ...good, readingPosition: 4 }, ['record.readingPosition should be a number from 0 to 1']],
  ['a missing read state', (({ read: _, ...rest }) => rest)(good), ['record.read is missing']],
  ['a mark that is not text', { ...good, htmlMark: 5 }, ['record.htmlMark should be text']],
  ['a source whose note the page does not define', { ...good, article: { ...good.article, sources: [{ id: '3', title: null, url: null, citedBy: 2, missing: true }] } }, []],
  ['a source missing in a wrong way', { ...good, article: { ...good.article, sources: [{ id: '3', title: null, url: null, citedBy: 2, missing: 'yes' }] } }, ['record.article.sources[0].missing should be true']],
  [
    'a damaged article deep down',
    { ...good, article: { ...good.article, sources: [{ id: '1', title: null, url: null, citedBy: 1 }, { id: 2, title: null, url: null, citedBy: -1 }], wordCount: Number.NaN } },
    ['record.article.sources[1].id should be text', 'record.article.sources[1].citedBy should be a number of at least 0', 'record.article.wordCount should be a number of at least 0'],
  ],
];

describe('record checks', () => {
  it.each(damaged)('names every problem of %s', (_, value, problems) => {
    expect(problemsOfSavedArticle(value)).toEqual(problems);
  });

  it.each(damaged)('answers for %s as the problems say, without listing them', (_, value, problems) => {
    expect(isSavedArticle(value)).toBe(problems.length === 0);
  });

  it('checks an article and a card alone', () => {
    expect([isArticle(good.article), problemsOfArticle({ ...good.article, headline: 3 })]).toEqual([true, ['article.headline should be text']]);
    expect([isCard(cardOf(good)), isCard({ ...cardOf(good), tags: 'ferry' }), isCard({ ...cardOf(good), savedAt: undefined })]).toEqual([true, false, false]);
  });
});
