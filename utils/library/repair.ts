/**
 * Reading a stored record that is not what the schema says (corrupted, or edited by hand in the
 * browser's devtools). Whatever can be shown safely is kept; every other field gets its empty value, so the
 * reader view and the search never meet a wrong type. A record without an id, or without a headline and any
 * body, cannot be shown and comes back as null. HTML is never trusted here: every page that shows
 * `contentHtml` sanitizes it (utils/extract/sanitize.ts), so hostile markup in a record stays inert.
 */
import type { Article, Implication, Source } from '../extract/types';
import type { SavedArticle } from './schema';
import { isSavedArticle } from './validate';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);
const date = (value: unknown): string | null => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null);

function implicationsOf(value: unknown): Implication[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).filter((item) => typeof item.text === 'string').map((item) => ({ label: textOrNull(item.label), text: item.text as string, sourceIds: texts(item.sourceIds) }));
}

function sourcesOf(value: unknown): Source[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObject)
    .filter((item) => typeof item.id === 'string')
    .map((item) => ({ id: item.id as string, title: textOrNull(item.title), url: textOrNull(item.url), citedBy: count(item.citedBy) ?? 0, ...(item.missing === true ? { missing: true as const } : {}) }));
}

/** The record as stored when it is valid; else what can be shown of it, or null. */
export function readableRecord(value: unknown): SavedArticle | null {
  if (isSavedArticle(value)) return value;
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return null;
  const article: Loose = isObject(value.article) ? value.article : {};
  const headline = text(article.headline).trim();
  const contentHtml = text(article.contentHtml);
  const textContent = text(article.textContent);
  if (!headline && !contentHtml.trim() && !textContent.trim()) return null;
  const words = textContent.split(/\s+/).filter(Boolean).length;
  const repaired: Article = {
    url: textOrNull(article.url),
    ...('canonicalUrl' in article ? { canonicalUrl: textOrNull(article.canonicalUrl) } : {}),
    headline,
    subtitle: textOrNull(article.subtitle),
    alternateHeadlines: texts(article.alternateHeadlines),
    byline: textOrNull(article.byline),
    siteName: textOrNull(article.siteName),
    publishedTime: date(article.publishedTime),
    lang: textOrNull(article.lang),
    summary: text(article.summary),
    implications: implicationsOf(article.implications),
    sources: sourcesOf(article.sources),
    contentHtml,
    textContent,
    wordCount: count(article.wordCount) ?? words,
    readingMinutes: count(article.readingMinutes) ?? Math.max(1, Math.round(words / 230)),
    removed: Array.isArray(article.removed) ? article.removed.filter(isObject).filter((r) => typeof r.rule === 'string' && typeof r.text === 'string').map((r) => ({ rule: r.rule as string, text: r.text as string })) : [],
  };
  const savedAt = date(value.savedAt) ?? date(value.updatedAt) ?? new Date(0).toISOString();
  const position = typeof value.readingPosition === 'number' && value.readingPosition >= 0 && value.readingPosition <= 1 ? value.readingPosition : 0;
  return {
    id: value.id,
    canonicalUrl: text(value.canonicalUrl) || repaired.url || `urn:clearpress:damaged:${value.id}`,
    savedAt,
    updatedAt: date(value.updatedAt) ?? savedAt,
    tags: texts(value.tags),
    read: value.read === true,
    readingPosition: position,
    article: repaired,
    // Kept when sound: the highlights themselves live in their own store and stay the article's.
    ...(count(value.highlightCount) && typeof value.highlightsVersion === 'string' ? { highlightCount: value.highlightCount as number, highlightsVersion: value.highlightsVersion } : {}),
  };
}
