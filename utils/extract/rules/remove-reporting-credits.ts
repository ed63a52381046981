import type { CleanupRule } from '../types';
import { anyPhrasePattern, caseInsensitivePattern, REPORTING_CREDIT_PHRASES, REPORTING_CREDIT_STARTS } from '../phrases';
import { collapseWhitespace, countWords, wordTokens } from '../text';
import { removeAllAndRecord, standaloneLines } from './block-signals';

const CREDIT_START = caseInsensitivePattern(`^[(\\[]?\\s*(?:${REPORTING_CREDIT_STARTS.join('|')})\\b`);
const CREDIT_PHRASE = anyPhrasePattern(REPORTING_CREDIT_PHRASES);
/** A credit names a few reporters and editors; a longer line is prose. */
const MAX_CREDIT_WORDS = 40;
/** A credit is mostly names: "Reporting by Jane Doe; Editing by John Roe" against "Reporting by local papers has been sparse". */
const MIN_NAME_SHARE = 0.4;

function capitalizedShare(text: string): number {
  const words = wordTokens(text);
  return words.length === 0 ? 0 : words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/** Wire-story credits in the body: "(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe contributed reporting from Paris." */
export const removeReportingCredits: CleanupRule = {
  name: 'reporting-credit',
  removeFrom(root) {
    const credits = standaloneLines(root).filter((el) => {
      if (el.closest('blockquote, table, li')) return false;
      const text = collapseWhitespace(el.textContent ?? '');
      return text !== '' && countWords(text) <= MAX_CREDIT_WORDS && ((CREDIT_START.test(text) && capitalizedShare(text) >= MIN_NAME_SHARE) || CREDIT_PHRASE.test(text));
    });
    return removeAllAndRecord(root, credits, 'reporting-credit');
  },
};
