import type { CleanupRule, Removal, RuleContext } from '../types';
import { withShortTextsOf } from './block-signals';

/** Runs `rules` in order on `root`, each on what the ones before it left, and returns everything they removed. */
export function applyRules(rules: readonly CleanupRule[], root: Element, context: RuleContext): Removal[] {
  return withShortTextsOf(root, () => {
    const removed: Removal[] = [];
    for (const rule of rules) removed.push(...rule.removeFrom(root, context));
    return removed;
  });
}
