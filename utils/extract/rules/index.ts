import type { CleanupRule, Removal, RuleContext } from '../types';

/**
 * Rules run on a clone of the page before Readability, in this order. Each removes one kind of
 * non-article block and reports it; order matters only where a rule's signal depends on another's
 * (hidden elements go first so that later rules never see text a reader could not see).
 */
export const preCleanRules: CleanupRule[] = [];

/** Rules run on Readability's content, which is already the article plus what Readability wrongly kept. */
export const postCleanRules: CleanupRule[] = [];

export function applyRules(rules: readonly CleanupRule[], root: Element, context: RuleContext): Removal[] {
  const removed: Removal[] = [];
  for (const rule of rules) removed.push(...rule.removeFrom(root, context));
  return removed;
}
