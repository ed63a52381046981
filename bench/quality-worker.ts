/** A worker thread of the quality bench: extracts and measures the pages the main thread sends it, one at a time. */
import { parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import type { Article } from '../utils/extract/types';
import { blockText, PROSE_SKIPPED_TAGS } from '../utils/extract/text';
import { readHtml } from './corpus';
import { measurePage, type PageQuality } from './page-quality';
import type { CorpusPage } from './corpus';

export interface PageJob {
  page: CorpusPage;
  /** Readability's texts from the cache, when this page was read before with the same Readability. */
  cachedReadability: ReadabilityTexts | null;
  /** Also send back the texts (for `--show` and `--dump`). */
  withTexts: boolean;
}

export interface ReadabilityTexts {
  /** Block text of Readability's content, as scored. */
  text: string;
  /** The same without figure captions, as our own text is made: what the silent-loss check compares. */
  prose: string;
}

export interface PageAnswer {
  quality: PageQuality;
  readability: ReadabilityTexts;
  texts: { ours: string; article: Article | null } | null;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function readabilityTexts(document: Document): ReadabilityTexts {
  const parsed = new Readability<Element>(document, { serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return { text: '', prose: '' };
  return { text: blockText(parsed.content), prose: blockText(parsed.content, { skipTags: PROSE_SKIPPED_TAGS }) };
}

export function runJob({ page, cachedReadability, withTexts }: PageJob): PageAnswer {
  const url = page.url || null;
  const html = readHtml(page.file);
  let article: Article | null = null;
  let error: string | null = null;
  let readability = cachedReadability;
  const document = parsePage(html, url);
  try {
    try {
      article = extractArticle(document, { url });
    } catch (caught) {
      error = message(caught);
    }
    // The pipeline never changes the page it reads, so Readability can have the same document afterwards.
    if (!readability) {
      try {
        readability = readabilityTexts(document);
      } catch {
        readability = { text: '', prose: '' };
      }
    }
  } finally {
    // jsdom keeps every window alive until it is closed.
    document.defaultView?.close();
  }
  const oursText = article?.textContent ?? '';
  const quality = measurePage({ page, article, oursText, error, readabilityText: readability.text, readabilityProse: readability.prose });
  return { quality, readability, texts: withTexts ? { ours: oursText, article } : null };
}

parentPort?.on('message', (job: PageJob) => {
  parentPort!.postMessage(runJob(job));
});
