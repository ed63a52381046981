import { describe, expect, it } from 'vitest';
import { facetsOf, NO_FILTERS, visibleCards } from './filter';
import type { LibraryCard } from './schema';

const card = (id: string, siteName: string | null, tags: string[], read: boolean, highlightCount = 0): LibraryCard => ({
  id,
  canonicalUrl: `https://x.example/${id}`,
  headline: id,
  summary: '',
  siteName,
  byline: null,
  publishedTime: null,
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  readingMinutes: 3,
  tags,
  read,
  readingPosition: 0,
  highlightCount,
});

const cards = [card('a', 'Ledger', ['Climate'], false, 2), card('b', 'Courier', ['climate', 'to-cite'], true), card('c', 'Ledger', [], true, 1)];

describe('visibleCards', () => {
  it('keeps every card, in order, without filters or search', () => {
    expect(visibleCards(cards, NO_FILTERS, null).map((c) => c.card.id)).toEqual(['a', 'b', 'c']);
  });
  it('filters by tag (any case), site and read state together', () => {
    expect(visibleCards(cards, { ...NO_FILTERS, tag: 'climate' }, null).map((c) => c.card.id)).toEqual(['a', 'b']);
    expect(visibleCards(cards, { tag: 'climate', site: 'Ledger', read: 'all', hasHighlights: false }, null).map((c) => c.card.id)).toEqual(['a']);
    expect(visibleCards(cards, { ...NO_FILTERS, read: 'read' }, null).map((c) => c.card.id)).toEqual(['b', 'c']);
    expect(visibleCards(cards, { ...NO_FILTERS, read: 'unread' }, null).map((c) => c.card.id)).toEqual(['a']);
  });
  it('keeps only articles with highlights when asked, a card from before highlights counting as none', () => {
    const { highlightCount: _count, ...before } = card('d', 'Ledger', [], false);
    expect(visibleCards([...cards, before], { ...NO_FILTERS, hasHighlights: true }, null).map((c) => c.card.id)).toEqual(['a', 'c']);
    expect(visibleCards(cards, { ...NO_FILTERS, hasHighlights: true, read: 'read' }, null).map((c) => c.card.id)).toEqual(['c']);
    expect(visibleCards(cards, { ...NO_FILTERS, hasHighlights: true }, [{ id: 'b', score: 2, terms: [] }, { id: 'a', score: 1, terms: ['x'] }])).toEqual([{ card: cards[0], terms: ['x'] }]);
  });

  it('follows the search ranking, carries the matched words, and skips hits without a card', () => {
    const hits = [
      { id: 'c', score: 3, terms: ['x'] },
      { id: 'gone', score: 2, terms: ['x'] },
      { id: 'a', score: 1, terms: ['y'] },
    ];
    expect(visibleCards(cards, NO_FILTERS, hits)).toEqual([
      { card: cards[2], terms: ['x'] },
      { card: cards[0], terms: ['y'] },
    ]);
  });
});

describe('facetsOf', () => {
  it('counts tags without case and sites, most used first', () => {
    expect(facetsOf(cards)).toEqual({
      tags: [['Climate', 2], ['to-cite', 1]],
      sites: [['Ledger', 2], ['Courier', 1]],
    });
  });
});
