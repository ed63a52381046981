/**
 * Saving an article (the popup's Save button). A module of its own because it carries the sanitizer, which the
 * library page's first screen does not need.
 */
import type { Article } from '../extract/types';
import { canonicalUrlOf } from './canonical-url';
import { t } from '../i18n';
import { announceChange, refusal, writeInOneTransaction, type Failure } from './db';
import { cardOf, contentKeyOf, type SavedArticle } from './schema';
import { sanitizeAndMark } from './sanitized-html';
import { problemsOfArticle } from './validate';

export type SaveResult = { ok: true; status: 'saved' | 'updated'; record: SavedArticle } | Failure;

export interface SaveOptions {
  /** A canonical link to use instead of the article's own `canonicalUrl` (read by the pipeline from the page). */
  canonicalLink?: string | null;
  /** For tests and imports: the time to record. */
  now?: Date;
}

const newId = (): string => crypto.randomUUID();

/** The key a record is found by: canonical URL, or a hash of the text for an article without a URL. */
export function canonicalKeyOf(article: Article, canonicalLink?: string | null): string {
  return canonicalUrlOf(article.url, canonicalLink) ?? contentKeyOf(article);
}

/**
 * The article's HTML sanitized again here, in the extension's own page, with its mark (sanitized-html.ts):
 * extraction ran inside the web page, which could have tampered with the DOM its sanitizer used. Without a
 * DOM (Node tests and tools) the article is stored as given, unmarked, and sanitized whenever it is shown.
 */
function sanitizeInPage(article: Article): { article: Article; htmlMark?: string } {
  if (typeof window === 'undefined' || typeof document === 'undefined') return { article };
  const { html, mark } = sanitizeAndMark(article.contentHtml, window);
  return { article: { ...article, contentHtml: html }, htmlMark: mark };
}

/**
 * Saves an article, or updates the record already saved under its canonical URL (keeping `savedAt`, tags, read
 * state and reading position).
 */
export async function saveArticle(article: Article, options: SaveOptions = {}): Promise<SaveResult> {
  const problems = problemsOfArticle(article);
  if (problems.length > 0) return { ok: false, message: refusal('library.couldNot.saveArticle', t('library.failure.incomplete', [problems.slice(0, 3).join('; ')]), null) };
  const canonicalUrl = canonicalKeyOf(article, options.canonicalLink ?? article.canonicalUrl);
  const sanitized = sanitizeInPage(article);
  const now = (options.now ?? new Date()).toISOString();
  const result = await writeInOneTransaction(['articles', 'cards'], 'library.couldNot.saveArticle', async (tx) => {
    const articles = tx.objectStore('articles');
    const existing = await articles.index('canonicalUrl').get(canonicalUrl);
    const kept = existing ? { ...existing, updatedAt: now } : { id: newId(), canonicalUrl, savedAt: now, updatedAt: now, tags: [], read: false, readingPosition: 0 };
    const record: SavedArticle = { ...kept, ...sanitized };
    if (!sanitized.htmlMark) delete record.htmlMark;
    await articles.put(record);
    await tx.objectStore('cards').put(cardOf(record));
    return { record, status: existing ? ('updated' as const) : ('saved' as const) };
  });
  if (!result.ok) return result;
  announceChange({ changed: [result.value.record.id], deleted: [] });
  return { ok: true, ...result.value };
}
