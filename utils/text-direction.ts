/**
 * Which way an article reads. Its text decides when it has enough letters (a page's `lang` is sometimes the
 * site's default, not the article's); its language otherwise. The interface around it keeps its own direction.
 */
import type { Article } from './extract/types';

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;
const LETTER = /\p{L}/gu;
/** Letters read to decide: the opening of the article says it. */
const SAMPLE_LENGTH = 2000;
/** Fewer letters than this and the language decides. */
const MIN_LETTERS = 20;

export type TextDirection = 'rtl' | 'ltr';

export function articleDirection(article: Pick<Article, 'lang' | 'textContent'>): TextDirection {
  const sample = article.textContent.slice(0, SAMPLE_LENGTH);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters >= MIN_LETTERS) return (sample.match(RTL_LETTER)?.length ?? 0) * 2 > letters ? 'rtl' : 'ltr';
  const primary = (article.lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** `dir` and `lang` for the elements that hold the article's own words. */
export function articleTextAttributes(article: Pick<Article, 'lang' | 'textContent'>): { dir: TextDirection; lang?: string } {
  return { dir: articleDirection(article), ...(article.lang ? { lang: article.lang } : {}) };
}
