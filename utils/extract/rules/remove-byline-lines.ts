import type { CleanupRule, RuleContext } from '../types';
import { collapseWhitespace, countWords, isBlockElement } from '../text';
import { BYLINE_CREDIT_LABELS, DATELINE_LABELS, MONTH_NAMES, READING_TIME_PHRASES, RELATIVE_TIME_PHRASES, WEEKDAY_NAMES } from '../phrases';
import { hasTextExactly, holdersOf, removeAllAndRecord } from './block-signals';

/** A byline or dateline is a short line; anything longer is prose that merely mentions a date. */
const MAX_LINE_WORDS = 25;
/** The author's role beside the name in a credit line: "Transport Correspondent", "correspondante à Berlin". */
const MAX_ROLE_WORDS = 5;
/** A label left alone on its line ("By", "Updated") once its name or date went to a line of its own. */
const MAX_LABEL_ONLY_WORDS = 3;
/** Blocks that can hold a byline line. Headings and list items are left alone: a live blog's "10:32 a.m." heading or a timeline's date is content. */
const LINE_TAGS = 'p, div, span, small, time, address, header, footer';
/** Whatever stands in a list item or a table cell is that list's or table's content: a step's number, a schedule's date. */
const CONTENT_CELLS = 'li, td, th';
const BLOCK_INSIDE = 'p, div, ul, ol, table, figure, blockquote, section, article, h1, h2, h3, h4, h5, h6, pre, img, picture, video';

const alternatives = (phrases: readonly string[]): string => phrases.join('|');
// Each piece ends at a word's end: "il y a 2 h" must not match inside "il y a 2 heures".
const DATE_PIECES = new RegExp(
  `(?<![\\p{L}])(?:${[
    alternatives(READING_TIME_PHRASES),
    alternatives(RELATIVE_TIME_PHRASES),
    '\\d{4}-\\d{2}-\\d{2}(t[\\d:.]+(z|[+-][\\d:]+)?)?',
    '\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}',
    '\\d{1,2}[:.h]\\d{2}(\\s*(a\\.?m\\.?|p\\.?m\\.?))?',
    '\\d{1,2}\\s*(a\\.?m\\.?|p\\.?m\\.?)',
    `(${alternatives(MONTH_NAMES)})(?![\\p{L}])`,
    `(${alternatives(WEEKDAY_NAMES)})(?![\\p{L}])`,
    '\\b(gmt|utc|cet|cest|mez|mesz|bst|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|ist|jst|aest|aedt)\\b',
    '\\d{1,4}(er|st|nd|rd|th|\\.)?',
  ].join('|')})(?![\\p{L}])`,
  'giu',
);
/**
 * What makes a line about time: a month or weekday, a date or clock shape, a reading or relative time. A bare
 * number ("1", "47", "4.96 / 5.0", "4th") is a rank, rating or count as often as a day or a year, so it
 * only goes along with these, a label or the byline. A dotted time ("10.32") needs its "a.m." or "Uhr",
 * since "0.47" is a price change.
 */
const TIME_SIGNAL = new RegExp(
  `(?<![\\p{L}\\d.,])(?:${[
    alternatives(READING_TIME_PHRASES),
    alternatives(RELATIVE_TIME_PHRASES),
    '\\d{4}-\\d{2}-\\d{2}',
    '\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})',
    '([01]?\\d|2[0-3])[:h][0-5]\\d',
    '([01]?\\d|2[0-3])\\.[0-5]\\d\\s*(a\\.?m\\.?|p\\.?m\\.?|uhr)',
    '(1[0-2]|0?[1-9])\\s*(a\\.?m\\.?|p\\.?m\\.?)',
    `(${alternatives(MONTH_NAMES)})`,
    `(${alternatives(WEEKDAY_NAMES)})`,
  ].join('|')})(?![\\p{L}\\d])`,
  'iu',
);
const LABELS = new RegExp(`(?<![\\p{L}])(${alternatives(DATELINE_LABELS)})(?![\\p{L}])`, 'giu');
const SEPARATORS = /[\s·•|,;:/()–—\-@.]+/gu;
/** Where a credit line's fields part: "By Priya Okafor, Transport Correspondent · 2 March 2026". */
const FIELD_BREAKS = /[·•|,;]|\s[–—-]\s/u;
const CREDIT_START = new RegExp(`^(${alternatives(BYLINE_CREDIT_LABELS)})(?![\\p{L}])`, 'iu');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a line says nothing but what the metadata shows: the known byline, dates, times, reading time,
 * relative times and their labels. A name the metadata does not hold keeps the line ("By Jane Doe" stays
 * when the byline is someone else): it may be the only credit the reader would see. A line of numbers alone
 * ("1", "6676", "4.96 / 5.0") is a rank, rating or count, not a date.
 */
