import { describe, expect, it } from 'vitest';
import { facetsOf, NO_FILTERS, visibleCards } from './filter';
import type { LibraryCard } from './schema';

const card = (id: string, siteName: string | null, tags: string[], read: boolean): LibraryCard => ({
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
});

const cards = [card('a', 'Ledger', ['Climate'], false), card('b', 'Courier', ['climate', 'to-cite'], true), card('c', 'Ledger', [], true)];

describe('visibleCards', () => {
  it('keeps every card, in order, without filters or search', () => {
    expect(visibleCards(cards, NO_FILTERS, null).map((c) => c.card.id)).toEqual(['a', 'b', 'c']);
  });
  it('filters by tag (any case), site and read state together', () => {
    expect(visibleCards(cards, { ...NO_FILTERS, tag: 'climate' }, null).map((c) => c.card.id)).toEqual(['a', 'b']);
    expect(visibleCards(cards, { tag: 'climate', site: 'Ledger', read: 'all' }, null).map((c) => c.card.id)).toEqual(['a']);
    expect(visibleCards(cards, { ...NO_FILTERS, read: 'read' }, null).map((c) => c.card.id)).toEqual(['b', 'c']);
    expect(visibleCards(cards, { ...NO_FILTERS, read: 'unread' }, null).map((c) => c.card.id)).toEqual(['a']);
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
