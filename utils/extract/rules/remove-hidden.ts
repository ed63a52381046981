import type { CleanupRule } from '../types';
import { removeAllAndRecord } from './block-signals';

/**
 * Inline styles that hide an element from every reader. One `\s*` around "!important", not one on each side of an
 * optional one: two could share a long run of spaces in as many ways as it has spaces (quadratic).
 */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** A style that can only hide when it says "none" or "hidden" somewhere. */
const STYLE_MAY_HIDE = /none|hidden/i;

/** Whether the element hides itself by its attributes: `hidden`, `aria-hidden="true"`, inline `display:none`. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && STYLE_MAY_HIDE.test(style) && HIDDEN_STYLE.test(style);
}

/**
 * Elements a reader cannot see: `hidden`, `aria-hidden="true"` blocks, inline `display:none`. Decided by
 * attributes only, because the clone has no computed style. Kept: math (Wikipedia hides MathML fallbacks
 * in such spans) and anything that holds an image a reader can open (lazy-loading wrappers hide those).
 * Hidden content a reader can open (an accordion's answer, a tab) was revealed by the rule before this one.
 */
export const removeHidden: CleanupRule = {
  name: 'hidden',
  removeFrom(root) {
    // Attributes read directly rather than with `[hidden], [aria-hidden="true"], [style*="none" i]`: the same
    // elements, about three times faster in Chromium, and in document order on jsdom too (its selector engine
    // returned this selector list's matches out of order, so `removed` came out in another order than in a browser).
    // querySelectorAll, not getElementsByTagName: jsdom's live collection re-walks the tree per index
    // (10,000 elements: 1.5 s against 0.16 s), and the CLI and tests run on jsdom.
    const candidates = Array.from(root.querySelectorAll('*')).filter((el) => {
      if (!isHiddenByAttributes(el)) return false;
      return el.tagName !== 'MATH' && !el.querySelector('math, img, picture, video');
    });
    return removeAllAndRecord(root, candidates, 'hidden');
  },
};
