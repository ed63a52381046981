import type { CleanupRule } from '../types';
import { caseInsensitivePattern, CREDIT_AGENCIES, CREDIT_PREFIXES } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { removeAllAndRecord, standaloneLines } from './block-signals';

const CREDIT_LINE = caseInsensitivePattern(`^(?:(?:${CREDIT_PREFIXES.join('|')})\\s*(?:[:/|©]|by\\b)|©|\\((?:${CREDIT_AGENCIES.join('|')})\\b)`);
/**
 * An agency alone, or with a name after a separator: "AFP", "Reuters / Jane Doe". After the separator, white space
 * other than a space is taken by `\s*[^\S ]` and spaces by the name's class: `\s*[\p{L} .'-]+`, both taking spaces,
 * could share a long run of them in as many ways as it has spaces (quadratic).
 */
const AGENCY_ONLY = new RegExp(`^(?:${CREDIT_AGENCIES.join('|')})(?:\\s*[/,|](?:\\s*[^\\S ])?[\\p{L} .'-]+)?$`, 'iu');
/** A credit names a photographer and an agency; anything longer is prose that happens to start with "Photo:". */
const MAX_CREDIT_WORDS = 12;

/** Photo credit lines left in the body: "Photo: David Doe / Associated Press", "© Aaron Schwartz", "Foto: dpa". */
export const removeImageCredits: CleanupRule = {
  name: 'image-credit',
  removeFrom(root) {
    const credits = standaloneLines(root).filter((el) => {
      const text = collapseWhitespace(el.textContent ?? '');
      return text !== '' && countWords(text) <= MAX_CREDIT_WORDS && (CREDIT_LINE.test(text) || AGENCY_ONLY.test(text));
    });
    return removeAllAndRecord(root, credits, 'image-credit');
  },
};
