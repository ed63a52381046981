/**
 * When Readability keeps only part of the article the page marks as such. Readability scores each block by the
 * paragraphs directly inside it and its parents; an article written as sections, each in its own wrapper (a
 * docs generator's `div.sect1`, a page builder's rows, a recipe's ingredients and steps), spreads the score
 * so that one section wins and the others are left out. The page's own markup (`articleBody`, `article`,
 * `main`) then tells where the whole article is, and it is read whole.
 */
import type { MainColumnMeasure } from './completeness';
import { findMarkedColumn } from './completeness';
import { blockText, comparableText, countWords } from './text';

/** Readability holds less than half of the marked column's prose: it kept part of the article, not the article with its margins. */
export const WHOLE_COLUMN_BELOW = 0.5;
/** ...and leaves out at least this many words of it: a box or two of prose is no missing article. */
export const MIN_MISSING_WORDS = 100;

/** The marked column's prose words, and how many of them Readability's content holds. */
export function columnCoverage(content: Element, column: Pick<MainColumnMeasure, 'paragraphs'>): { words: number; kept: number } {
  let words = 0;
  let kept = 0;
  const text = ` ${comparableText(blockText(content))} `;
  for (const paragraph of column.paragraphs) {
    const n = countWords(paragraph);
    words += n;
    if (text.includes(` ${comparableText(paragraph)} `)) kept += n;
  }
  return { words, kept };
}

export function keptPartOfColumn(content: Element, column: MainColumnMeasure | null): boolean {
  if (!column?.marked || column.paragraphs.length === 0) return false;
  const { words, kept } = columnCoverage(content, column);
  return kept < words * WHOLE_COLUMN_BELOW && words - kept >= MIN_MISSING_WORDS;
}

/** The column must hold this share of what Readability kept: a column elsewhere on the page is another block. */
export const MIN_HELD_SHARE = 0.8;
/** Holding less than this, the column and Readability's pick are two parts of the page, read side by side. */
export const APART_BELOW = 0.2;
/** Lines shorter than this are labels and dates that a column may well drop; only prose lines are compared. */
const MIN_COMPARED_LINE_WORDS = 8;

/** `el`'s lines of prose, labels, dates and captions left out. */
export const proseLines = (el: Element): string[] => blockText(el).split('\n').filter((line) => countWords(line) >= MIN_COMPARED_LINE_WORDS);

/** The share of `content`'s prose that `column` holds, line by line (1 when `content` holds no prose line). */
export function heldShare(column: Element, content: Element): number {
  const columnText = ` ${comparableText(blockText(column))} `;
  let words = 0;
  let held = 0;
  for (const line of proseLines(content)) {
    const n = countWords(line);
    words += n;
    if (columnText.includes(` ${comparableText(line)} `)) held += n;
  }
  return words === 0 ? 1 : held / words;
}

/** Whether `column` holds most of `content`'s prose: reading it whole then loses nothing Readability kept. */
export const holdsMostOf = (column: Element, content: Element): boolean => heldShare(column, content) >= MIN_HELD_SHARE;

/**
 * `content` and `column` in one container, in the order their first prose lines have in `pageText` (the
 * page's comparable text): Readability's pick outside the column (a recipe's introduction, or a disclosure
 * box) is kept beside the column rather than guessed away.
 */
export function joinInPageOrder(content: Element, column: Element, pageText: string): Element {
  const at = (el: Element): number => {
    const first = proseLines(el)[0];
    return first === undefined ? -1 : pageText.indexOf(comparableText(first));
  };
  const joined = content.ownerDocument.createElement('div');
  const contentFirst = at(content) <= at(column);
  joined.append(...(contentFirst ? [content, column] : [column, content]));
  return joined;
}

/**
 * What Readability strips from the node it picks whatever its score (`_clean` in its `_prepArticle`): page
 * furniture and form controls. Its score-based cleanup is left out: the column was never scored, and on an
 * unscored tree it takes whole sections.
 */
const NOT_ARTICLE = 'nav, aside, footer, form, fieldset, button, input, select, textarea, iframe, object, embed, link';

/**
 * The page's marked column from `working` (a pre-cleaned copy Readability has not touched), detached and
 * stripped of page furniture; null when the page marks no column.
 */
export function takeMarkedColumn(working: Document): Element | null {
  const column = findMarkedColumn(working.body);
  if (!column) return null;
  column.remove();
  for (const el of Array.from(column.querySelectorAll(NOT_ARTICLE))) el.remove();
  return column;
}
