/**
 * What the library's Highlights view reads: the newest highlights of the whole library, each with its article's
 * headline and site taken from the cards store (never from an article body), and the tags to filter them by.
 */
import type { Highlight } from '../highlights/types';
import { openLibrary } from './db';
import type { HighlightEntry, RecentHighlightsOptions } from './highlights';
import type { LibraryCard } from './schema';
import { isCard, isHighlight } from './validate';

/**
 * Highlights newest first by `createdAt`, those matching the colour and tag asked for, from `offset` on; `total`
 * counts every match. A damaged highlight, or one whose card cannot be read, keeps its place but is left out, so
 * a page may hold fewer than `limit` before the end: the next page still starts at `offset + limit`.
 */
export async function listRecentHighlights({ limit, color, tag, offset = 0 }: RecentHighlightsOptions): Promise<{ entries: HighlightEntry[]; total: number }> {
  const db = await openLibrary();
  const tx = db.transaction(['highlights', 'cards']);
  const byCreation = tx.objectStore('highlights').index('createdAt');
  let page: Highlight[];
  let total: number;
  if (color === undefined && tag === undefined) {
    // As the first screen of cards (listNewestCards): a key cursor jumps to the last one wanted, then one getAll
    // reads from there on, instead of a round trip to the database per highlight.
    const counting = tx.objectStore('highlights').count();
    let cursor = await byCreation.openKeyCursor(null, 'prev');
    if (cursor && offset + limit > 1) cursor = await cursor.advance(offset + limit - 1);
    const oldest = cursor?.key;
    const newer: unknown[] = await byCreation.getAll(oldest === undefined ? null : IDBKeyRange.lowerBound(oldest));
    // An index lists equal keys by id; read backwards, that is the order a 'prev' cursor gives.
    page = newer.reverse().slice(offset, offset + limit).filter(isHighlight);
    total = await counting;
  } else {
    // The total counts every match, so every highlight is read and tested: one request, where a cursor would
    // make one round trip per highlight. Tested newest first, so the page comes in order.
    const wantedTag = tag?.toLowerCase();
    const matches = (h: Highlight) => (color === undefined || h.color === color) && (wantedTag === undefined || h.tags.some((t) => t.toLowerCase() === wantedTag));
    const all: unknown[] = await byCreation.getAll();
    page = [];
    total = 0;
    for (let i = all.length - 1; i >= 0; i--) {
      const value = all[i];
      if (!isHighlight(value) || !matches(value)) continue;
      if (total >= offset && page.length < limit) page.push(value);
      total++;
    }
  }
  const ids = [...new Set(page.map((highlight) => highlight.articleId))];
  const cards = new Map<string, LibraryCard>();
  const found: unknown[] = await Promise.all(ids.map((id) => tx.objectStore('cards').get(id)));
  found.forEach((card) => isCard(card) && cards.set(card.id, card));
  await tx.done;
  const entries: HighlightEntry[] = [];
  for (const highlight of page) {
    const card = cards.get(highlight.articleId);
    if (card) entries.push({ highlight, headline: card.headline, siteName: card.siteName, canonicalUrl: card.canonicalUrl });
  }
  return { entries, total };
}

/** Every tag on a highlight, once (compared without case, shown as first spelled), in alphabetical order. */
export async function listHighlightTags(): Promise<string[]> {
  const db = await openLibrary();
  const all: unknown[] = await db.getAll('highlights');
  const spelling = new Map<string, string>();
  for (const value of all) {
    if (!isHighlight(value)) continue;
    for (const tag of value.tags) if (!spelling.has(tag.toLowerCase())) spelling.set(tag.toLowerCase(), tag);
  }
  return [...spelling.values()].sort((a, b) => a.localeCompare(b));
}
