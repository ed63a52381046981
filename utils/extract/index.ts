import type { Article, ExtractOptions } from './types';
import { extractFromPage } from './page-stage';
import { finishArticle } from './finish';
import { findWindow } from './clobbering';

export type { Article, PageExtraction } from './types';
export { extractFromPage } from './page-stage';
export { finishArticle } from './finish';

/**
 * Turns a page into one clean article, or `null` when the page holds no article.
 *
 * Two stages, because in the extension they run in two places: `extractFromPage` reads the page (metadata,
 * headline, sources, cleanup, Readability) inside it, through the injected script; `finishArticle` sanitizes
 * what it read and computes the rest (text, citation counts, summary, completeness) in the extension page, so
 * the page is held only while it is being read. Here, for the CLI and tests, both run one after the other.
 */
export function extractArticle(page: Document, options: ExtractOptions = {}): Article | null {
  const extraction = extractFromPage(page, options);
  return extraction && finishArticle(extraction, findWindow(page));
}
