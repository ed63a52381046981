/** The two systems the benchmarks compare, on the same DOM library (jsdom, via cli/dom.ts) and scored on the same text. */
import { Readability } from '@mozilla/readability';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import type { Article } from '../utils/extract/types';
import { blockText } from '../utils/extract/text';

export interface Extraction {
  /** Block-separated text to score; empty when nothing was extracted. */
  text: string;
  article: Article | null;
  /** Set when the pipeline threw: the page then scores as an empty extraction. */
  error: string | null;
}

export function extractWithPipeline(html: string, url: string | null): Extraction {
  try {
    const article = extractArticle(parsePage(html, url), { url });
    return { text: article?.textContent ?? '', article, error: null };
  } catch (error) {
    return { text: '', article: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Readability alone: its content element, made block-separated text the same way as ours. */
export function readabilityText(document: Document): string | null {
  const parsed = new Readability<Element>(document, { serializer: (el) => el as Element }).parse();
  return parsed?.content ? blockText(parsed.content) : null;
}

export function extractWithReadability(html: string, url: string | null): Extraction {
  try {
    return { text: readabilityText(parsePage(html, url)) ?? '', article: null, error: null };
  } catch (error) {
    return { text: '', article: null, error: error instanceof Error ? error.message : String(error) };
  }
}
