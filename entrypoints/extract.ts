import { extractArticle } from '../utils/extract';
import type { ExtractResult } from '../utils/messages';

// Injected into the page on demand (toolbar click or shortcut); returns plain JSON to `executeScript`.
export default defineUnlistedScript((): ExtractResult => {
  try {
    const article = extractArticle(document, { url: location.href });
    return article ? { ok: true, article } : { ok: false, reason: 'no-article', message: 'No article found on this page' };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message.split('\n')[0] ?? '' : 'Extraction failed' };
  }
});
