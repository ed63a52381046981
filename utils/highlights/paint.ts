/**
 * Highlights painted into the rendered article body. A highlight is a span of the body's text (anchor.ts), so its
 * marks are built from the body's text nodes: every piece of text inside the span is wrapped in a <mark> of its own,
 * and the article's elements (links, emphasis, citation markers, list items, table cells) stay as they are, which no
 * single element around the span could do. Marks are created element by element: no HTML is parsed here
 * (build/no-html-sinks.ts).
 */
import type { TextSpan } from './anchor';
import type { HighlightColor } from './types';

/** The body's text with the text node each part comes from: `nodes[i]` holds `text` from `starts[i]` on. */
export interface TextIndex {
  root: Element;
  text: string;
  nodes: Text[];
  starts: number[];
}

export interface HighlightSpan {
  id: string;
  color: HighlightColor;
  /** What the highlight is called to assistive technology, e.g. "Yellow highlight". */
  label: string;
  start: number;
  end: number;
}

// DOM constants by value, so a document from jsdom or linkedom works without their window's globals.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;
const DISCONNECTED = 0x1;
const PRECEDING = 0x2;
const CONTAINS = 0x8;

/** Characters of a highlight's text its keyboard stop reads out after the label. */
const LABEL_TEXT_LIMIT = 150;

/** Elements whose content has no text of its own: a mark inside one is invalid HTML, and a table would hoist it out. */
const NO_TEXT_PARENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'menu', 'select', 'optgroup', 'datalist', 'hgroup', 'picture']);

/** Elements laid out as blocks: the whitespace between two of them is not rendered, and a mark there would be. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements a keyboard stop must not sit inside: HTML allows no tabindex descendant in them. */
const INTERACTIVE_ELEMENTS = new Set(['a', 'button', 'label', 'summary']);

/** HTML's inter-element whitespace; a no-break space is text. */
const INTER_ELEMENT_WHITESPACE = /^[ \t\n\f\r]*$/;

