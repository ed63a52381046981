import type { CleanupRule, Removal } from '../types';
import { countWords, PROSE_SKIPPED_TAGS } from '../text';
import { presentedByArticle } from './presented-by-article';
import { siteHost, webAddress } from '../links';
import { isPageLevel, removeGroupAndRecord } from './block-signals';
import { headingWords, namesHeading, type HeadingWords } from './article-headings';

/** A rail shows several stories side by side; two pictured links may be an article's own pair of pictures. */
const MIN_CARDS = 3;
/** A card is a picture, a kicker, a headline and at most a sentence or two of standfirst. */
const MAX_CARD_WORDS = 60;
/** What a rail holds besides its cards: its heading ("Most read in World", "More in Sport ›"). */
const MAX_LEFTOVER_WORDS = 10;
const PICTURE = 'img, picture';
const MEDIA = 'img, picture, video, iframe';
/** A headline that counts its items ("7 Healthy Air Fryer Recipes", "The 10 best walks"): a listicle. */
const COUNTED_HEADLINE = /^(?:the\s+|top\s+)?(\d{1,2})\s/i;
/** A link to a bigger copy of the picture is a gallery, not a teaser. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

interface Page {
  url: URL | null;
  host: string | null;
}

function pageOf(address: string | null): Page {
  try {
    const url = address ? new URL(address) : null;
    if (url) url.hash = '';
    return { url, host: url ? siteHost(url) : null };
  } catch {
    return { url: null, host: null };
  }
}

/**
 * Where a link goes, without its fragment: another page of the same site. Null for in-page, script and picture
 * links, for the page itself, and for other sites (a shopping list's pictures link to the shops).
 */
function linkTarget(a: Element, page: Page): string | null {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || IMAGE_FILE.test(href)) return null;
  const url = webAddress(href, page.url ?? undefined);
  if (!url || (page.host !== null && siteHost(url) !== page.host)) return null;
  url.hash = '';
  return url.href === page.url?.href ? null : url.href;
}

/** Whether `el` holds at most `max` words outside the blocks in `skip`; walks its text only until the count passes `max`. */
function hasAtMostWords(el: Element, max: number, skip: ReadonlySet<Element> = new Set()): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4, { acceptNode: (node) => (skip.has(node as Element) ? 2 : 1) });
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    words += countWords(node.nodeValue ?? '');
    if (words > max) return false;
  }
  return true;
}

/**
 * Teaser cards in the content: for each picture inside a link to another page, the largest block around it
 * that is short and links nowhere else. Memoized per element, so each block is judged once.
 */
function findCards(root: Element, page: Page): Map<Element, string> {
  const targetOf = new Map<Element, string | null>();
  /** The one page all of `el`'s links go to, or null when they go to none or to several. */
  const singleTarget = (el: Element): string | null => {
    if (targetOf.has(el)) return targetOf.get(el)!;
    let target: string | null = null;
    for (const a of Array.from(el.querySelectorAll('a[href]'))) {
      const t = linkTarget(a, page);
      if (t === null) continue;
      if (target !== null && t !== target) {
        target = null;
        break;
      }
      target = t;
    }
    const result = target !== null && hasAtMostWords(el, MAX_CARD_WORDS) ? target : null;
    targetOf.set(el, result);
    return result;
  };
  const cards = new Map<Element, string>();
  for (const picture of Array.from(root.querySelectorAll(PICTURE))) {
    if (picture.tagName === 'IMG' && picture.parentElement?.tagName === 'PICTURE') continue;
    const link = picture.closest('a[href]');
    if (!link || !root.contains(link)) continue;
    const target = linkTarget(link, page);
    if (target === null) continue;
    let card: Element = link;
    for (let up = link.parentElement; up && up !== root && up.tagName !== 'BODY' && singleTarget(up) === target; up = up.parentElement) card = up;
    cards.set(card, target);
  }
  return cards;
}

/**
 * The highest block around a run of cards that holds nothing else but headings ("Most read in World", "More in
 * Sport ›"): the whole rail, or several rails side by side. `cards` holds every card of every rail.
 */
