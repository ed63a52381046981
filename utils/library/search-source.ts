/** Feeds the in-memory search index from the database, in batches so the page stays responsive while it fills. */
import { openLibrary } from './db';
import type { SavedArticle } from './schema';
import { LibrarySearchIndex, type SearchDocument } from './search';
import { isSavedArticle } from './validate';

export function searchDocumentOf(record: SavedArticle): SearchDocument {
  const { article } = record;
  return {
    id: record.id,
    headline: article.headline,
    summary: article.summary,
    text: article.textContent,
    meta: [article.siteName, article.byline, ...record.tags].filter(Boolean).join(' '),
  };
}

export interface IndexingOptions {
  batchSize?: number;
  onProgress?: (indexed: number) => void;
  /** Stops between batches when true. */
  isCancelled?: () => boolean;
}

/** Indexes every readable record; returns how many were indexed. Damaged records are left out. */
export async function indexLibrary(index: LibrarySearchIndex, { batchSize = 200, onProgress, isCancelled }: IndexingOptions = {}): Promise<number> {
  const db = await openLibrary();
  let after: string | null = null;
  let indexed = 0;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: unknown[] = await db.getAll('articles', range, batchSize);
    if (batch.length === 0) break;
    for (const record of batch) {
      if (isSavedArticle(record)) {
        index.add(searchDocumentOf(record));
        indexed++;
      }
    }
    after = (batch[batch.length - 1] as { id: string }).id;
    onProgress?.(indexed);
    if (isCancelled?.()) break;
    // Lets the page paint and handle input between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return indexed;
}

/** Brings the index up to date after records changed in this page or another one. */
export async function reindexRecords(index: LibrarySearchIndex, changed: readonly string[], deleted: readonly string[]): Promise<void> {
  for (const id of deleted) index.remove(id);
  if (changed.length === 0) return;
  const db = await openLibrary();
  for (const id of changed) {
    const record: unknown = await db.get('articles', id);
    if (isSavedArticle(record)) index.add(searchDocumentOf(record));
    else index.remove(id);
  }
}
