import type { Article, Source } from '../utils/extract/types';
import { formatNumber, t, tCount, uiLanguage } from '../utils/i18n';

/** "June 7, 2025" in the interface's language (or `locale`); the ISO string when it cannot be read as a date. */
export function formatDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale ?? uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** byline · site · date · reading time, in that order, leaving out what the article lacks. */
export function metadataParts(article: Article, locale?: string): string[] {
  return [
    article.byline,
    article.siteName,
    article.publishedTime ? formatDate(article.publishedTime, locale) : null,
    article.readingMinutes > 0 ? t('article.readingTime', [formatNumber(article.readingMinutes)]) : null,
  ].filter((part): part is string => Boolean(part));
}

/** "cited once", "cited 3 times". */
export function citedTimes(count: number): string {
  return tCount('article.sources.cited', count);
}

/** Number shown for a source: its position in the notes, 1-based; `null` for an id not in the notes. */
export function noteNumber(sources: readonly Source[], id: string): number | null {
  const index = sources.findIndex((source) => source.id === id);
  return index === -1 ? null : index + 1;
}

export const noteAnchor = (id: string): string => `source-${id}`;
export const citationAnchor = (id: string, occurrence: number): string => `cite-${id}-${occurrence}`;
