/**
 * What a record knows of its highlights: how many there are (the card shows it, the "has highlights" filter reads
 * it) and a version of their searchable text (the search index re-reads an article when it changes). Both are
 * worked out from the highlights store inside the transaction that changed it, never carried over from
 * elsewhere, so no write path can leave them stale.
 */
import type { Highlight } from '../highlights/types';
import type { WriteTx } from './db';
import { cardOf, type SavedArticle } from './schema';
import { isHighlight, isSavedArticle, readableByArticle } from './validate';

export type HighlightWriteTx = WriteTx<Array<'articles' | 'cards' | 'highlights'>>;

/** The stores every highlight write takes: the highlight, and its record and card. */
export const HIGHLIGHT_STORES: Array<'articles' | 'cards' | 'highlights'> = ['articles', 'cards', 'highlights'];

/** In text order; ties (one passage highlighted twice) by creation. */
export const inTextOrder = (a: Highlight, b: Highlight): number =>
  a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** FNV-1a over `text`, as eight hex digits. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Changes whenever what search reads of the highlights changes (a quote, a note, a tag; not a colour), and is
 * the same for the same highlights in any order: a record imported with its highlights gets the version it had.
 */
export function highlightsVersionOf(highlights: readonly Highlight[]): string {
  const searchable = highlights.map((h) => [h.id, h.target.quote.exact, h.note, h.tags.join('\u0002')].join('\u0001')).sort();
  return `${highlights.length}.${hashOf(searchable.join('\u0000'))}`;
}

/** The record with its highlight fields for `highlights` (removed when there are none). */
export function withHighlightFields(record: SavedArticle, highlights: readonly Highlight[]): SavedArticle {
  const { highlightCount: _count, highlightsVersion: _version, ...rest } = record;
  if (highlights.length === 0) return rest;
  return { ...rest, highlightCount: highlights.length, highlightsVersion: highlightsVersionOf(highlights) };
}

/** The record without its highlight fields: what an export writes and an import compares. */
export function withoutHighlightFields(record: SavedArticle): SavedArticle {
  if (record.highlightCount === undefined && record.highlightsVersion === undefined) return record;
  return withHighlightFields(record, []);
}

/** Each article's readable highlights, in text order, from highlights read together (damaged ones left out). */
export function groupByArticle(found: readonly unknown[]): Map<string, Highlight[]> {
  const grouped = readableByArticle(found, isHighlight);
  for (const list of grouped.values()) list.sort(inTextOrder);
  return grouped;
}

/** Of two copies of one highlight, whether `incoming` replaces `stored`: only when it was changed later. */
export const replacesStored = (stored: unknown, incoming: Highlight): boolean => !isHighlight(stored) || incoming.updatedAt > stored.updatedAt;

/** The `articleId` index of the highlights store, in a read or a write transaction. */
export interface HighlightsByArticle {
  getAll(query: string): Promise<unknown[]>;
}

/** The readable highlights of an article, in text order; damaged ones are left out. */
export async function readArticleHighlights(byArticle: HighlightsByArticle, articleId: string): Promise<Highlight[]> {
  return (await byArticle.getAll(articleId)).filter(isHighlight).sort(inTextOrder);
}

/**
 * Brings each named record's highlight fields (and its card) up to date with the highlights store, in `tx`.
 * Returns the ids whose record changed; ids no longer saved, or damaged, are skipped.
 */
export async function refreshHighlightFields(tx: HighlightWriteTx, articleIds: Iterable<string>): Promise<string[]> {
  const changed: string[] = [];
  for (const id of new Set(articleIds)) {
    const record = await tx.objectStore('articles').get(id);
    if (!isSavedArticle(record)) continue;
    const next = withHighlightFields(record, await readArticleHighlights(tx.objectStore('highlights').index('articleId'), id));
    if (next.highlightCount === record.highlightCount && next.highlightsVersion === record.highlightsVersion) continue;
    await tx.objectStore('articles').put(next);
    await tx.objectStore('cards').put(cardOf(next));
    changed.push(id);
  }
  return changed;
}
