import { siteHost, webAddress } from './links';
import { RELATED_HEADINGS, wholePhrasePattern } from './phrases';

/**
 * Story rails: the navigation, "Related", "Latest" and "Most read" lists that send the reader to other pages of
 * the same site. Numbered, and often in an `<aside>`, they look like a notes list, but they never are one.
 * Told by structure: a navigation landmark, a rail's label just before the list, or a list of the site's own
 * stories in the page's sidebar, header or footer (outside the article).
 */

/** A rail's label, whole: "Read also", "Most read", "Plus d'actualités". The related-blocks rule looks for the same labels. */
export const RAIL_LABEL = wholePhrasePattern(RELATED_HEADINGS);
const MAX_LABEL_LENGTH = 60;
const NAVIGATION = 'nav, [role=navigation]';
const PAGE_LANDMARKS = 'aside, header, footer, [role=complementary], [role=banner], [role=contentinfo]';
const ARTICLE = 'article, [role=article], [itemprop=articleBody]';
/** How far up from a list its label is looked for: a heading is seldom more than a few wrappers away. */
const LABEL_LEVELS = 4;
/** Share of a teaser's letters that are the text of its links to the site's other pages. */
const TEASER_LINK_SHARE = 0.6;
const MIN_RAIL_ITEMS = 2;

/** Whether a node sits in a story rail; one check per page, its answers kept per list or block. */
export function storyRailCheck(pageUrl: string): (node: Node) => boolean {
  const page = parsedUrl(pageUrl);
  const answers = new Map<Element, boolean>();
  return (node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    if (el.closest(NAVIGATION)) return true;
    const holder = el.closest('ol, ul') ?? el;
    let answer = answers.get(holder);
    if (answer === undefined) {
      answer = isRail(holder, page);
      answers.set(holder, answer);
    }
    return answer;
  };
}

/** A list, or a block of teasers, under a rail's label or in the page's chrome; prose is never a rail. */
function isRail(holder: Element, page: URL | null): boolean {
  const list = isList(holder);
  const teasers = list ? isTeaserList(holder, page) : isTeaser(holder, page);
  if (!list && !teasers) return false;
  if (hasRailLabel(holder, teasers, page)) return true;
  const landmark = holder.closest(PAGE_LANDMARKS);
  return teasers && landmark !== null && landmark.closest(ARTICLE) === null;
}

function isList(el: Element): boolean {
  return el.tagName === 'OL' || el.tagName === 'UL';
}

/** "Most read", "Latest", "Lire aussi" just before the list (climbing out of its wrappers), or as its `aria-label`. */
function hasRailLabel(holder: Element, teasers: boolean, page: URL | null): boolean {
  const named = holder.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
  if (named && isRailLabel(named)) return true;
  let el: Element | null = holder;
  for (let level = 0; el && level < LABEL_LEVELS && el.tagName !== 'BODY'; level++, el = el.parentElement) {
    for (let before = el.previousElementSibling; before; before = before.previousElementSibling) {
      const text = before.textContent ?? '';
      if (!text.trim()) continue;
      // A teaser block's label sits above the teasers before it, not above the block itself.
      if (teasers && !isList(holder) && isTeaser(before, page)) continue;
      return isRailLabel(text);
    }
  }
  return false;
}

function isRailLabel(text: string): boolean {
  const label = text.replace(/\s+/g, ' ').trim();
  return label.length <= MAX_LABEL_LENGTH && RAIL_LABEL.test(label);
}

function isTeaserList(list: Element, page: URL | null): boolean {
  const items = Array.from(list.children).filter((child) => child.tagName === 'LI' && (child.textContent ?? '').trim());
  return items.length >= MIN_RAIL_ITEMS && items.every((item) => isTeaser(item, page));
}

/** A block whose text is mostly links to other pages of the same site: a story's headline, a rank, a time. */
function isTeaser(el: Element, page: URL | null): boolean {
  if (!page) return false;
  const total = letters(el.textContent ?? '');
  if (total === 0) return false;
  let linked = 0;
  for (const link of Array.from(el.querySelectorAll('a[href]'))) {
    if (isOtherPageOfSite(link.getAttribute('href') ?? '', page)) linked += letters(link.textContent ?? '');
  }
  return linked / total >= TEASER_LINK_SHARE;
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]+/gu, '').length;
}

function isOtherPageOfSite(href: string, page: URL): boolean {
  const url = webAddress(href, page);
  if (!url) return false;
  return siteHost(url) === siteHost(page) && url.pathname + url.search !== page.pathname + page.search;
}

function parsedUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
