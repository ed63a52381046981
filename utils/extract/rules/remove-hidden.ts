import type { CleanupRule } from '../types';
import { removeAllAndRecord } from './block-signals';

/** Inline styles that hide an element from every reader. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/**
 * Elements a reader cannot see: `hidden`, `aria-hidden="true"` blocks, inline `display:none`. Decided by
 * attributes only, because the clone has no computed style. Kept: math (Wikipedia hides MathML fallbacks
 * in such spans) and anything that holds an image a reader can open (lazy-loading wrappers hide those).
 */
export const removeHidden: CleanupRule = {
  name: 'hidden',
  removeFrom(root) {
    const candidates = Array.from(root.querySelectorAll('[hidden], [aria-hidden="true"], [style*="none" i], [style*="hidden" i]')).filter(
      (el) => {
        if (el.tagName === 'MATH' || el.querySelector('math, img, picture, video')) return false;
        if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
        return HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
      },
    );
    return removeAllAndRecord(root, candidates, 'hidden');
  },
};
