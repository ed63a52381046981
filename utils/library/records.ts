/** Saving, reading and changing library records. Every write is one transaction (see db.ts). */
import type { Highlight } from '../highlights/types';
import type { Article } from '../extract/types';
import { canonicalizeUrl, canonicalUrlOf } from './canonical-url';
import { announceChange, openLibrary, writeInOneTransaction, type Attempt, type Failure } from './db';
import { HIGHLIGHT_STORES, readArticleHighlights, withHighlightFields } from './highlight-fields';
import { withPictureFields } from './pictures';
import { cardOf, type LibraryCard, type SavedArticle, type StoredPicture } from './schema';
import { readableRecord } from './repair';
import { isCard, isHighlight, isSavedArticle } from './validate';

export type ChangeResult = { ok: true; count: number } | Failure;

/** Tags as the reader typed them, trimmed, without empties or case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

export async function findSavedByUrl(url: string): Promise<SavedArticle | null> {
  const db = await openLibrary();
  return readableRecord(await db.getFromIndex('articles', 'canonicalUrl', canonicalizeUrl(url)));
}

/** The saved copy of an article on screen, by the key saving it uses: its canonical link when it has one. */
export async function findSavedCopy(article: Pick<Article, 'url' | 'canonicalUrl'>): Promise<SavedArticle | null> {
  return article.url ? findSavedByUrl(canonicalUrlOf(article.url, article.canonicalUrl) ?? article.url) : null;
}

/**
 * The record, or null when there is none. A damaged record comes back with what can be shown safely of it
 * (repair.ts), or null when nothing can: the reader view never meets a wrong type.
 */
export async function getSavedArticle(id: string): Promise<SavedArticle | null> {
  const db = await openLibrary();
  return readableRecord(await db.get('articles', id));
}

/**
 * The body text of each record named, read in one transaction (for snippets under search results). A damaged
 * record, or one whose text is not text, is left out.
 */
export async function getArticleTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const db = await openLibrary();
  const tx = db.transaction('articles');
  const found: unknown[] = await Promise.all(ids.map((id) => tx.store.get(id)));
  const texts = new Map<string, string>();
  found.forEach((record, i) => {
    const text = (record as { article?: { textContent?: unknown } } | undefined)?.article?.textContent;
    if (typeof text === 'string') texts.set(ids[i] as string, text);
  });
  return texts;
}

/** A card as the pages get it: one stored before highlights existed (or edited by hand) has none. */
const withHighlightCount = (card: LibraryCard): LibraryCard => (card.highlightCount === undefined ? { ...card, highlightCount: 0 } : card);

export interface CardList {
  cards: LibraryCard[];
  /** Records whose stored form is damaged; left in place, not shown. */
  skipped: number;
  total: number;
}

/**
 * The newest `limit` cards: what the first screen needs. Three requests, not one per card: a key cursor jumps
 * to the `limit`-th newest savedAt, then one getAll reads every card from there on (a cursor stepping through
 * 40 cards waits for 40 round trips to the database, which a busy browser makes slow).
 */
export async function listNewestCards(limit: number): Promise<CardList> {
  const db = await openLibrary();
  const tx = db.transaction('cards');
  const bySavedAt = tx.store.index('savedAt');
  const counting = tx.store.count();
  let cursor = await bySavedAt.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  const oldest = cursor?.key;
  const found: unknown[] = await bySavedAt.getAll(oldest === undefined ? null : IDBKeyRange.lowerBound(oldest));
  const cards: LibraryCard[] = [];
  let skipped = 0;
  const take = (value: unknown) => {
    if (isCard(value)) cards.push(withHighlightCount(value));
    else skipped++;
  };
  // Newest first; cards saved in the same millisecond as the limit-th one may add a few more.
  for (const value of found.reverse()) if (cards.length < limit) take(value);
  // Damaged cards took places on the screen: step on past them, one by one (rare).
  if (cards.length < limit && oldest !== undefined) {
    let more = await bySavedAt.openCursor(IDBKeyRange.upperBound(oldest, true), 'prev');
    for (; more && cards.length < limit; more = await more.continue()) take(more.value);
  }
  const total = await counting;
  await tx.done;
  return { cards, skipped, total };
}

/** The current cards of `ids`; ids no longer saved (or damaged) are left out. */
export async function getCards(ids: readonly string[]): Promise<LibraryCard[]> {
  const db = await openLibrary();
  const found = await Promise.all(ids.map((id) => db.get('cards', id)));
  return found.filter(isCard).map(withHighlightCount);
}

/** Every card, newest first. */
export async function listAllCards(): Promise<CardList> {
  const db = await openLibrary();
  const all = await db.getAllFromIndex('cards', 'savedAt');
  const cards = all.filter(isCard).map(withHighlightCount).reverse();
  return { cards, skipped: all.length - cards.length, total: all.length };
}

export async function countArticles(): Promise<number> {
  return (await openLibrary()).count('articles');
}

/** Applies `change` to each record named, in one transaction; ids no longer in the library are skipped. */
async function changeRecords(ids: readonly string[], attempt: Attempt, change: (record: SavedArticle) => SavedArticle | null): Promise<ChangeResult> {
  const result = await writeInOneTransaction(['articles', 'cards'], attempt, async (tx) => {
    const changed: string[] = [];
    for (const id of new Set(ids)) {
      const record = await tx.objectStore('articles').get(id);
      if (!isSavedArticle(record)) continue;
      const next = change(record);
      if (!next) continue;
      await tx.objectStore('articles').put(next);
      await tx.objectStore('cards').put(cardOf(next));
      changed.push(id);
    }
    return changed;
  });
  if (!result.ok) return result;
  if (result.value.length > 0) announceChange({ changed: result.value, deleted: [] });
  return { ok: true, count: result.value.length };
}

