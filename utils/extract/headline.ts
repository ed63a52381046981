import type { HeadlineInfo } from './types';
import { collapseWhitespace } from './text';

/** Chooses one headline among the page's many repetitions of it. (First version: `h1`, then `<title>`.) */
export function pickHeadline(doc: Document): HeadlineInfo {
  const h1 = collapseWhitespace(doc.querySelector('h1')?.textContent ?? '');
  const title = collapseWhitespace(doc.title ?? '');
  return { headline: h1 || title, subtitle: null, alternateHeadlines: [] };
}
