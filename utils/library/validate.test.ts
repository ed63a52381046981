import { describe, expect, it } from 'vitest';
import { sampleArticle } from './sample-articles';
import { cardOf, type SavedArticle } from './schema';
import type { Highlight } from '../highlights/types';
import { isArticle, isCard, isHighlight, isSavedArticle, problemsOfArticle, problemsOfHighlight, problemsOfSavedArticle } from './validate';

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
  ['a record with highlights', { ...good, highlightCount: 2, highlightsVersion: '2.0a1b2c3d' }, []],
  ['a highlight count below 0', { ...good, highlightCount: -1, highlightsVersion: 3 }, ['record.highlightCount should be a number of at least 0', 'record.highlightsVersion should be text']],
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

  it('takes a card from before highlights, and refuses a count that is not one', () => {
    const { highlightCount: _count, ...before } = cardOf(good);
    expect([cardOf(good).highlightCount, isCard(before), isCard({ ...before, highlightCount: '2' })]).toEqual([0, true, false]);
  });
});

const highlight: Highlight = {
  id: 'h1',
  articleId: 'r1',
  color: 'yellow',
  note: 'Check the figure.',
  tags: ['ferry'],
  target: { quote: { type: 'TextQuoteSelector', exact: 'ferry vote', prefix: 'the ', suffix: ' moves' }, position: { type: 'TextPositionSelector', start: 4, end: 14 } },
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
};
const quote = highlight.target.quote;
const position = highlight.target.position;

const damagedHighlights: Array<[string, unknown, string[]]> = [
  ['a good highlight', highlight, []],
  ['a note of 10,000 characters', { ...highlight, note: 'n'.repeat(10_000) }, []],
  ['an empty highlight at the start', { ...highlight, target: { quote, position: { ...position, start: 0, end: 0 } } }, []],
  ['not an object', null, ['highlight should be an object']],
  ['an unknown colour', { ...highlight, color: 'red' }, ['highlight.color should be one of yellow, green, blue, pink']],
  ['a note too long', { ...highlight, note: 'n'.repeat(10_001) }, ['highlight.note should be text of at most 10,000 characters']],
  ['tags that are not text', { ...highlight, tags: ['ok', 3] }, ['highlight.tags[1] should be text']],
  ['a missing article', (({ articleId: _, ...rest }) => rest)(highlight), ['highlight.articleId is missing']],
  [
    'selectors of the wrong type',
    { ...highlight, target: { quote: { ...quote, type: 'TextPositionSelector', exact: '', prefix: null }, position: { ...position, type: 'RangeSelector' } } },
    ['highlight.target.quote.type should be "TextQuoteSelector"', 'highlight.target.quote.exact should be non-empty text', 'highlight.target.quote.prefix should be text', 'highlight.target.position.type should be "TextPositionSelector"'],
  ],
  ['offsets that are not whole numbers', { ...highlight, target: { quote, position: { ...position, start: -1, end: 2.5 } } }, ['highlight.target.position.start should be a whole number of at least 0', 'highlight.target.position.end should be a whole number of at least 0']],
  ['an end before the start', { ...highlight, target: { quote, position: { ...position, start: 9, end: 3 } } }, ['highlight.target.position.end should not be less than start']],
  ['dates that are not dates', { ...highlight, createdAt: 'today', updatedAt: 5 }, ['highlight.createdAt should be an ISO date', 'highlight.updatedAt should be an ISO date']],
];

describe('highlight checks', () => {
  it.each(damagedHighlights)('names every problem of %s', (_, value, problems) => {
    expect(problemsOfHighlight(value)).toEqual(problems);
    expect(isHighlight(value)).toBe(problems.length === 0);
  });

  it('checks that the article is a record of the same file, by the path given', () => {
    expect(problemsOfHighlight(highlight, 'highlight 3', new Set(['r1']))).toEqual([]);
    expect(problemsOfHighlight(highlight, 'highlight 3', new Set(['r2']))).toEqual(['highlight 3.articleId should name a record in this file']);
  });
});
