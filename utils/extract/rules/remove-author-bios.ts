import type { CleanupRule } from '../types';
import { AUTHOR_BIO_HEADINGS, wholePhrasePattern } from '../phrases';
import { classAndId, isPageLevel, labelElement, labelTextNodes, removeAllAndRecord, removeGroupAndRecord, wordsIn, wordsInUpTo } from './block-signals';
import type { Removal } from '../types';

const BIO_LABEL = wholePhrasePattern(AUTHOR_BIO_HEADINGS);
const BIO_NAME = /(?:^|[\s_-])(?:author-?bio|about-?(?:the-?)?author|author-?box|author-?info|author-?card|bio-?box|contributor-?bio)(?:$|[\s_-])/;
const MAX_BIO_WORDS = 150;

/** Author bio boxes: "About the author" and the short biography under it, or a block named so. */
export const removeAuthorBios: CleanupRule = {
  name: 'author-bio',
  removeFrom(root) {
    const removed: Removal[] = [];
    for (const node of labelTextNodes(root, BIO_LABEL, 40)) {
      const label = labelElement(node);
      if (!label || label === root) continue;
      const group: Element[] = [label];
      let words = 0;
      for (let next = label.nextElementSibling; next && !/^H[1-6]$/.test(next.tagName); next = next.nextElementSibling) {
        words += wordsIn(next);
        if (words > MAX_BIO_WORDS) break;
        group.push(next);
      }
      if (words <= MAX_BIO_WORDS) {
        const record = removeGroupAndRecord(root, group, 'author-bio');
        if (record) removed.push(record);
      }
    }
    const named = Array.from(root.querySelectorAll('div, section, aside, footer')).filter((el) => !isPageLevel(el) && BIO_NAME.test(classAndId(el)) && wordsInUpTo(el, MAX_BIO_WORDS) <= MAX_BIO_WORDS);
    return [...removed, ...removeAllAndRecord(root, named, 'author-bio')];
  },
};
