import type { CleanupRule } from '../types';
import { anyPhrasePattern, caseInsensitivePattern, COPYRIGHT_PHRASES } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { removeAllAndRecord, standaloneLines } from './block-signals';

const COPYRIGHT_START = caseInsensitivePattern(`^(?:${COPYRIGHT_PHRASES.join('|')})`);
const COPYRIGHT_ANYWHERE = anyPhrasePattern(COPYRIGHT_PHRASES.slice(3));
const MAX_NOTICE_WORDS = 60;

/** Copyright and rights notices: "© 2019 Example Media", "This document is subject to copyright...", "Tous droits réservés". */
export const removeCopyrightNotices: CleanupRule = {
  name: 'copyright-notice',
  removeFrom(root) {
    const notices = standaloneLines(root).filter((el) => {
      const text = collapseWhitespace(el.textContent ?? '');
      if (!text || countWords(text) > MAX_NOTICE_WORDS) return false;
      return COPYRIGHT_START.test(text) || (countWords(text) <= 25 && COPYRIGHT_ANYWHERE.test(text));
    });
    return removeAllAndRecord(root, notices, 'copyright-notice');
  },
};
