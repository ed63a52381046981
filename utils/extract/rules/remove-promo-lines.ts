import type { CleanupRule } from '../types';
import { PROMO_PHRASES, NEWSLETTER_PHRASES, anyPhrasePattern } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { linkDensity, removeAllAndRecord, standaloneLines } from './block-signals';

const PROMO = anyPhrasePattern(PROMO_PHRASES);
const NEWSLETTER = anyPhrasePattern(NEWSLETTER_PHRASES);
const SIGN_UP_START = /^(?:sign up|subscribe|join|get|inscrivez-vous|abonnez-vous|abonnieren sie|melden sie sich|suscríbete|regístrate)\b/iu;
const MAX_PROMO_WORDS = 40;

/** Share of letters in capitals: tabloids set teaser links in capitals ("TAYLOR SWIFT CLEARED TO PERFORM"). */
function capitalShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/**
 * Promotional lines written into the body: "CLICK HERE TO GET THE APP", teaser links set in capitals,
 * "Sign up for our newsletter to get ... in your inbox".
 */
export const removePromoLines: CleanupRule = {
  name: 'promo-line',
  removeFrom(root) {
    const promos = standaloneLines(root).filter((el) => {
      if (el.closest('blockquote, table, li')) return false;
      const text = collapseWhitespace(el.textContent ?? '');
      const words = countWords(text);
      if (words === 0 || words > MAX_PROMO_WORDS) return false;
      const linked = el.querySelector('a[href]') !== null;
      if (linked && PROMO.test(text)) return true;
      if (linked && words >= 3 && linkDensity(el) >= 0.9 && capitalShare(text) >= 0.8) return true;
      return SIGN_UP_START.test(text) && NEWSLETTER.test(text);
    });
    return removeAllAndRecord(root, promos, 'promo-line');
  },
};
