/**
 * Very large pages (an article under tens of thousands of reader comments, an endless live page): the page
 * stage works on a copy of the part that holds the article instead of a copy of the whole page, so reading it
 * takes a fraction of a second instead of many, and the page is never frozen for long. Ordinary pages (the
 * largest news page in our corpora has about 10,000 elements) are copied whole, as before.
 */

import { capTitleOf } from './field-length';
import { squeezeCharacterRunsIn } from './character-runs';
import type { LargePageRegion } from './types';

/** Pages with more elements than this are read from their article region only. */
export const LARGE_PAGE_ELEMENTS = 30_000;
/** The most elements a region may hold: enough for any article with its figures and notes. */
export const MAX_REGION_ELEMENTS = 15_000;
/** Containers a page marks as its article, narrowest first. */
export const MARKED_ARTICLE = '[itemprop~="articleBody"], article, [role="article"], main, [role="main"]';
/** Paragraph characters read per candidate to rank it: enough to tell an article from a teaser. */
const RANKING_CHARS = 20_000;


export interface LargePageLimits {
  largePageElements: number;
  maxRegionElements: number;
}

const DEFAULT_LIMITS: LargePageLimits = { largePageElements: LARGE_PAGE_ELEMENTS, maxRegionElements: MAX_REGION_ELEMENTS };

const elementCount = (root: Element | Document): number => root.getElementsByTagName('*').length;

/** Characters of paragraph text in `root`, read up to `RANKING_CHARS`. */
function proseChars(root: Element): number {
  let chars = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    chars += (p.textContent ?? '').trim().length;
    if (chars >= RANKING_CHARS) break;
  }
  return chars;
}

/** The marked article container within budget that holds the most prose. */
function markedArticle(doc: Document, limits: LargePageLimits): Element | null {
  let best: Element | null = null;
  let bestChars = 0;
  for (const candidate of Array.from(doc.querySelectorAll(MARKED_ARTICLE))) {
    if (elementCount(candidate) > limits.maxRegionElements) continue;
    const chars = proseChars(candidate);
    if (chars > bestChars) [best, bestChars] = [candidate, chars];
  }
  return best;
}

/**
 * Without markup: the paragraph parent holding the most prose, widened to its largest ancestor within budget,
 * so the headline, byline and figures around the paragraphs come along.
 */
function proseRegion(doc: Document, limits: LargePageLimits): Element | null {
  const byParent = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (p.parentElement) byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let core: Element | null = null;
  let coreChars = 0;
  for (const [parent, chars] of byParent) if (chars > coreChars) [core, coreChars] = [parent, chars];
  if (!core || elementCount(core) > limits.maxRegionElements) return null;
  let region = core;
  for (let up = core.parentElement; up && up !== doc.body && elementCount(up) <= limits.maxRegionElements; up = up.parentElement) region = up;
  return region;
}

/**
 * The copy the page stage works on: the whole page cloned, or for a very large page its `<head>` and the
 * region holding the article, in a new inert document at the page's address. `region` says which. Its `<title>`
 * is capped (field-length.ts) and its text's runs of one character cut (character-runs.ts): every step after
 * reads them from the copy.
 */
export function workingCopyOf(doc: Document, limits: LargePageLimits = DEFAULT_LIMITS): { working: Document; region: LargePageRegion | null } {
  const copy = copyOf(doc, limits);
  capTitleOf(copy.working);
  if (copy.working.body) squeezeCharacterRunsIn(copy.working.body);
  return copy;
}

function copyOf(doc: Document, limits: LargePageLimits): { working: Document; region: LargePageRegion | null } {
  const pageElements = elementCount(doc);
  if (pageElements <= limits.largePageElements || !doc.body) return { working: doc.cloneNode(true) as Document, region: null };
  const marked = markedArticle(doc, limits);
  const chosen = marked ?? proseRegion(doc, limits);
  if (!chosen) return { working: doc.cloneNode(true) as Document, region: null };
  const working = doc.implementation.createHTMLDocument('');
  for (const { name, value } of Array.from(doc.documentElement.attributes)) working.documentElement.setAttribute(name, value);
  if (doc.head) working.documentElement.replaceChild(working.importNode(doc.head, true), working.head);
  // The copy's own address is about:blank: a <base> keeps relative links and notes resolving against the page.
  if (!working.querySelector('base[href]')) {
    const base = working.createElement('base');
    base.setAttribute('href', doc.baseURI);
    working.head.prepend(base);
  }
  working.body.append(working.importNode(chosen, true));
  return { working, region: { pageElements, regionElements: elementCount(chosen) + 1, chosenBy: marked ? 'article-markup' : 'prose' } };
}

/** How a very large page was read, checked: the popup and the reader show it from saved and imported records too. */
export function isLargePageRegion(value: unknown): value is LargePageRegion {
  if (typeof value !== 'object' || value === null) return false;
  const { pageElements, regionElements, chosenBy } = value as Record<string, unknown>;
  return Number.isSafeInteger(pageElements) && Number.isSafeInteger(regionElements) && (chosenBy === 'article-markup' || chosenBy === 'prose');
}