export function indexText(root: Element): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** The first node after `node` and its descendants, inside `root`. */
function nodeAfter(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** The first text node from `node` on, in document order, inside `root`. */
function firstTextFrom(node: Node | null, root: Node): Text | null {
  for (let current = node; current; current = current.firstChild ?? nodeAfter(current, root)) {
    if (current.nodeType === TEXT_NODE) return current as Text;
  }
  return null;
}

/** A range boundary as an offset in the body's text; one outside the body moves to its start or end. */
function offsetOfBoundary(index: TextIndex, container: Node, offset: number): number | null {
  const { root, nodes, starts, text } = index;
  if (container !== root && !root.contains(container)) {
    const position = root.compareDocumentPosition(container);
    if (position & DISCONNECTED) return null;
    if (position & CONTAINS) {
      const child = container.childNodes[offset];
      const beforeRoot = child !== undefined && (child === root || child.contains(root) || (root.compareDocumentPosition(child) & PRECEDING) !== 0);
      return beforeRoot ? 0 : text.length;
    }
    return position & PRECEDING ? 0 : text.length;
  }
  if (container.nodeType === TEXT_NODE) {
    const i = nodes.indexOf(container as Text);
    // A text node the index does not know: the body changed since it was indexed.
    return i === -1 ? null : starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // A boundary between nodes: the text after it begins at the next text node in document order.
  const after = container.nodeType === ELEMENT_NODE ? (container.childNodes[offset] ?? nodeAfter(container, root)) : nodeAfter(container, root);
  const next = firstTextFrom(after, root);
  if (!next) return text.length;
  const i = nodes.indexOf(next);
  return i === -1 ? null : starts[i]!;
}

/**
 * The body-text offsets a selection covers, without the whitespace at its edges (a double or triple click selects
 * the line break after a word or paragraph); null when it covers no text of the body. `index` must be of the body as
 * it is now: index again after painting.
 */
export function offsetsOfRange(index: TextIndex, range: Range): TextSpan | null {
  let start = offsetOfBoundary(index, range.startContainer, range.startOffset);
  let end = offsetOfBoundary(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  const { text } = index;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return start < end ? { start, end } : null;
}

/** Whether a mark may wrap `node`: valid HTML there, and not the unrendered whitespace between two blocks. */
function canHoldMark(node: Text): boolean {
  const parent = node.parentNode;
  if (!parent || parent.nodeType !== ELEMENT_NODE || NO_TEXT_PARENTS.has((parent as Element).localName)) return false;
  if (!INTER_ELEMENT_WHITESPACE.test(node.data)) return true;
  const isBlock = (sibling: Node | null) => sibling !== null && sibling.nodeType === ELEMENT_NODE && BLOCK_ELEMENTS.has((sibling as Element).localName);
  const { previousSibling: before, nextSibling: after } = node;
  return !((isBlock(before) || isBlock(after)) && (before === null || isBlock(before)) && (after === null || isBlock(after)));
}

/** `offset` moved off the middle of a surrogate pair, earlier for a start and later for an end. */
function wholeCharacterOffset(text: string, offset: number, direction: -1 | 1): number {
  const inPair = offset > 0 && offset < text.length && /[\uD800-\uDBFF]/.test(text[offset - 1]!) && /[\uDC00-\uDFFF]/.test(text[offset]!);
  return inPair ? offset + direction : offset;
}

/** `text` on one line, cut to the label's limit. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= LABEL_TEXT_LIMIT) return line;
  return `${line.slice(0, wholeCharacterOffset(line, LABEL_TEXT_LIMIT - 1, -1)).trimEnd()}…`;
}

/** Whether `element` or one of its ancestors below `root` is a link or a button. */
function isInteractive(element: Element | null, root: Element): boolean {
  for (let current = element; current && current !== root; current = current.parentElement) {
    if (INTERACTIVE_ELEMENTS.has(current.localName) && (current.localName !== 'a' || current.hasAttribute('href'))) return true;
  }
  return false;
}

interface Painting extends HighlightSpan {
  marks: HTMLElement[];
  /** The highlight's mark without its text, cloned for each piece: cheaper than building every mark. */
  template?: HTMLElement;
  head?: HTMLElement;
}

/** Where highlights start and end: at each offset, which of them (by position in the input) begin or stop. */
interface Boundary {
  at: number;
  starting: number[];
  ending: number[];
}

function boundariesOf(paintings: readonly Painting[]): Boundary[] {
  const byOffset = new Map<number, Boundary>();
  const boundaryAt = (at: number) => byOffset.get(at) ?? byOffset.set(at, { at, starting: [], ending: [] }).get(at)!;
  paintings.forEach(({ start, end }, i) => {
    boundaryAt(start).starting.push(i);
    boundaryAt(end).ending.push(i);
  });
  return [...byOffset.values()].sort((a, b) => a.at - b.at);
}

/** The highlights covering the text after `boundary`, in input order, from those covering the text before it. */
function crossBoundary(covering: number[], { starting, ending }: Boundary): number[] {
  return [...covering.filter((i) => !ending.includes(i)), ...starting].sort((a, b) => a - b);
}

function makeHead(mark: HTMLElement, label: string, text: string): void {
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', `${label}: ${excerpt(text)}`);
}

/** A piece of a text node: its offsets in the body's text and the highlights covering it, in input order. */
interface Piece {
  start: number;
  end: number;
  covering: number[];
}

/**
 * Marks, outer to inner, for the highlights covering a piece of text. A highlight's keyboard stop is its first mark
 * outside links and other stops with more than whitespace to read out, or its last if it has only whitespace there.
 */
function marksFor(paintings: Painting[], piece: Piece, text: string, insideInteractive: () => boolean, document: Document): HTMLElement[] {
  let insideHead = false;
  return piece.covering.map((i) => {
    const painting = paintings[i]!;
    if (!painting.template) {
      painting.template = document.createElement('mark');
      painting.template.className = `highlight highlight-${painting.color}`;
      painting.template.setAttribute('data-highlight-id', painting.id);
    }
    const mark = painting.template.cloneNode(false) as HTMLElement;
    painting.marks.push(mark);
    const readable = /\S/.test(text) || piece.end === painting.end;
    if (!painting.head && !insideHead && readable && !insideInteractive()) {
      makeHead(mark, painting.label, text);
      painting.head = mark;
    }
    insideHead ||= painting.head === mark;
    return mark;
  });
}

/**
 * Rewrites one text node as its pieces, each inside the marks of the highlights covering it. The node keeps the
 * first piece; marks are nested and filled before they go into the page, one insertion per piece.
 */
function markTextNode(node: Text, pieces: readonly Piece[], paintings: Painting[], index: TextIndex): void {
  const parent = node.parentNode!;
  const next = node.nextSibling;
  const document = node.ownerDocument;
  let interactive: boolean | undefined;
  const insideInteractive = () => (interactive ??= isInteractive(node.parentElement, index.root));
  pieces.forEach((piece, k) => {
    const text = index.text.slice(piece.start, piece.end);
    if (k === 0 && pieces.length > 1) node.data = text;
    const marks = marksFor(paintings, piece, text, insideInteractive, document);
    if (k === 0 && marks.length === 0) return;
    for (let m = 1; m < marks.length; m += 1) marks[m - 1]!.appendChild(marks[m]!);
    const content = k === 0 ? node : document.createTextNode(text);
    marks.at(-1)?.appendChild(content);
    parent.insertBefore(marks[0] ?? content, next);
  });
}

/**
 * Wraps the text of each highlight in marks, splitting text nodes where highlights start and end; returns each
 * highlight's marks in document order. Where highlights overlap, each wraps the text they share in a mark of its own,
 * earlier highlights outside later ones. A highlight's first mark is its keyboard stop (a button labelled with its
 * text, since a button's content is not read out) unless it sits inside a link or another highlight's stop, where
 * HTML allows no focusable element; then its first mark that does not is. The body's text is unchanged. Ids are
 * unique: a repeated id is painted once. `index`, when given, must be of `root` as it is now (no change since it was
 * taken): a click that just read the selection spares a second walk over a long article.
 */
export function paintHighlights(root: Element, highlights: readonly HighlightSpan[], index: TextIndex = indexText(root)): Map<string, HTMLElement[]> {
  const marksById = new Map<string, HTMLElement[]>();
  const paintings: Painting[] = [];
  for (const highlight of highlights) {
    if (marksById.has(highlight.id)) continue;
    const marks: HTMLElement[] = [];
    marksById.set(highlight.id, marks);
    const start = wholeCharacterOffset(index.text, Math.max(0, Math.min(highlight.start, index.text.length)), -1);
    const end = wholeCharacterOffset(index.text, Math.max(0, Math.min(highlight.end, index.text.length)), 1);
    if (Number.isInteger(start) && Number.isInteger(end) && start < end) paintings.push({ ...highlight, start, end, marks });
  }
  // One pass over the text nodes in order, carrying which highlights cover the text so far.
  const boundaries = boundariesOf(paintings);
  let b = 0;
  let covering: number[] = [];
  index.nodes.forEach((node, i) => {
    const nodeStart = index.starts[i]!;
    const nodeEnd = index.starts[i + 1] ?? index.text.length;
    for (; b < boundaries.length && boundaries[b]!.at <= nodeStart; b += 1) covering = crossBoundary(covering, boundaries[b]!);
    if (nodeStart === nodeEnd) return;
    const pieces: Piece[] = [];
    let pieceStart = nodeStart;
    for (; b < boundaries.length && boundaries[b]!.at < nodeEnd; b += 1) {
      pieces.push({ start: pieceStart, end: boundaries[b]!.at, covering });
      covering = crossBoundary(covering, boundaries[b]!);
      pieceStart = boundaries[b]!.at;
    }
    pieces.push({ start: pieceStart, end: nodeEnd, covering });
    if (pieces.some((piece) => piece.covering.length > 0) && canHoldMark(node)) markTextNode(node, pieces, paintings, index);
  });
  return marksById;
}

/**
 * A painted highlight's new colour and label (its colour or note changed): the marks keep their place, and the
 * keyboard stop among them, if any, is named again from its own text.
 */
export function restyleHighlight(marks: readonly HTMLElement[], color: HighlightColor, label: string): void {
  for (const mark of marks) {
    mark.classList.remove(...[...mark.classList].filter((name) => name.startsWith('highlight-')));
    mark.classList.add(`highlight-${color}`);
    if (mark.getAttribute('role') === 'button') mark.setAttribute('aria-label', `${label}: ${excerpt(mark.textContent ?? '')}`);
  }
}

/** Removes the marks of highlight `id`, keeping their text where it was and joining it back to its neighbours. */
export function unpaintHighlight(root: Element, id: string): void {
  const parents = new Set<Node>();
  // Hex escapes keep any id a valid CSS string (https://www.w3.org/TR/css-syntax-3/#consume-escaped-code-point).
  const quoted = id.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  for (const mark of Array.from(root.querySelectorAll(`mark[data-highlight-id="${quoted}"]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
