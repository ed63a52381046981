import { extractArticle } from '../utils/extract';
import type { ExtractResult } from '../utils/messages';
import { takeExtractRequest } from '../utils/extract-request';

// Injected into the page on demand (toolbar click or shortcut); returns plain JSON to `executeScript`.
export default defineUnlistedScript((): ExtractResult => {
  try {
    // The reader's keep rules for this site, left by the caller just before this run (see extract-request.ts).
    const { keep } = takeExtractRequest(globalThis as unknown as Record<string, unknown>);
    const article = extractArticle(document, { url: location.href, keep });
    return article ? { ok: true, article } : { ok: false, reason: 'no-article', message: 'No article found on this page' };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message.split('\n')[0] ?? '' : 'Extraction failed' };
  }
});
