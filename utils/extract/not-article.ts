import { countWords } from './text';

/** Fewest words a page's main text needs to count as an article rather than a teaser list or error page. */
export const MIN_ARTICLE_WORDS = 80;

/** (First version: a word-count floor.) */
export function looksLikeArticle(textContent: string): boolean {
  return countWords(textContent) >= MIN_ARTICLE_WORDS;
}
