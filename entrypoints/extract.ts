import { extractFromPage } from '../utils/extract/page-stage';
import type { ExtractResult } from '../utils/messages';
import { takeExtractRequest } from '../utils/extract-request';

// Injected into the page on demand (toolbar click or shortcut); returns plain JSON to `executeScript`. Only the
// page stage runs here: the extension page that injected it sanitizes and finishes the article.
export default defineUnlistedScript((): ExtractResult => {
  try {
    // The reader's keep rules for this site, left by the caller just before this run (see extract-request.ts).
    const { keep } = takeExtractRequest(globalThis as unknown as Record<string, unknown>);
    const extraction = extractFromPage(document, { url: location.href, keep });
    return extraction ? { ok: true, extraction } : { ok: false, reason: 'no-article', message: 'No article found on this page' };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message.split('\n')[0] ?? '' : 'Extraction failed' };
  }
});
