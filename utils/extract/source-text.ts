import { blockText, collapseWhitespace } from './text';
import { WHITESPACE, withoutFinalMark, withoutLeading, withoutTrailing } from './trim';

/** A note's content: one element, or a run of sibling nodes (notes separated by `<br>` in one paragraph). */
export type NoteNodes = Node[];

/** Where a note's own label ("1", "[1]", "<sup>1</sup>") sits at its start. */
export interface LeadingLabel {
  label: string;
  /** The element holding only the label, or null when the label is a text prefix. */
  element: Element | null;
}

const LABEL_TAGS = new Set(['SUP', 'A', 'B', 'STRONG', 'SPAN', 'SMALL', 'EM', 'I', 'LABEL']);
const BRACKET_PREFIX = /^\s*\[(\d{1,3})\]/;
const NUMBER_PREFIX = /^\s*(\d{1,3})[.)]\s/;
/** Back-reference arrows and carets left where a note links back to its marker. */
const BACKREF_MARKS = /[↩↑⤴⬆︎️]|(^|\s)\^(?=\s|$)/gu;
/** What follows the opening brackets of a label-like text: "1)", "a.", "†", or nothing. */
const LABEL_REST = /^(?:\d{1,3}|[a-z]|[*†‡§]{1,3})?[\]).:\s]*$/i;

/**
 * A text that is only a label: "[1]", "(a)", "2.", "†", blank. Its opening brackets and spaces are trimmed by a
 * loop, not by `^[\s[(]*` in the pattern: with the closing `[\]).:\s]*`, that shared a long run of spaces in as
 * many ways as it has spaces (quadratic).
 */
function isLabelLike(text: string): boolean {
  return LABEL_REST.test(withoutLeading(text, `${WHITESPACE}[(`));
}

function firstMeaningfulChild(parent: Node): Node | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return n;
    if (n.nodeType === 1 && ((n.textContent ?? '').trim() || (n as Element).tagName === 'IMG')) return n;
  }
  return null;
}

function numericLabel(text: string): string | null {
  const bare = withoutFinalMark(text.trim().replace(/^[[(]\s*/, ''), '].):');
  if (/^\d{1,3}$/.test(bare)) return String(Number(bare));
  return /^[*†‡§]{1,3}$/.test(bare) ? bare : null;
}

/**
 * The label a note definition opens with: `<sup>1</sup>`, `<strong>1</strong>`, `<b><sup>1</sup> Note:</b>`,
 * `<a name="fn1">1</a>`, "[1] text"; "1. text" only where `allowNumberDot` (inside a notes section).
 */
export function leadingLabel(block: Node, allowNumberDot = false, depth = 0): LeadingLabel | null {
  const first = firstMeaningfulChild(block);
  if (!first) return null;
  if (first.nodeType === 3) {
    const text = first.nodeValue ?? '';
    const match = BRACKET_PREFIX.exec(text) ?? (allowNumberDot ? NUMBER_PREFIX.exec(text) : null);
    return match ? { label: String(Number(match[1])), element: null } : null;
  }
  const el = first as Element;
  if (!LABEL_TAGS.has(el.tagName)) return null;
  const label = numericLabel(el.textContent ?? '');
  if (label) return { label, element: el };
  return depth < 2 ? leadingLabel(el, allowNumberDot, depth + 1) : null;
}

/** Where a note's label would be: inside its first block when it starts with one (`<li><p><sup>1</sup>…`). */
function labelHolder(copy: Element): Element {
  let holder = copy;
  for (let first = firstMeaningfulChild(holder); first && first.nodeType === 1 && !LABEL_TAGS.has((first as Element).tagName); first = firstMeaningfulChild(holder)) {
    holder = first as Element;
  }
  return holder;
}

/** A detached copy of the note without its own label and without the links back to its markers. */
function cleanedCopy(nodes: NoteNodes, label: string | null): Element | null {
  const doc = nodes[0]?.ownerDocument;
  if (!doc) return null;
  const copy = doc.createElement('div');
  for (const node of nodes) copy.append(node.cloneNode(true));
  for (const link of Array.from(copy.querySelectorAll('a[href*="#"], a:not([href])'))) {
    if (isLabelLike(link.textContent ?? '') && !link.querySelector('img')) link.remove();
  }
  const lead = leadingLabel(labelHolder(copy), true);
  if (lead && (!label || lead.label === label || !/^\d+$/.test(label))) {
    if (lead.element) lead.element.remove();
    else stripLeadingText(copy, lead.label === label || !label ? [BRACKET_PREFIX, NUMBER_PREFIX] : [BRACKET_PREFIX]);
  }
  return copy;
}

function stripLeadingText(root: Element, patterns: readonly RegExp[]): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').trim()) continue;
    for (const pattern of patterns) node.nodeValue = (node.nodeValue ?? '').replace(pattern, '');
    return;
  }
}

/** The note's text: label and back-reference arrows removed, white space collapsed; null when nothing is left. */
export function noteTitle(nodes: NoteNodes, label: string | null): string | null {
  const copy = cleanedCopy(nodes, label);
  if (!copy) return null;
  const text = collapseWhitespace(blockText(copy).replace(/\n/g, ' ').replace(BACKREF_MARKS, ' '))
    .replace(/^[\s:.\-–—]+/, '')
    .trim();
  return text || null;
}

function absoluteHttpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The note's first outbound link, absolute; a bare address written in its text when it has no link; else null. */
export function noteLink(nodes: NoteNodes, pageUrl: string): string | null {
  const copy = cleanedCopy(nodes, null);
  if (!copy) return null;
  for (const link of Array.from(copy.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const url = absoluteHttpUrl(href, pageUrl);
    if (url) return url;
  }
  const written = /\bhttps?:\/\/[^\s<>"]+/.exec(copy.textContent ?? '')?.[0];
  const bare = written ? withoutTrailing(written, '.,;:)]') : '';
  return bare ? absoluteHttpUrl(bare, pageUrl) : null;
}