export function isBylineLine(text: string, context: Pick<RuleContext, 'byline'>): boolean {
  if (countWords(text) > MAX_LINE_WORDS) return false;
  const lowered = text.toLowerCase();
  const names = namePatterns(context.byline);
  let rest = lowered;
  let metadataPieces = 0;
  for (const pattern of names) {
    if (rest.search(pattern) >= 0) metadataPieces++;
    rest = rest.replace(pattern, ' ');
  }
  const namesAuthor = metadataPieces > 0;
  const withoutDates = rest.replace(DATE_PIECES, ' ');
  if (withoutDates !== rest) metadataPieces++;
  const withoutLabels = withoutDates.replace(LABELS, ' ');
  if (withoutLabels.replace(SEPARATORS, '').length > 0) return namesAuthor && isCreditWithRole(lowered, names);
  // A line must say something about the author or the time; digits and separators alone do not.
  const hasLabel = withoutLabels !== withoutDates;
  if (!namesAuthor && !hasLabel && !TIME_SIGNAL.test(rest)) return false;
  return metadataPieces > 0 || countWords(text) <= MAX_LABEL_ONLY_WORDS;
}

/** The names in the byline ("Jane Doe and John Roe", "Jane Doe, Staff Writer"), each as a pattern finding it in lower-cased text. */
function namePatterns(byline: string | null): RegExp[] {
  return (byline ?? '')
    // White space before a separator is matched from where it starts only: from inside a long run, each space would rescan the rest.
    .split(/(?:(?<!\s)\s+)?(?:,|&|\band\b|\bet\b|\bund\b|\by\b)\s*/u)
    .filter((name) => name.length > 1)
    .map((name) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name.toLowerCase())}(?![\\p{L}])`, 'gu'));
}

/**
 * A credit that gives the author's role beside the known name and a date or reading time ("By Priya Okafor,
 * Transport Correspondent · 2 March 2026", "Priya Okafor | Staff Writer | 4 min read"): it opens with a credit
 * label or the name, and the role is a short field of its own, so a sentence about the author never qualifies.
 */
function isCreditWithRole(lowered: string, names: readonly RegExp[]): boolean {
  if (!CREDIT_START.test(lowered) && !names.some((pattern) => lowered.search(pattern) === 0)) return false;
  if (!TIME_SIGNAL.test(lowered)) return false;
  let roles = 0;
  for (const field of lowered.split(FIELD_BREAKS)) {
    const withoutName = names.reduce((rest, pattern) => rest.replace(pattern, ' '), field);
    const withoutDates = withoutName.replace(DATE_PIECES, ' ');
    const left = collapseWhitespace(withoutDates.replace(LABELS, ' ').replace(SEPARATORS, ' '));
    if (left === '') continue;
    const isRole = withoutName === field && withoutDates === withoutName && countWords(left) <= MAX_ROLE_WORDS;
    if (!isRole || ++roles > 1) return false;
  }
  return true;
}

/** Whether a list item or a table cell inside the content holds `el` (the content itself may be a layout table's cell). */
function isInContentCell(el: Element, root: Element): boolean {
  const cell = el.closest(CONTENT_CELLS);
  return cell !== null && cell !== root && root.contains(cell);
}

/**
 * A block without blocks inside; an inline element (`<span class="timestamp">`) only when no text sits
 * beside it on its line: its siblings are blocks (the byline paragraph above it) or empty.
 */
function isStandaloneLine(el: Element, holdsBlock: ReadonlySet<Element>): boolean {
  if (holdsBlock.has(el)) return false;
  const inline = el.tagName === 'SPAN' || el.tagName === 'SMALL' || el.tagName === 'TIME';
  if (!inline) return true;
  const parent = el.parentElement;
  if (!parent) return false;
  return Array.from(parent.childNodes).every((node) => {
    if (node === el || (node.nodeType !== 1 && node.nodeType !== 3)) return true;
    if (node.nodeType === 3) return collapseWhitespace(node.nodeValue ?? '') === '';
    return isBlockElement(node as Element) || hasTextExactly(node as Element, '');
  });
}

/**
 * Lines that only repeat the byline, date or reading time the reader already sees in the article header
 * ("By Staff Writer · June 7, 2025 · 4 min read", "Published 3 hours ago", "Mis à jour le 7 juin 2025").
 */
export const removeBylineLines: CleanupRule = {
  name: 'byline-line',
  removeFrom(root, context) {
    const holdsBlock = holdersOf(root, BLOCK_INSIDE);
    const lines = Array.from(root.querySelectorAll(LINE_TAGS)).filter((el) => {
      if (!isStandaloneLine(el, holdsBlock) || isInContentCell(el, root)) return false;
      const text = collapseWhitespace(el.textContent ?? '');
      return text.length > 0 && isBylineLine(text, context);
    });
    return removeAllAndRecord(root, lines, 'byline-line');
  },
};
