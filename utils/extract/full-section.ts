/**
 * "Show the full page section": when the extraction looks truncated, the page's whole main column,
 * pre-cleaned, so the reader can read what Readability left out. The page stage reads it, unsanitized; the
 * finish stage sanitizes it with the article configuration when it is worth showing (`sanitizeFullSection`).
 * Read only for pages that may look truncated: it costs a second clone of the page.
 */
import type { RuleContext } from './types';
import { applyRules } from './rules/apply-rules';
import { preCleanRules } from './rules/pre-clean-rules';
import { findMainColumn } from './completeness';
import { removeForeignBase } from './links';
import { serializeChildren } from '../dom';
import { squeezeCharacterRunsIn } from './character-runs';

/** The pre-cleaned main column of a fresh clone of `document`, unsanitized; null when the page has none. */
export function readFullSectionHtml(document: Document, context: RuleContext): string | null {
  // A fresh clone: Readability has rearranged the first one.
  const clone = document.cloneNode(true) as Document;
  if (!clone.body) return null;
  squeezeCharacterRunsIn(clone.body);
  removeForeignBase(clone, context.url);
  applyRules(preCleanRules, clone.body, context);
  const column = findMainColumn(clone.body);
  if (!column) return null;
  // The reader shows the headline in its own header.
  for (const h1 of Array.from(column.querySelectorAll('h1'))) h1.remove();
  return serializeChildren(column);
}
