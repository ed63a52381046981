import type { CleanupRule, Removal } from '../types';
import { classAndId, isPageLevel, labelElement, labelTextNodes, linkDensity, removeAllAndRecord, removeGroupAndRecord, wordsInUpTo } from './block-signals';
import { RAIL_LABEL } from '../story-rails';

const RELATED_NAME = /(?:^|[\s_-])(?:related|read-?also|read-?more|more-?from|more-?stories|latest|most-?read|most-?popular|popular|trending|recommended|recommendations|further-?reading|outbrain|taboola|also-?read|mehr-?zum-?thema|lire-?aussi)(?:$|[\s_-])/;
/** A teaser block is mostly links; the article around it is mostly prose. */
const MIN_TEASER_LINK_DENSITY = 0.5;
const MAX_TEASER_WORDS = 250;
const MAX_HEADLINE_WORDS = 30;

function isTeaserBlock(el: Element): boolean {
  // Inside a link to another page (a teaser card that is one big link: label, headline, picture), everything is link text.
  return !isPageLevel(el) && wordsInUpTo(el, MAX_TEASER_WORDS) <= MAX_TEASER_WORDS && (linkDensity(el) >= MIN_TEASER_LINK_DENSITY || el.closest('a[href]:not([href^="#"])') !== null);
}

/**
 * The block a "Read also" label introduces: the largest ancestor that is still a teaser block; failing that
 * (label and links are loose siblings in the article body), the label and the link lists right after it.
 */
function blocksIntroducedBy(label: Element): Element[] {
  let block: Element | null = null;
  for (let el: Element | null = label.parentElement; el && isTeaserBlock(el); el = el.parentElement) block = el;
  if (block) return [block];
  const blocks: Element[] = [];
  for (let next = label.nextElementSibling; next && (isTeaserBlock(next) || isListOfHeadlines(next)); next = next.nextElementSibling) blocks.push(next);
  // An inline "Read also: <a>Other story</a>" paragraph is a teaser on its own.
  if (blocks.length === 0 && label.parentElement && label.parentElement.tagName === 'P' && isTeaserLine(label.parentElement)) return [label.parentElement];
  return blocks.length > 0 ? [label, ...blocks] : [];
}

/** Under a label, a list of short items that each link somewhere: headlines linked in part ("Could an astronaut <a>use gravity</a>?"). */
function isListOfHeadlines(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = Array.from(el.children);
  return items.length > 0 && items.every((li) => li.tagName === 'LI' && li.querySelector('a[href]') !== null && wordsInUpTo(li, MAX_HEADLINE_WORDS) <= MAX_HEADLINE_WORDS) && wordsInUpTo(el, MAX_TEASER_WORDS) <= MAX_TEASER_WORDS;
}

function isTeaserLine(p: Element): boolean {
  return p.querySelector('a') !== null && wordsInUpTo(p, 40) <= 40 && linkDensity(p) >= 0.4;
}

/** "Read also", "Related", "Latest", "Most read", "Lire aussi", "Lesen Sie auch", "Lee también" blocks of links. */
export const removeRelatedBlocks: CleanupRule = {
  name: 'related-links',
  removeFrom(root) {
    const groups: Element[][] = [];
    for (const node of labelTextNodes(root, RAIL_LABEL)) {
      const label = labelElement(node);
      if (label && label !== root) groups.push(blocksIntroducedBy(label));
    }
    const removed: Removal[] = [];
    for (const group of groups) {
      const record = removeGroupAndRecord(root, group, 'related-links');
      if (record) removed.push(record);
    }
    const named = Array.from(root.querySelectorAll('div, section, aside, ul, ol, nav')).filter((el) => RELATED_NAME.test(classAndId(el)) && isTeaserBlock(el));
    return [...removed, ...removeAllAndRecord(root, named, 'related-links')];
  },
};
