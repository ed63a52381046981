import type { CleanupRule } from '../types';
import { PROMO_PHRASES, NEWSLETTER_PHRASES, anyPhrasePattern } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { closingLines, linkDensity, removeAllAndRecord, standaloneLines } from './block-signals';

const PROMO = anyPhrasePattern(PROMO_PHRASES);
const NEWSLETTER = anyPhrasePattern(NEWSLETTER_PHRASES);
const SIGN_UP_START = /^(?:sign up|subscribe|join|get|inscrivez-vous|abonnez-vous|abonnieren sie|melden sie sich|suscríbete|regístrate)\b/i;
const MAX_PROMO_WORDS = 40;
/**
 * Sentences around the call to action ("You must be signed in to ...") this long make a line inside the
 * article its instructions; among the closing lines they are a sign-off ("Follow us on ...", "12 issues for £11.99").
 */
const MAX_OTHER_WORDS = 7;
const CLOSING_LINES = 3;
const SENTENCE_END = /(?<=[.!?…])\s+(?=\p{Lu})/u;

/** Words in the line's sentences that are not the call to action. */
const wordsBesidePromo = (text: string): number =>
  text.split(SENTENCE_END).reduce((sum, sentence) => sum + (PROMO.test(sentence) ? 0 : countWords(sentence)), 0);

/** Share of letters in capitals: tabloids set teaser links in capitals ("TAYLOR SWIFT CLEARED TO PERFORM"). */
function capitalShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/**
 * Promotional lines written into the body: "CLICK HERE TO GET THE APP", teaser links set in capitals,
 * "Sign up for our newsletter to get ... in your inbox". A promo is one call to action: a line inside the
 * article that goes on to sentences of its own, or breaks into several lines (a catalogue's "Section 2 - Click Here" and its pages),
 * is the article using a link.
 */
export const removePromoLines: CleanupRule = {
  name: 'promo-line',
  removeFrom(root) {
    const closing = new Set(closingLines(root, CLOSING_LINES));
    const promos = standaloneLines(root).filter((el) => {
      if (el.closest('blockquote, table, li')) return false;
      const text = collapseWhitespace(el.textContent ?? '');
      const words = countWords(text);
      if (words === 0 || words > MAX_PROMO_WORDS || el.querySelector('br')) return false;
      const linked = el.querySelector('a[href]') !== null;
      if (linked && PROMO.test(text)) return wordsBesidePromo(text) <= MAX_OTHER_WORDS || closing.has(el);
      if (linked && words >= 3 && linkDensity(el) >= 0.9 && capitalShare(text) >= 0.8) return true;
      return SIGN_UP_START.test(text) && NEWSLETTER.test(text);
    });
    return removeAllAndRecord(root, promos, 'promo-line');
  },
};
