import type { CleanupRule } from '../types';
import { caseInsensitivePattern, HOME_CRUMBS } from '../phrases';
import { collapseWhitespace, countWords } from '../text';
import { removeAllAndRecord, standaloneLines } from './block-signals';

const FIRST_CRUMB = caseInsensitivePattern(`^(?:${HOME_CRUMBS.join('|')})$`);
const MAX_TRAIL_WORDS = 30;

/** Breadcrumb trails: "Home › News › Story title", a line that starts with a link home and is mostly links. */
export const removeBreadcrumbs: CleanupRule = {
  name: 'breadcrumb',
  removeFrom(root) {
    const trails = Array.from(root.querySelectorAll('nav, ol, ul, div, p')).filter((el) => {
      const links = Array.from(el.querySelectorAll('a'));
      const first = links[0];
      if (links.length < 2 || !first || countWords(el.textContent ?? '') > MAX_TRAIL_WORDS) return false;
      if (!FIRST_CRUMB.test(collapseWhitespace(first.textContent ?? ''))) return false;
      // The trail starts with its first crumb: no prose before the link home.
      return collapseWhitespace(el.textContent ?? '').toLowerCase().startsWith(collapseWhitespace(first.textContent ?? '').toLowerCase());
    });
    return removeAllAndRecord(root, trails.filter((el) => standaloneLines(el).length <= 12), 'breadcrumb');
  },
};
