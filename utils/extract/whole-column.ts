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
/** Lines shorter than this are labels and dates that a column may well drop; only prose lines are compared. */
const MIN_COMPARED_LINE_WORDS = 8;

/** Whether `column` holds most of `content`'s prose, line by line: reading it whole then loses nothing Readability kept. */
export function holdsMostOf(column: Element, content: Element): boolean {
  const columnText = ` ${comparableText(blockText(column))} `;
  let words = 0;
  let held = 0;
  for (const line of blockText(content).split('\n')) {
    const n = countWords(line);
    if (n < MIN_COMPARED_LINE_WORDS) continue;
    words += n;
    if (columnText.includes(` ${comparableText(line)} `)) held += n;
  }
  return held >= words * MIN_HELD_SHARE;
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
