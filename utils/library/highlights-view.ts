/**
 * What the library's Highlights view reads: the newest highlights of the whole library, each with its article's
 * headline and site taken from the cards store (never from an article body), and the tags to filter them by.
 * Every read goes through an index, so a page costs about what it shows, not what the library holds: reading all
 * 20,000 highlights to filter and count them took over a second in Chromium.
 */
import type { Highlight } from '../highlights/types';
import { openLibrary } from './db';
import type { HighlightEntry, RecentHighlightsOptions } from './highlights';
import type { LibraryCard } from './schema';
import { isCard, isHighlight } from './validate';

/** An index of the highlights store read newest first (by `createdAt`, or by colour then `createdAt`). */
interface KeyCursor {
  key: IDBValidKey;
  advance(count: number): Promise<KeyCursor | null>;
}
interface NewestFirstIndex {
  count(range: IDBKeyRange | null): Promise<number>;
  openKeyCursor(range: IDBKeyRange | null, direction: IDBCursorDirection): Promise<KeyCursor | null>;
  getAll(range: IDBKeyRange | null): Promise<unknown[]>;
}

/**
 * Entries [offset, offset + limit) of `index` over `range`, newest first, and how many `range` holds. As the
 * first screen of cards (listNewestCards): a key cursor jumps to the last one wanted, then one getAll reads from
 * there on, instead of a round trip to the database per highlight.
 */
async function newestOf(index: NewestFirstIndex, range: IDBKeyRange | null, offset: number, limit: number): Promise<{ page: unknown[]; total: number }> {
  const counting = index.count(range);
  let cursor = await index.openKeyCursor(range, 'prev');
  if (cursor && offset + limit > 1) cursor = await cursor.advance(offset + limit - 1);
  const oldest = cursor?.key;
  const from = oldest === undefined ? range : range ? IDBKeyRange.bound(oldest, range.upper, false, range.upperOpen) : IDBKeyRange.lowerBound(oldest);
  // An index lists equal keys by id; read backwards, that is the order a 'prev' cursor gives.
  const page = (await index.getAll(from)).reverse().slice(offset, offset + limit);
  return { page, total: await counting };
}

/** Newest first, equal times by id backwards: the order of a 'prev' cursor on the `createdAt` index. */
const newestFirst = (a: Highlight, b: Highlight): number => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

interface TagCursor {
  key: IDBValidKey;
  continue(): Promise<TagCursor | null>;
}
interface TagIndex {
  openKeyCursor(range: null, direction: IDBCursorDirection): Promise<TagCursor | null>;
  getAll(key: string): Promise<unknown[]>;
}

/** Every tag on a highlight, once per spelling, from the keys of the `tags` index alone. */
async function tagSpellings(byTag: TagIndex): Promise<string[]> {
  const spellings: string[] = [];
  for (let cursor = await byTag.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) spellings.push(String(cursor.key));
  return spellings;
}

/** The highlights carrying `tag` (any case) and of `color` if given, newest first: only those are read. */
async function taggedNewest(byTag: TagIndex, tag: string, color: string | undefined): Promise<Highlight[]> {
  const wanted = tag.toLowerCase();
  const spellings = (await tagSpellings(byTag)).filter((spelling) => spelling.toLowerCase() === wanted);
  const found = new Map<string, Highlight>();
  for (const value of (await Promise.all(spellings.map((spelling) => byTag.getAll(spelling)))).flat()) {
    if (isHighlight(value) && (color === undefined || value.color === color)) found.set(value.id, value);
  }
  return [...found.values()].sort(newestFirst);
}

/**
 * Highlights newest first by `createdAt`, those matching the colour and tag asked for, from `offset` on; `total`
 * counts every match. A damaged highlight, or one whose card cannot be read, keeps its place but is left out, so
 * a page may hold fewer than `limit` before the end: the next page still starts at `offset + limit`.
 */
export async function listRecentHighlights({ limit, color, tag, offset = 0 }: RecentHighlightsOptions): Promise<{ entries: HighlightEntry[]; total: number }> {
  const db = await openLibrary();
  const tx = db.transaction(['highlights', 'cards']);
  const store = tx.objectStore('highlights');
  let page: Highlight[];
  let total: number;
  if (tag !== undefined) {
    const tagged = await taggedNewest(store.index('tags'), tag, color);
    page = tagged.slice(offset, offset + limit);
    total = tagged.length;
  } else {
    // [color] sorts before every [color, createdAt], and [color, []] after: an array key sorts after any string.
    const newest = color === undefined ? await newestOf(store.index('createdAt'), null, offset, limit) : await newestOf(store.index('colorCreatedAt'), IDBKeyRange.bound([color], [color, []]), offset, limit);
    page = newest.page.filter(isHighlight);
    total = newest.total;
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

/** Every tag on a highlight, once (compared without case, spelled as it sorts first), in alphabetical order. */
export async function listHighlightTags(): Promise<string[]> {
  const db = await openLibrary();
  const spelling = new Map<string, string>();
  for (const tag of await tagSpellings(db.transaction('highlights').store.index('tags'))) if (!spelling.has(tag.toLowerCase())) spelling.set(tag.toLowerCase(), tag);
  return [...spelling.values()].sort((a, b) => a.localeCompare(b));
}
