/**
 * "Show the full page section" (issue 7): when the extraction looks truncated, the page's whole main column,
 * pre-cleaned and sanitized with the article configuration, so the reader can read what Readability left out.
 * Runs only for pages that look truncated: it costs a second clone of the page.
 */
import type { RuleContext } from './types';
import { applyRules, preCleanRules } from './rules';
import { findMainColumn } from './completeness';
import { makeLinksAbsolute, removeForeignBase } from './links';
import { sanitizeArticleFragment } from './sanitize';
import { serializeChildren } from '../dom';

export function readFullSectionHtml(document: Document, context: RuleContext, view: Window & typeof globalThis): string | null {
  // A fresh clone: Readability has rearranged the first one.
  const clone = document.cloneNode(true) as Document;
  if (!clone.body) return null;
  removeForeignBase(clone, context.url);
  applyRules(preCleanRules, clone.body, context);
  const column = findMainColumn(clone.body);
  if (!column) return null;
  // The reader shows the headline in its own header.
  for (const h1 of Array.from(column.querySelectorAll('h1'))) h1.remove();
  const fragment = sanitizeArticleFragment(serializeChildren(column), view);
  makeLinksAbsolute(fragment, context.url);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return serializeChildren(container);
}
