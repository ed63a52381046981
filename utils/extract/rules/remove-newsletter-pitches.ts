import type { CleanupRule } from '../types';
import { NEWSLETTER_NOUNS, anyPhrasePattern } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { closingLines, openingLines, removeAllAndRecord } from './block-signals';

/** A pitch opens or closes the article: its first two lines or its last three. */
const OPENING_LINES = 2;
const CLOSING_LINES = 3;
const MAX_PITCH_WORDS = 60;
const NEWSLETTER = anyPhrasePattern(NEWSLETTER_NOUNS);
/** A sentence that asks the reader to sign up: "Sign up for ...", "Subscribe to ...", "Inscrivez-vous ...". */
const SIGN_UP_SENTENCE = /(?:^|[.!?:]\s+)(?:sign up|subscribe|join|get|inscrivez-vous|abonnez-vous|abonnieren sie|melden sie sich|suscríbete|regístrate)\b[^.!?]*/gi;

function pitchesNewsletter(text: string): boolean {
  for (const sentence of text.matchAll(SIGN_UP_SENTENCE)) if (NEWSLETTER.test(sentence[0])) return true;
  return false;
}

/**
 * A newsletter's pitch written into the first or last paragraph: "Start your day with the Morning Bell.
 * ... Sign up for the free daily newsletter.", "There's plenty more where that came from. Sign up for The
 * Brief to get it delivered to your inbox." The sign-up sentence may sit anywhere in the line; a line in the
 * body that talks about a newsletter, or "Sign up for the bundle" in a shopping guide, is the story's.
 */
export const removeNewsletterPitches: CleanupRule = {
  name: 'newsletter-pitch',
  removeFrom(root) {
    const lines = new Set([...openingLines(root, OPENING_LINES), ...closingLines(root, CLOSING_LINES).reverse()]);
    const pitches = Array.from(lines).filter((line) => {
      const text = collapseWhitespace(line.textContent ?? '');
      return countWords(text) <= MAX_PITCH_WORDS && !line.closest('blockquote') && pitchesNewsletter(text);
    });
    return removeAllAndRecord(root, pitches, 'newsletter-pitch');
  },
};
