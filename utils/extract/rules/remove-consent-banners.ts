import type { CleanupRule } from '../types';
import { CONSENT_PHRASES, anyPhrasePattern } from '../phrases';
import { classAndId, labelTextNodes, removeAllAndRecord, wordsInUpTo, isPageLevel } from './block-signals';

const CONSENT_TEXT = anyPhrasePattern(CONSENT_PHRASES);
const CONSENT_NAME = /cookie|consent|gdpr|\bcmp\b|privacy-banner|onetrust|didomi|usercentrics/;
/** A consent banner is a short notice; anything longer is an article about cookies. */
const MAX_BANNER_WORDS = 120;
const BUTTON = 'button, [role="button"], input[type="button"], input[type="submit"]';

/** Cookie and consent banners: named so (class/id) or saying so, and short. */
export const removeConsentBanners: CleanupRule = {
  name: 'consent-banner',
  removeFrom(root) {
    const banners = new Set<Element>();
    for (const el of Array.from(root.querySelectorAll('div, section, aside, form, dialog, footer, [role="dialog"], [role="alertdialog"]'))) {
      if (CONSENT_NAME.test(classAndId(el)) && wordsInUpTo(el, MAX_BANNER_WORDS) <= MAX_BANNER_WORDS && CONSENT_TEXT.test(el.textContent ?? '')) banners.add(el);
    }
    // Unnamed banners: the smallest block around the notice that also holds its buttons.
    for (const node of labelTextNodes(root, CONSENT_TEXT, 300)) {
      let el = node.parentElement;
      while (el && !isPageLevel(el) && !el.querySelector(BUTTON) && wordsInUpTo(el, MAX_BANNER_WORDS) <= MAX_BANNER_WORDS) el = el.parentElement;
      if (el && !isPageLevel(el) && wordsInUpTo(el, MAX_BANNER_WORDS) <= MAX_BANNER_WORDS && el.querySelector(BUTTON)) banners.add(el);
    }
    return removeAllAndRecord(root, banners, 'consent-banner');
  },
};
