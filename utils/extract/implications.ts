import type { Implication } from './types';
import { IMPLICATION_HEADINGS, wholePhrasePattern } from './phrases';
import { collapseWhitespace, countWords } from './text';
import { withoutFinalMark } from './trim';

/**
 * The article's own list of implications or key points, read from Readability's cleaned content
 * so a list in a sidebar never counts. A list qualifies by a heading or bold line just before it ("Implications",
 * "Key takeaways", "Was das bedeutet"...), or by most of its items opening with a bold "Label:". Nothing is invented:
 * a page without such a list gives `[]`.
 */

const IMPLICATION_HEADING = wholePhrasePattern(IMPLICATION_HEADINGS);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Share of items that must open with a bold "Label:" for a list without a heading to count. */
const MIN_LABELLED_SHARE = 0.6;
/** Without a heading, labelled items must be statements, not "Saturday: 9am to 6pm". */
const MIN_LABELLED_ITEM_WORDS = 6;
const MAX_LABEL_WORDS = 8;
const BOLD_TAGS = new Set(['STRONG', 'B']);

interface LeadIn {
  label: string;
  /** The bold element, and the text node holding the colon when it follows the bold text. */
  element: Element;
}

function normalizedApostrophes(text: string): string {
  return collapseWhitespace(text.replace(/[’‘`]/g, "'"));
}

/** A heading, or a paragraph (or div) that is nothing but one bold line. */
function isHeadingLike(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName)) return true;
  if (!['P', 'DIV'].includes(el.tagName) || el.children.length !== 1) return false;
  const only = el.firstElementChild!;
  return (BOLD_TAGS.has(only.tagName) || HEADING_TAGS.has(only.tagName)) && collapseWhitespace(el.textContent ?? '') === collapseWhitespace(only.textContent ?? '');
}

/** The element right before the list, looking out of wrappers the list opens (`<div><ul>` after an `<h3>`). */
function elementBefore(list: Element, content: Element): Element | null {
  for (let node: Element | null = list; node && node !== content; node = node.parentElement) {
    let previous = node.previousElementSibling;
    while (previous && !(previous.textContent ?? '').trim()) previous = previous.previousElementSibling;
    if (previous) return previous;
  }
  return null;
}

function hasImplicationHeading(list: Element, content: Element): boolean {
  const before = elementBefore(list, content);
  if (!before || !isHeadingLike(before)) return false;
  const text = normalizedApostrophes(before.textContent ?? '');
  return text.length <= 100 && IMPLICATION_HEADING.test(text);
}

/** A bold "Label:" opening the item (the colon inside the bold text or right after it). */
function leadInOf(item: Element): LeadIn | null {
  let first: Node | null = item.firstChild;
  while (first && first.nodeType === 3 && !(first.nodeValue ?? '').trim()) first = first.nextSibling;
  if (!first || first.nodeType !== 1) return null;
  let bold = first as Element;
  if (bold.tagName === 'P' && bold.firstElementChild && BOLD_TAGS.has(bold.firstElementChild.tagName)) bold = bold.firstElementChild;
  if (!BOLD_TAGS.has(bold.tagName)) return null;
  const boldText = collapseWhitespace(bold.textContent ?? '');
  const after = bold.nextSibling?.nodeType === 3 ? bold.nextSibling.nodeValue ?? '' : '';
  if (!boldText.endsWith(':') && !/^\s*:/.test(after)) return null;
  const label = withoutFinalMark(boldText, ':');
  if (!label || countWords(label) > MAX_LABEL_WORDS) return null;
  return { label, element: bold };
}

/** The item's text without its label and without citation markers, white space collapsed. */
function itemText(item: Element, leadIn: LeadIn | null): string {
  const copy = item.cloneNode(true) as Element;
  for (const marker of Array.from(copy.querySelectorAll('[data-source-id]'))) (marker.closest('sup') ?? marker).remove();
  let text = copy.textContent ?? '';
  if (leadIn) {
    const label = collapseWhitespace(leadIn.element.textContent ?? '');
    text = collapseWhitespace(text);
    if (text.startsWith(label)) text = text.slice(label.length).replace(/^\s*:/, '');
  }
  // From where the white space starts only: from inside a long run, each space would rescan the rest of it.
  return collapseWhitespace(text).replace(/(?<!\s)\s+([.,;:!?])/g, '$1');
}

function sourceIdsOf(item: Element): string[] {
  const ids = Array.from(item.querySelectorAll('[data-source-id]')).map((m) => m.getAttribute('data-source-id') ?? '');
  return [...new Set(ids.filter(Boolean))];
}

function itemsOf(list: Element): Element[] {
  return Array.from(list.children).filter((c) => c.tagName === 'LI' && (c.textContent ?? '').trim());
}

function isLabelledList(items: readonly Element[]): boolean {
  if (items.length < 2) return false;
  const labelled = items.filter((item) => {
    const leadIn = leadInOf(item);
    return leadIn !== null && countWords(itemText(item, leadIn)) >= MIN_LABELLED_ITEM_WORDS;
  });
  return labelled.length / items.length >= MIN_LABELLED_SHARE;
}

function toImplications(items: readonly Element[]): Implication[] {
  return items.map((item) => {
    const leadIn = leadInOf(item);
    return { label: leadIn?.label ?? null, text: itemText(item, leadIn), sourceIds: sourceIdsOf(item) };
  });
}

/** The article's own list of implications or key points; `[]` when it has none. */
export function findImplications(content: Element): Implication[] {
  const lists = Array.from(content.querySelectorAll('ul, ol')).filter((list) => !list.parentElement?.closest('li'));
  const headed = lists.find((list) => itemsOf(list).length > 0 && hasImplicationHeading(list, content));
  if (headed) return toImplications(itemsOf(headed));
  const labelled = lists.find((list) => isLabelledList(itemsOf(list)));
  return labelled ? toImplications(itemsOf(labelled)) : [];
}
