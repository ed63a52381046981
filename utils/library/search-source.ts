/**
 * Keeps the library page's search index in step with the database. The index is saved between visits as a
 * snapshot (typed arrays, one read); on opening, only records changed since then are read and tokenized.
 * Reading and tokenizing all 5,000 articles takes seconds in a browser, the snapshot a fraction of that.
 */
import type { Highlight } from '../highlights/types';
import { openLibrary } from './db';
import { groupByArticle } from './highlight-fields';
import type { LibraryCard, SavedArticle } from './schema';
import { LibrarySearchIndex, type SearchDocument, type SearchSnapshot } from './search';
import { readableRecord } from './repair';

const SNAPSHOT_KEY = 'snapshot';

/**
 * Changes whenever what is indexed of a record changes (content, site, tags, highlights). Without highlights it
 * is what it was before they existed, so a saved index stays valid across the update.
 */
export function searchVersionOf(record: Pick<SavedArticle | LibraryCard, 'updatedAt' | 'tags' | 'highlightsVersion'>): string {
  const base = `${record.updatedAt}|${record.tags.join('\u0001')}`;
  return record.highlightsVersion === undefined ? base : `${base}|${record.highlightsVersion}`;
}

/** The record as indexed; its highlights' quotes, notes and tags weigh like its tags (the reader's own words). */
export function searchDocumentOf(record: SavedArticle, highlights: readonly Highlight[] = []): SearchDocument {
  const { article } = record;
  const marked = highlights.flatMap((highlight) => [highlight.target.quote.exact, highlight.note, ...highlight.tags]);
  return {
    id: record.id,
    headline: article.headline,
    summary: article.summary,
    text: article.textContent,
    meta: [article.siteName, article.byline, ...record.tags, ...marked].filter(Boolean).join(' '),
    version: searchVersionOf(record),
  };
}

export interface IndexingOptions {
  batchSize?: number;
  onProgress?: (indexed: number) => void;
  /** Stops between batches when true. */
  isCancelled?: () => boolean;
}

export interface IndexingStats {
  indexed: number;
  /** Time spent reading records from the database, and tokenizing them into the index. */
  readMs: number;
  indexMs: number;
}

/** Indexes every record, in batches so the page stays responsive; a damaged one as far as it is readable (repair.ts). */
export async function indexLibrary(index: LibrarySearchIndex, { batchSize = 200, onProgress, isCancelled }: IndexingOptions = {}): Promise<IndexingStats> {
  const db = await openLibrary();
  let after: string | null = null;
  let indexed = 0;
  let readMs = 0;
  let indexMs = 0;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const readStart = performance.now();
    const batch: unknown[] = await db.getAll('articles', range, batchSize);
    if (batch.length === 0) {
      readMs += performance.now() - readStart;
      break;
    }
    const last = (batch[batch.length - 1] as { id: string }).id;
    // The batch's highlights in one more request: records come in id order, so theirs lie between its ids.
    const highlights = groupByArticle(await db.getAllFromIndex('highlights', 'articleId', IDBKeyRange.bound((batch[0] as { id: string }).id, last)));
    const indexStart = performance.now();
    readMs += indexStart - readStart;
    for (const value of batch) {
      const record = readableRecord(value);
      if (record) {
        index.add(searchDocumentOf(record, highlights.get(record.id)));
        indexed++;
      }
    }
    after = last;
    indexMs += performance.now() - indexStart;
    onProgress?.(indexed);
    if (isCancelled?.()) break;
    // Lets the page paint and handle input between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { indexed, readMs, indexMs };
}

/** Brings the index up to date after records changed in this page or another one. */
export async function reindexRecords(index: LibrarySearchIndex, changed: readonly string[], deleted: readonly string[]): Promise<void> {
  for (const id of deleted) index.remove(id);
  if (changed.length === 0) return;
  const db = await openLibrary();
  for (const id of changed) {
    // A reading position or read mark changes the card but nothing searched: skip reading the whole record.
    const card = await db.get('cards', id);
    if (card && index.versionOf(id) === searchVersionOf(card)) continue;
    const record = readableRecord(await db.get('articles', id));
    if (record) index.add(searchDocumentOf(record, groupByArticle(await db.getAllFromIndex('highlights', 'articleId', id)).get(id)));
    else index.remove(id);
  }
}

export interface OpenedIndex {
  index: LibrarySearchIndex;
  /** How the index was made: from the snapshot (plus `refreshed` changed records), or rebuilt from every record. */
  source: 'snapshot' | 'rebuilt';
  refreshed: number;
  /** True when the snapshot should be saved again. */
  changed: boolean;
  stats: IndexingStats | null;
}

/** Above this many stale records, reading them all in batches beats fetching each one. */
const REBUILD_ABOVE = 500;

/** The saved index, or undefined when there is none or it cannot be read (a cache: the records rebuild it). */
export async function readSearchSnapshot(): Promise<SearchSnapshot | undefined> {
  try {
    return await (await openLibrary()).get('searchIndex', SNAPSHOT_KEY);
  } catch {
    return undefined;
  }
}

export interface OpenIndexOptions extends IndexingOptions {
  rebuildInto?: LibrarySearchIndex;
  /** A `readSearchSnapshot()` already started, so the page can read it while it reads the cards. */
  snapshot?: Promise<SearchSnapshot | undefined>;
}

/** The search index for `cards` (every record's card): the saved snapshot brought up to date, or a rebuild. */
export async function openSearchIndex(cards: readonly LibraryCard[], options: OpenIndexOptions = {}): Promise<OpenedIndex> {
  let index: LibrarySearchIndex | null = null;
  try {
    const snapshot = await (options.snapshot ?? readSearchSnapshot());
    if (snapshot) index = LibrarySearchIndex.fromSnapshot(snapshot);
  } catch {
    index = null; // A damaged cache is rebuilt from the records.
  }
  const live = new Set(cards.map((card) => card.id));
  const stale = index ? cards.filter((card) => index?.versionOf(card.id) !== searchVersionOf(card)).map((card) => card.id) : [];
  if (!index || stale.length > REBUILD_ABOVE) {
    // Filled in place, so a page can search what is indexed so far.
    const fresh = options.rebuildInto ?? new LibrarySearchIndex();
    const stats = await indexLibrary(fresh, options);
    fresh.prepare();
    return { index: fresh, source: 'rebuilt', refreshed: stats.indexed, changed: true, stats };
  }
  const gone = index.indexedIds().filter((id) => !live.has(id));
  await reindexRecords(index, stale, gone);
  index.prepare();
  options.onProgress?.(index.size);
  return { index, source: 'snapshot', refreshed: stale.length, changed: stale.length + gone.length > 0, stats: null };
}

/** Saves the index for the next visit; a cache, so a failure (quota) only costs a rebuild next time. */
export async function saveSearchSnapshot(index: LibrarySearchIndex): Promise<boolean> {
  try {
    const db = await openLibrary();
    await db.put('searchIndex', index.toSnapshot(), SNAPSHOT_KEY);
    return true;
  } catch {
    return false;
  }
}
