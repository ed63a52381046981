import type { CleanupRule } from '../types';
import { countWords } from '../text';
import { samePageFragment } from '../links';
import { headingWords, namesHeading, type HeadingWords } from './article-headings';
import { linkDensity, removeGroupAndRecord, wordsIn, wordsInUpTo } from './block-signals';

const MIN_ENTRIES = 3;
const MAX_CONTENTS_WORDS = 400;
/** Nearly all of a table of contents is its links; a list of notes with back-links is mostly the notes' text. */
const MIN_LINK_DENSITY = 0.6;
/** Share of the links that stay on the page, and of those that name one of the article's own headings. */
const MIN_IN_PAGE_SHARE = 0.8;
const MIN_HEADING_SHARE = 0.6;
/** The list's own title ("Table of Contents", "Jump to:", "In this article") is a short line, not a sentence. */
const MAX_TITLE_WORDS = 5;

function isTableOfContents(list: Element, headings: HeadingWords, pageUrl: string | null): boolean {
  const links = Array.from(list.querySelectorAll('a[href]'));
  const inPage = links.filter((a) => samePageFragment(a, pageUrl) !== null);
  if (inPage.length < MIN_ENTRIES || inPage.length < links.length * MIN_IN_PAGE_SHARE) return false;
  if (list.querySelector('[data-source-id]') || wordsInUpTo(list, MAX_CONTENTS_WORDS) > MAX_CONTENTS_WORDS || linkDensity(list) < MIN_LINK_DENSITY) return false;
  const named = inPage.filter((a) => namesHeading(a.textContent ?? '', headings)).length;
  return named >= inPage.length * MIN_HEADING_SHARE;
}

/** A label line: a few words, no sentence ("Great! Let's do this:" is the article leading into its list). */
function isLabel(text: string): boolean {
  return text !== '' && countWords(text) <= MAX_TITLE_WORDS && !/[.!?]/.test(text);
}

/**
 * The list with its title: the wrapper that holds only the two, or a label line just before it. Null for a
 * list without one: an untitled list of the article's sections is as often the article's own overview.
 */
function titledContents(list: Element, root: Element): Element[] | null {
  let block = list;
  const listWords = wordsIn(list);
  while (block.parentElement && block.parentElement !== root && wordsIn(block.parentElement) - listWords <= MAX_TITLE_WORDS) block = block.parentElement;
  if (block !== list) {
    const outside = (block.textContent ?? '').replace(list.textContent ?? '', '').trim();
    if (isLabel(outside)) return [block];
  }
  const title = block.previousElementSibling;
  return title && !title.querySelector('a, img') && isLabel(title.textContent?.trim() ?? '') ? [title, block] : null;
}

/**
 * A table of contents: a titled list whose links go to the article's own headings. The reader view shows the
 * headings themselves, and the links lead nowhere there (the sanitizer drops the ids they point to).
 */
export const removeTablesOfContents: CleanupRule = {
  name: 'table-of-contents',
  removeFrom(root, context) {
    const headings = headingWords(root);
    if (headings.length < MIN_ENTRIES) return [];
    const lists = Array.from(root.querySelectorAll('ul, ol, nav')).filter((list) => !list.parentElement?.closest('ul, ol, nav') && isTableOfContents(list, headings, context.url));
    return lists.flatMap((list) => {
      const block = titledContents(list, root);
      return (block && removeGroupAndRecord(root, block, 'table-of-contents')) ?? [];
    });
  },
};
