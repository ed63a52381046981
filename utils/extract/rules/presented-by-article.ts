/** Whether the article introduces a block of links itself, shared by the rules that remove lists and rails of links. */
import { collapseWhitespace, countWords } from '../text';
import { RELATED_HEADINGS } from '../phrases';
import { lineAfter, lineBefore, openingLines } from './block-signals';

/** A line of running text around a block, as opposed to a label or another list's item. */
const MIN_PROSE_LINE_WORDS = 10;
/** A related-stories label, alone or with a few words after it: "Read also:", "Most read in Local", "More in Sport ›". */
const RELATED_LABEL = new RegExp(`^\\s*(?:${RELATED_HEADINGS.join('|')})(?![\\p{L}])[^.!?]{0,40}$`, 'iu');

const lineText = (line: Element | null): string => (line ? collapseWhitespace(line.textContent ?? '') : '');

/**
 * A block the article itself presents (a list, a row of cards): the sentence before it announces it ("Here
 * are the courses Google offers:"), or it sits inside running text, a paragraph on each side. An article's
 * list of courses, patches or recipes is as linked as a menu or a rail; where it stands tells them apart. A
 * lead-in that is a related-stories label ("Read also:") presents no content, nor do headlines of the
 * site's other stories slipped between two paragraphs. `first` to `last`: the block,
 * or a run of sibling blocks.
 */
export function presentedByArticle(root: Element, pageUrl: string | null, first: Element, last: Element = first): boolean {
  // A rail that carries its own label ("Most read in Local") says what it is, wherever it stands.
  if (carriesRelatedLabel(first)) return false;
  const before = lineText(lineBefore(first, root));
  if (before.endsWith(':') && !RELATED_LABEL.test(before)) return true;
  const after = lineText(lineAfter(last, root));
  if (countWords(before) < MIN_PROSE_LINE_WORDS || countWords(after) < MIN_PROSE_LINE_WORDS) return false;
  // Inside running text, headlines of the site's other stories are still a teaser list slipped in.
  const blocks = first === last ? [first] : siblingsFrom(first, last);
  return !linksToSiblingStories(blocks, pageUrl);
}

/** Whether the block opens with, or follows, a related-stories label ("Read also:", "More in Sport"). */
export function labelledAsRelated(root: Element, block: Element): boolean {
  return carriesRelatedLabel(block) || RELATED_LABEL.test(lineText(lineBefore(block, root)));
}

function carriesRelatedLabel(block: Element): boolean {
  return RELATED_LABEL.test(lineText(openingLines(block, 1)[0] ?? null));
}

function siblingsFrom(first: Element, last: Element): Element[] {
  const blocks: Element[] = [];
  for (let el: Element | null = first; el; el = el === last ? null : el.nextElementSibling) blocks.push(el);
  return blocks;
}

/** A path's shape: its segments, with numbers and slugs ("moon-lander-plans.html") standing for any of their kind. */
function pathShape(url: URL): string {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? '#' : /[-_]/.test(segment) ? 'slug' : segment.toLowerCase()))
    .join('/');
}

/**
 * Whether most of the blocks' links go to pages shaped like this one: the same site and the same path pattern
 * (/news/10371941/hunter-… and /news/10371950/randy-…): other stories of the site, not the article's references.
 */
function linksToSiblingStories(blocks: readonly Element[], pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  const shape = pathShape(page);
  if (!shape.includes('slug')) return false;
  const links = blocks.flatMap((block) => Array.from(block.querySelectorAll('a[href]')));
  let siblings = 0;
  for (const a of links) {
    try {
      const url = new URL(a.getAttribute('href') ?? '', page);
      if (url.hostname === page.hostname && url.pathname !== page.pathname && pathShape(url) === shape) siblings++;
    } catch {
      // An address that does not parse is no story of the site.
    }
  }
  return links.length > 0 && siblings * 2 > links.length;
}

