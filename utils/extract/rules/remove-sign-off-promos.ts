import type { CleanupRule } from '../types';
import { caseInsensitivePattern, SIGN_OFF_STARTS } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { closingLines, removeAllAndRecord } from './block-signals';

/** Sign-offs come after the story's last paragraph (and its tagline), never in the middle of it. */
const CLOSING_LINES = 4;
const MAX_SIGN_OFF_WORDS = 50;
const SIGN_OFF = caseInsensitivePattern(`^(?:${SIGN_OFF_STARTS.join('|')})`);

/**
 * The outlet's sign-off lines at the end of the article, which send the reader to its social accounts,
 * forums, shows or coverage pages: "Follow Newsbeat on Instagram, Facebook and YouTube.", "Join our Space
 * Forums to keep talking space!", "Follow AP's full coverage of Brexit at ...", "Like this story? Share it
 * with a friend!". A quote is the story's, and a sentence that starts like one in the body is not a sign-off.
 */
export const removeSignOffPromos: CleanupRule = {
  name: 'sign-off-promo',
  removeFrom(root) {
    const signOffs = closingLines(root, CLOSING_LINES).filter((line) => {
      const text = collapseWhitespace(line.textContent ?? '');
      return SIGN_OFF.test(text) && countWords(text) <= MAX_SIGN_OFF_WORDS && !line.closest('blockquote, q');
    });
    return removeAllAndRecord(root, signOffs.reverse(), 'sign-off-promo');
  },
};
