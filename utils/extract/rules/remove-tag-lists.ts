import type { CleanupRule } from '../types';
import { TAG_LABELS, wholePhrasePattern } from '../phrases';
import { collapseWhitespace } from '../text';
import { classAndId, isPageLevel, labelElement, labelTextNodes, linkDensity, removeAllAndRecord, wordsInUpTo } from './block-signals';

const TAG_LABEL = wholePhrasePattern(TAG_LABELS);
const TAG_NAME = /(?:^|[\s_-])(?:tags|tag-?list|tag-?links|post-?tags|entry-?tags|article-?tags|topics|topic-?list|keywords|schlagworte)(?:$|[\s_-])/;
const MAX_TAG_WORDS = 60;

function isTagBlock(el: Element): boolean {
  return !isPageLevel(el) && wordsInUpTo(el, MAX_TAG_WORDS) <= MAX_TAG_WORDS && linkDensity(el) >= 0.5;
}

/** Tag lists: "Tags: Mali Russia Wagner", short blocks of topic links. */
export const removeTagLists: CleanupRule = {
  name: 'tag-list',
  removeFrom(root) {
    const lists = new Set<Element>();
    for (const node of labelTextNodes(root, TAG_LABEL, 30)) {
      const label = labelElement(node);
      // A bare "Tags:" text node sits in the block itself; a labelled `<span>`/`<strong>` sits one level down.
      const block = label && collapseWhitespace(label.textContent ?? '') !== collapseWhitespace(node.nodeValue ?? '') ? label : label?.parentElement;
      if (block && isTagBlock(block)) lists.add(block);
    }
    for (const el of Array.from(root.querySelectorAll('div, ul, section, nav, p, footer'))) {
      if (TAG_NAME.test(classAndId(el)) && isTagBlock(el)) lists.add(el);
    }
    return removeAllAndRecord(root, lists, 'tag-list');
  },
};