function railAround(parent: Element, cards: ReadonlySet<Element>, railParents: readonly Element[], root: Element): Element | null {
  const outsideCards = (el: Element): boolean => !Array.from(cards).some((card) => card.contains(el));
  let rail: Element | null = null;
  for (let el: Element | null = parent; el && el !== root && !isPageLevel(el); el = el.parentElement) {
    const rails = railParents.filter((other) => el!.contains(other)).length;
    if (!hasAtMostWords(el, MAX_LEFTOVER_WORDS * rails, cards) || Array.from(el.querySelectorAll(MEDIA)).some(outsideCards)) break;
    rail = el;
  }
  return rail;
}

/** Share of a row's cards named again by the article's headings for the row to be the article's overview of its picks. */
const MIN_CARDS_NAMED_BELOW = 0.5;

/** The card's name: the text of its first link that has any ("Navee GT3", a headline). */
function cardName(card: Element): string {
  for (const a of Array.from(card.querySelectorAll('a[href]'))) {
    const text = (a.textContent ?? '').trim();
    if (text) return text;
  }
  return '';
}

/**
 * A roundup opens with a row of its picks ("Best under $500: Navee GT3"), each one reviewed further down under
 * its own heading; a rail's headlines lead to other pages and are not the article's headings.
 */
function overviewOfArticle(cards: readonly Element[], headings: HeadingWords): boolean {
  return cards.filter((card) => namesHeading(cardName(card), headings)).length >= cards.length * MIN_CARDS_NAMED_BELOW;
}

/** Groups that follow one another as siblings become one: rails stacked one under another are one removal. */
function adjacentRuns(groups: readonly Element[][]): Element[][] {
  const runs: Element[][] = [];
  for (const group of groups) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1]!.nextElementSibling === group[0]) last.push(...group);
    else runs.push([...group]);
  }
  return runs;
}

/**
 * Teaser rails Readability keeps ("Most read", "More from the site", a grid of story cards): three or more
 * sibling cards, each a picture that links to another story with a kicker, a headline or a line of standfirst,
 * each to a different story. The heading the rail leaves behind goes with it. An article's own pictures link
 * nowhere or to their full-size files, and its paragraphs are longer than a card; a roundup's cards (seven
 * recipes, the picks of a review) are announced by the article or sit inside its text, or are as many as its
 * headline counts, and stay.
 */
export const removeTeaserCards: CleanupRule = {
  name: 'teaser-cards',
  removeFrom(root, context) {
    const byParent = new Map<Element, Element[]>();
    const cards = findCards(root, pageOf(context.url));
    for (const card of cards.keys()) {
      const parent = card.parentElement;
      if (!parent) continue;
      const siblings = byParent.get(parent);
      if (siblings) siblings.push(card);
      else byParent.set(parent, [card]);
    }
    const counted = Number(COUNTED_HEADLINE.exec(context.headline.headline)?.[1] ?? 0);
    const candidates = Array.from(byParent).filter(
      ([, siblings]) => siblings.length >= MIN_CARDS && siblings.length !== counted && new Set(siblings.map((card) => cards.get(card))).size === siblings.length,
    );
    if (candidates.length === 0) return [];
    const candidateCards = candidates.flatMap(([, siblings]) => siblings);
    const headings = headingWords(root, (heading) => candidateCards.some((card) => card.contains(heading)));
    const rails = candidates.filter(([, siblings]) => !overviewOfArticle(siblings, headings));
    const railCards = new Set(rails.flatMap(([, siblings]) => siblings));
    const railParents = rails.map(([parent]) => parent);
    const chosen = rails
      .map(([parent, siblings]) => {
        const rail = railAround(parent, railCards, railParents, root);
        return rail ? [rail] : siblings;
      })
      .filter((group) => !presentedByArticle(root, context.url, group[0]!, group[group.length - 1]!));
    const removed: Removal[] = [];
    for (const group of adjacentRuns(chosen.filter((group) => !chosen.some((other) => other !== group && other.length === 1 && other[0]!.contains(group[0]!))))) {
      const record = removeGroupAndRecord(root, group, 'teaser-cards', { skipTags: PROSE_SKIPPED_TAGS });
      if (record) removed.push(record);
    }
    return removed;
  },
};
