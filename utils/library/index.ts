/**
 * The local library's public API (issue 4). Pages of the extension (popup, reader, library) call these;
 * content scripts never do. First version: signatures only, implemented behind them with idb.
 */
import type { Article } from '../extract/types';

export interface SavedArticle {
  id: string;
  canonicalUrl: string;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  read: boolean;
  /** 0..1, share of the article scrolled past. */
  readingPosition: number;
  article: Article;
}

export type SaveResult = { ok: true; status: 'saved' | 'updated'; record: SavedArticle } | { ok: false; message: string };

export async function saveArticle(_article: Article): Promise<SaveResult> {
  return { ok: false, message: 'The library is not built yet.' };
}

export async function findSavedByUrl(_url: string): Promise<SavedArticle | null> {
  return null;
}

export async function getSavedArticle(_id: string): Promise<SavedArticle | null> {
  return null;
}
