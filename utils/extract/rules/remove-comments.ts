import type { CleanupRule } from '../types';
import { COMMENT_HEADINGS, wholePhrasePattern } from '../phrases';
import { classAndId, isPageLevel, labelElement, labelTextNodes, removeAllAndRecord } from './block-signals';

const COMMENT_LABEL = wholePhrasePattern(COMMENT_HEADINGS);
const COMMENT_NAME = /^(?:comments?|respond|disqus_thread|comment-section|comments-section|commentlist|comment-list)$|(?:^|[\s_-])(?:comments-area|comment-respond|comments-wrapper|comments-container|disqus)(?:$|[\s_-])/;

/** Comment sections: a block named so, or a section headed "Comments" / "Kommentare" / "Comentarios" that holds a form or a list. */
export const removeComments: CleanupRule = {
  name: 'comments',
  removeFrom(root) {
    const sections = new Set<Element>();
    for (const el of Array.from(root.querySelectorAll('div, section, aside, ol, ul, form'))) {
      const names = classAndId(el).split(/\s+/).filter(Boolean);
      if (!isPageLevel(el) && names.some((name) => COMMENT_NAME.test(name))) sections.add(el);
    }
    for (const node of labelTextNodes(root, COMMENT_LABEL, 40)) {
      const heading = labelElement(node);
      if (!heading || !/^H[1-6]$/.test(heading.tagName)) continue;
      const section = heading.parentElement;
      if (section && !isPageLevel(section) && section !== root && section.querySelector('form, textarea, ol, ul') && section.children.length <= 6) sections.add(section);
    }
    return removeAllAndRecord(root, sections, 'comments');
  },
};
