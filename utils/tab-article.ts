/**
 * The article of a tab, in the extension pages that show it (popup, reader): the tab is read by the page stage
 * (utils/tab-extraction.ts) and finished here, where the sanitizer has the page's own DOM to parse in.
 */
import type { Article } from './extract/types';
import { finishArticle } from './extract/finish';
import { readTab, TAB_MESSAGES, type ExtractTabOptions, type TabFailure, type TabInfo, type TabReading } from './tab-extraction';

export type TabExtraction = { ok: true; article: Article; tabId: number; url: string | null } | TabFailure;

/** The finished article of a read tab; a page whose sanitized text is no article after all says so. */
export function finishTabReading(reading: TabReading): TabExtraction {
  if (!reading.ok) return reading;
  try {
    const article = finishArticle(reading.extraction);
    return article ? { ok: true, article, tabId: reading.tabId, url: reading.url } : { ok: false, problem: 'no-article', message: TAB_MESSAGES['no-article'] };
  } catch {
    return { ok: false, problem: 'error', message: TAB_MESSAGES.error };
  }
}

export async function extractTab(target: number | TabInfo, options: ExtractTabOptions = {}): Promise<TabExtraction> {
  return finishTabReading(await readTab(target, options));
}
