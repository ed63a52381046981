import type { CleanupRule } from '../types';
import { SKIP_LINK_PHRASES, wholePhrasePattern } from '../phrases';
import { collapseWhitespace } from '../text';
import { removeAllAndRecord } from './block-signals';

const SKIP_LINK = wholePhrasePattern(SKIP_LINK_PHRASES);

/** "Skip to content" links: in-page links for keyboard users of the original layout, noise in ours. */
export const removeSkipLinks: CleanupRule = {
  name: 'skip-link',
  removeFrom(root) {
    const links = Array.from(root.getElementsByTagName('a')).filter(
      (a) => (a.getAttribute('href') ?? '').startsWith('#') && SKIP_LINK.test(collapseWhitespace(a.textContent ?? '')),
    );
    return removeAllAndRecord(root, links, 'skip-link');
  },
};
