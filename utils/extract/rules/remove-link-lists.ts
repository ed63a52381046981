import type { CleanupRule } from '../types';
import { isPageLevel, linkDensity, removeAllAndRecord, wordsInUpTo } from './block-signals';
import { presentedByArticle } from './presented-by-article';

/** A list of links to elsewhere (teasers without a heading, a site menu Readability kept) is almost all link text. */
const MIN_LINK_LIST_DENSITY = 0.7;
const MIN_LINKS = 3;
const MAX_LINK_LIST_WORDS = 300;
/** Blocks in the content that are lists of links: unlabelled teasers, menus, "more stories" rails. */
export const removeLinkLists: CleanupRule = {
  name: 'link-list',
  removeFrom(root, context) {
    const lists = Array.from(root.querySelectorAll('ul, ol, div, section, aside, nav, table')).filter((el) => {
      if (isPageLevel(el) || el.querySelector('[data-source-id]') || el.closest('blockquote')) return false;
      const links = el.querySelectorAll('a[href]');
      // In-page links (a table of contents) and citations are part of the article.
      const outbound = Array.from(links).filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'));
      return (
        outbound.length >= MIN_LINKS &&
        wordsInUpTo(el, MAX_LINK_LIST_WORDS) <= MAX_LINK_LIST_WORDS &&
        linkDensity(el) >= MIN_LINK_LIST_DENSITY &&
        !presentedByArticle(root, context.url, el)
      );
    });
    return removeAllAndRecord(root, lists, 'link-list');
  },
};