export interface TagChange {
  add?: readonly string[];
  remove?: readonly string[];
}

export function changeTags(ids: readonly string[], { add = [], remove = [] }: TagChange): Promise<ChangeResult> {
  const removing = new Set(remove.map((tag) => tag.trim().toLowerCase()));
  return changeRecords(ids, 'library.couldNot.changeTags', (record) => {
    const tags = normalizeTags([...record.tags.filter((tag) => !removing.has(tag.toLowerCase())), ...add]);
    return tags.join('\n') === record.tags.join('\n') ? null : { ...record, tags, updatedAt: new Date().toISOString() };
  });
}

export function setTags(id: string, tags: readonly string[]): Promise<ChangeResult> {
  const next = normalizeTags(tags);
  return changeRecords([id], 'library.couldNot.changeTags', (record) => ({ ...record, tags: next, updatedAt: new Date().toISOString() }));
}

export function setRead(ids: readonly string[], read: boolean): Promise<ChangeResult> {
  return changeRecords(ids, read ? 'library.couldNot.markRead' : 'library.couldNot.markUnread', (record) =>
    record.read === read ? null : { ...record, read, updatedAt: new Date().toISOString() },
  );
}

/**
 * For the reader: remembers how far the reader got (0..1). Deliberately leaves `updatedAt` alone, which tells
 * when the article's content last changed.
 */
export function setReadingPosition(id: string, position: number): Promise<ChangeResult> {
  const clamped = Number.isFinite(position) ? Math.min(1, Math.max(0, position)) : 0;
  return changeRecords([id], 'library.couldNot.rememberPosition', (record) =>
    record.readingPosition === clamped ? null : { ...record, readingPosition: clamped, read: record.read || clamped >= 0.95 },
  );
}

/** A deleted record with the highlights and pictures deleted along with it, so that Undo puts them all back. */
export interface RemovedArticle extends SavedArticle {
  highlights: Highlight[];
  pictures: StoredPicture[];
}

const DELETE_STORES: Array<'articles' | 'cards' | 'highlights' | 'pictures'> = [...HIGHLIGHT_STORES, 'pictures'];

export type DeleteResult = { ok: true; removed: RemovedArticle[] } | Failure;

/** Deletes records with their highlights and pictures and hands them back, so the page can offer Undo with `restoreArticles`. */
export async function deleteArticles(ids: readonly string[]): Promise<DeleteResult> {
  const result = await writeInOneTransaction(DELETE_STORES, 'library.couldNot.delete', async (tx) => {
    const removed: RemovedArticle[] = [];
    const byArticle = tx.objectStore('highlights').index('articleId');
    const picturesOf = tx.objectStore('pictures').index('articleId');
    for (const id of new Set(ids)) {
      const record = await tx.objectStore('articles').get(id);
      const highlights = await readArticleHighlights(byArticle, id);
      const pictures = await picturesOf.getAll(id);
      if (record) removed.push({ ...record, highlights, pictures });
      // Damaged highlights go too: nothing could show them without their article.
      for (const key of await byArticle.getAllKeys(id)) await tx.objectStore('highlights').delete(key);
      for (const key of await picturesOf.getAllKeys(id)) await tx.objectStore('pictures').delete(key);
      await tx.objectStore('articles').delete(id);
      await tx.objectStore('cards').delete(id);
    }
    return removed;
  });
  if (!result.ok) return result;
  announceChange({ changed: [], deleted: result.value.map((record) => record.id) });
  return { ok: true, removed: result.value };
}

/** A record to put back: as `deleteArticles` removed it, or without highlights and pictures as older callers pass it. */
export type RestorableArticle = SavedArticle & { highlights?: readonly Highlight[]; pictures?: readonly StoredPicture[] };

/**
 * Undo for a delete: puts the records back as they were, with the highlights they had. A record whose URL was
 * saved again in the meantime stays the newer one, and the old record's highlights stay deleted with it.
 */
export async function restoreArticles(records: readonly RestorableArticle[]): Promise<ChangeResult> {
  const result = await writeInOneTransaction(DELETE_STORES, 'library.couldNot.undoDelete', async (tx) => {
    const restored: string[] = [];
    const highlightStore = tx.objectStore('highlights');
    for (const { highlights = [], pictures = [], ...record } of records) {
      if (await tx.objectStore('articles').index('canonicalUrl').getKey(record.canonicalUrl)) continue;
      for (const highlight of highlights) if (isHighlight(highlight) && highlight.articleId === record.id) await highlightStore.put(highlight);
      const kept = pictures.filter((picture) => picture.articleId === record.id);
      for (const picture of kept) await tx.objectStore('pictures').put(picture);
      const next = withPictureFields(withHighlightFields(record, await readArticleHighlights(highlightStore.index('articleId'), record.id)), kept);
      await tx.objectStore('articles').put(next);
      await tx.objectStore('cards').put(cardOf(next));
      restored.push(record.id);
    }
    return restored;
  });
  if (!result.ok) return result;
  announceChange({ changed: result.value, deleted: [] });
  return { ok: true, count: result.value.length };
}

export interface StorageUsage {
  /** Bytes used by the extension's storage (the library is most of it); null where the browser does not say. */
  usage: number | null;
  quota: number | null;
}

export async function storageUsage(): Promise<StorageUsage> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return { usage: null, quota: null };
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}
