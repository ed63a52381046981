import type { CleanupRule } from '../types';
import { blockText, collapseWhitespace, countWords } from '../text';
import { siteHost, webAddress } from '../links';
import { isPageLevel, linkDensity, removeAllAndRecord, wordsInUpTo } from './block-signals';
import { labelledAsRelated, presentedByArticle } from './presented-by-article';

/** A list of links to elsewhere (teasers without a heading, a site menu Readability kept) is almost all link text. */
const MIN_LINK_LIST_DENSITY = 0.7;
const MIN_LINKS = 3;
const MAX_LINK_LIST_WORDS = 300;
/** A lead-in inside the block ("Many patches were sent for review:") is the article presenting what follows. */
const MIN_LEAD_IN_WORDS = 3;
/** A link whose text is an address: a list of them is the article's references, which menus never look like. */
const ADDRESS_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
/** Share of a list's links that lead to other sites for it to be the article's picks rather than the site's own. */
const MIN_OTHER_SITE_SHARE = 2 / 3;

/**
 * What the article itself holds however linked it is: a data table (header cells over rows of names and
 * figures), a block that introduces its own list, a list of bare addresses (its references).
 */
function isArticleMaterial(el: Element, links: readonly Element[]): boolean {
  if (el.querySelector('th, thead')) return true;
  if (blockText(el).split('\n').some((line) => line.endsWith(':') && countWords(line) >= MIN_LEAD_IN_WORDS)) return true;
  return links.filter((a) => ADDRESS_TEXT.test(collapseWhitespace(a.textContent ?? ''))).length * 2 > links.length;
}

/**
 * A list whose links mostly lead to other sites is the article's own picks (the books, hotels, courses or tools
 * it recommends, its references); a site's menus and "more stories" rails link to the site itself.
 */
function picksFromOtherSites(links: readonly Element[], page: URL | null): boolean {
  if (!page) return false;
  const site = siteHost(page);
  const elsewhere = links.filter((a) => {
    const url = webAddress(a.getAttribute('href') ?? '', page);
    return url !== null && siteHost(url) !== site;
  }).length;
  return elsewhere >= links.length * MIN_OTHER_SITE_SHARE;
}

/** Blocks in the content that are lists of links: unlabelled teasers, menus, "more stories" rails. */
export const removeLinkLists: CleanupRule = {
  name: 'link-list',
  removeFrom(root, context) {
    const page = context.url ? webAddress(context.url) : null;
    const lists = Array.from(root.querySelectorAll('ul, ol, div, section, aside, nav, table')).filter((el) => {
      if (isPageLevel(el) || el.querySelector('[data-source-id]') || el.closest('blockquote')) return false;
      const links = el.querySelectorAll('a[href]');
      // In-page links (a table of contents) and citations are part of the article.
      const outbound = Array.from(links).filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'));
      return (
        outbound.length >= MIN_LINKS &&
        wordsInUpTo(el, MAX_LINK_LIST_WORDS) <= MAX_LINK_LIST_WORDS &&
        linkDensity(el) >= MIN_LINK_LIST_DENSITY &&
        !isArticleMaterial(el, outbound) &&
        !(picksFromOtherSites(outbound, page) && !labelledAsRelated(root, el)) &&
        !presentedByArticle(root, context.url, el)
      );
    });
    return removeAllAndRecord(root, lists, 'link-list');
  },
};
