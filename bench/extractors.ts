/** The two systems the benchmarks compare, on the same DOM library (jsdom, via cli/dom.ts) and scored on the same text. */
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import type { Article } from '../utils/extract/types';

export interface Extraction {
  /** Block-separated text to score; empty when nothing was extracted. */
  text: string;
  article: Article | null;
  /** Set when the pipeline threw: the page then scores as an empty extraction. */
  error: string | null;
}

export function extractWithPipeline(html: string, url: string | null): Extraction {
  let document: Document | null = null;
  try {
    document = parsePage(html, url);
    const article = extractArticle(document, { url });
    return { text: article?.textContent ?? '', article, error: null };
  } catch (error) {
    return { text: '', article: null, error: error instanceof Error ? error.message : String(error) };
  } finally {
    // jsdom keeps every window alive until it is closed: a run over hundreds of pages runs out of memory.
    document?.defaultView?.close();
  }
}

