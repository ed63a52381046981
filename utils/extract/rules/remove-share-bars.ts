import type { CleanupRule } from '../types';
import { SHARE_LABELS, SOCIAL_NETWORKS, wholePhrasePattern } from '../phrases';
import { collapseWhitespace } from '../text';
import { classAndId, isPageLevel, removeAllAndRecord, wordsIn, wordsInUpTo } from './block-signals';

const SHARE_NAME = /(?:^|[\s_-])(?:share|sharing|social|sharebar|share-bar|sharetools|share-tools|addthis|sharethis|shariff)(?:$|[\s_-])|share-?buttons|social-?(?:links|buttons|icons|share)/;
const SHARE_OR_NETWORK = wholePhrasePattern([...SHARE_LABELS, ...SOCIAL_NETWORKS]);
const SHARE_HOSTS = /facebook\.|twitter\.|x\.com\/intent|linkedin\.|whatsapp|wa\.me|t\.me\/share|telegram\.|reddit\.com\/submit|pinterest\.|^mailto:|\/share\b|\/intent\b|sharer|\/send\?/i;
const MAX_BAR_WORDS = 30;
/** A bar's own text is a label ("Share this article"); a sentence around the links makes it prose. */
const MAX_LABEL_WORDS = 6;

function wordsOutsideLinks(el: Element): number {
  let inLinks = 0;
  for (const link of Array.from(el.querySelectorAll('a, button'))) inLinks += wordsIn(link);
  return wordsIn(el) - inLinks;
}

/** True when most of the links in `el` are share links: to a network's share endpoint, or named after a network. */
function isMostlyShareLinks(el: Element): boolean {
  const links = Array.from(el.querySelectorAll('a, button'));
  if (links.length < 2) return false;
  let share = 0;
  for (const link of links) {
    const label = collapseWhitespace(link.textContent ?? '') || link.getAttribute('aria-label') || link.getAttribute('title') || '';
    if (SHARE_HOSTS.test(link.getAttribute('href') ?? '') || (label && SHARE_OR_NETWORK.test(label))) share++;
  }
  return share / links.length >= 0.6;
}

/**
 * Elements holding at least two links or buttons: only those can be mostly share links. Found from the links
 * up, so the rule reads the few blocks around links instead of every block of the page.
 */
function holdersOfLinks(root: Element): Set<Element> {
  const seen = new Set<Element>();
  const holders = new Set<Element>();
  for (const link of Array.from(root.querySelectorAll('a, button'))) {
    for (let el = link.parentElement; el && el !== root; el = el.parentElement) {
      if (holders.has(el)) break;
      if (seen.has(el)) holders.add(el);
      else seen.add(el);
    }
  }
  return holders;
}

/** Share bars: a short block named "share"/"social", or whose links are mostly share links. */
export const removeShareBars: CleanupRule = {
  name: 'share-bar',
  removeFrom(root) {
    const bars = new Set<Element>();
    const linkHolders = holdersOfLinks(root);
    for (const el of Array.from(root.querySelectorAll('div, ul, ol, section, aside, nav, footer, span, p'))) {
      if (!linkHolders.has(el) && !SHARE_NAME.test(classAndId(el))) continue;
      if (isPageLevel(el) || wordsInUpTo(el, MAX_BAR_WORDS) > MAX_BAR_WORDS) continue;
      if (wordsOutsideLinks(el) > MAX_LABEL_WORDS) continue;
      const named = SHARE_NAME.test(classAndId(el));
      if ((named && (isMostlyShareLinks(el) || wordsIn(el) <= 8)) || (!named && el.tagName !== 'SPAN' && isMostlyShareLinks(el))) bars.add(el);
    }
    return removeAllAndRecord(root, bars, 'share-bar');
  },
};
