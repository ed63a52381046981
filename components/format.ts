import type { Article, Source } from '../utils/extract/types';
import { formatNumber, t, tCount, uiLanguage } from '../utils/i18n';

/** "June 7, 2025" in the interface's language (or `locale`); the ISO string when it cannot be read as a date. */
export function formatDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale ?? uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** One piece of the line under the headline; `lang` is set on the pieces written in the interface's language. */
export interface MetadataPart {
  text: string;
  lang?: string;
}

/** byline · site · date · reading time, in that order, leaving out what the article lacks. */
export function metadataParts(article: Article, locale?: string): MetadataPart[] {
  const language = locale ?? uiLanguage();
  return [
    article.byline ? { text: article.byline } : null,
    article.siteName ? { text: article.siteName } : null,
    article.publishedTime ? { text: formatDate(article.publishedTime, locale), lang: language } : null,
    article.readingMinutes > 0 ? { text: t('article.readingTime', [formatNumber(article.readingMinutes)]), lang: language } : null,
  ].filter((part): part is MetadataPart => part !== null);
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
