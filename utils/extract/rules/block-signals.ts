/** Structural and text signals the cleanup rules share: how much of a block is links, how long it is, what it is named. */
import type { Removal, RemovalPlace } from '../types';
import { collapseWhitespace, countWords, blockText, endsWithWordCharacter, hasUnspacedScript, startsWithWordCharacter, countWordTokens, isBlockElement } from '../text';
import { blockFingerprint } from '../fingerprint';

const SHOW_TEXT = 4;

/** A generated identifier (`block-ddd261f2-56d7-4daf-ad66-f086977fc075`): its hex runs spell "ad" by chance. */
const GENERATED_ID = /[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/g;

/** The class and id of an element, lower-cased, for name signals like "share-bar" or "newsletter". */
export function classAndId(el: Element): string {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  // Asked of nearly every element by several rules: names too short to hold an identifier skip the search.
  return names.length < 36 ? names : names.replace(GENERATED_ID, ' ');
}

export function textLength(el: Node): number {
  return collapseWhitespace(el.textContent ?? '').length;
}

export function wordsIn(el: Element): number {
  return countWords(el.textContent ?? '');
}

/**
 * `wordsIn(el)` when it is at most `limit`, else some number above `limit`, read only as far as needed:
 * rules ask "is this block short?" of every block on the page, and a page-sized block answers after a
 * few text nodes instead of after all of them. Exact: counted node by node, a word split across two text
 * nodes counts once, as in `textContent`; text in scripts written without spaces is counted whole.
 */
export function wordsInUpTo(el: Element, limit: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let words = 0;
  let endsInWord = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value === '') continue;
    if (hasUnspacedScript(value)) return wordsIn(el);
    const tokens = countWordTokens(value);
    words += tokens - (endsInWord && startsWithWordCharacter(value) ? 1 : 0);
    if (words > limit) return words;
    endsInWord = endsWithWordCharacter(value);
  }
  return words;
}

/**
 * The element's text, white space collapsed, when that is at most `maxChars` long; else null, read only as
 * far as needed. Exact, because appending text never shortens the collapsed text.
 */
export function shortTextOf(el: Element, maxChars: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let text = '';
  let nextCheck = maxChars;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
    if (text.length <= nextCheck) continue;
    if (collapseWhitespace(text).length > maxChars) return null;
    nextCheck = text.length * 2;
  }
  const collapsed = collapseWhitespace(text);
  return collapsed.length <= maxChars ? collapsed : null;
}

/** Whether `el`'s collapsed text is exactly `text` (already collapsed); reads no more of `el` than that. */
export function hasTextExactly(el: Element, text: string): boolean {
  return shortTextOf(el, text.length) === text;
}

/** Share of an element's text that sits inside links (0 for an element without text). */
export function linkDensity(el: Element | DocumentFragment): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textLength(a);
  return Math.min(1, linked / total);
}

/** The longest label a rule looks for; text nodes longer than three times this are never labels. */
const MAX_LABEL_LENGTH = 300;

interface ShortText {
  node: Text;
  /** The node's length as it stands, and its text with white space collapsed. */
  length: number;
  text: string;
}

/**
 * The short text nodes of the tree the rules are running on, read once for all the rules that look for labels
 * (six of them): within one `applyRules` run text is only ever removed, never added or changed, so a node still
 * inside the root still has the text read here.
 */
let shortTexts: { root: Element; texts: ShortText[] | null } | null = null;

/** Runs `apply` with the short texts of `root` read at most once; see `shortTexts`. */
export function withShortTextsOf<T>(root: Element, apply: () => T): T {
  const outer = shortTexts;
  shortTexts = { root, texts: null };
  try {
    return apply();
  } finally {
    shortTexts = outer;
  }
}

/** The text nodes of `root` of at most `maxLength * 3` characters that hold more than white space. */
function readShortTexts(root: Element, maxLength: number): ShortText[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const texts: ShortText[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    // Most text nodes are the white space between tags: trim() tells them apart at once.
    if (value.length > maxLength * 3 || value.trim() === '') continue;
    const text = collapseWhitespace(value);
    if (text) texts.push({ node: node as Text, length: value.length, text });
  }
  return texts;
}

/** Text nodes whose whole trimmed text matches `pattern` (short labels such as "Read also:"), in document order. */
export function labelTextNodes(root: Element, pattern: RegExp, maxLength = 80): Text[] {
  const shared = shortTexts !== null && shortTexts.root === root && maxLength <= MAX_LABEL_LENGTH;
  const texts = shared ? (shortTexts!.texts ??= readShortTexts(root, MAX_LABEL_LENGTH)) : readShortTexts(root, maxLength);
  const found: Text[] = [];
  for (const { node, length, text } of texts) {
    if (length > maxLength * 3 || text.length > maxLength || !pattern.test(text)) continue;
    // An earlier rule may have removed it since it was read.
    if (!shared || root.contains(node)) found.push(node);
  }
  return found;
}

/** The nearest ancestor (or self) that is an element whose own text equals the label, e.g. the `<h3>` around "Latest". */
export function labelElement(node: Text): Element | null {
  const label = collapseWhitespace(node.nodeValue ?? '');
  let el = node.parentElement;
  while (el && el.parentElement && hasTextExactly(el.parentElement, label)) el = el.parentElement;
  return el;
}

/**
 * What the pipeline needs to let a reader put a removal back: the removed elements (their HTML is sanitized
 * once, at the end) and where they stood. Kept beside the record, so rules and their tests see plain records.
 */
const restoreInfo = new WeakMap<Removal, { blocks: readonly Element[]; place: RemovalPlace }>();

export function restoreInfoOf(removal: Removal): { blocks: readonly Element[]; place: RemovalPlace } | undefined {
  return restoreInfo.get(removal);
}

/** `rule\nfingerprint` of the blocks the reader chose to keep on this page's site; set only while extracting. */
let keptBlocks: ReadonlySet<string> | null = null;

/** Runs `extract` with the reader's keep rules in force: a rule named there leaves a block with that fingerprint alone. */
export function withKeptBlocks<T>(keys: ReadonlySet<string>, extract: () => T): T {
  keptBlocks = keys.size > 0 ? keys : null;
  try {
    return extract();
  } finally {
    keptBlocks = null;
  }
}

const isKept = (rule: string, text: string): boolean => keptBlocks !== null && keptBlocks.has(`${rule}\n${blockFingerprint(text)}`);

const ANCHOR_MIN = 15;
const ANCHOR_CHARS = 60;
const ANCHOR_STEPS = 400;
const NO_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const edgeChild = (node: Node, direction: -1 | 1): Node | null => (direction < 0 ? node.lastChild : node.firstChild);

/** The nearest readable text before (`-1`) or after (`1`) `el` in document order, outside `el`; a bounded walk. */
function neighbourText(el: Element, direction: -1 | 1): string | null {
  let node: Node | null = el;
  for (let steps = 0; node && steps < ANCHOR_STEPS; steps++) {
    const sibling: Node | null = direction < 0 ? node.previousSibling : node.nextSibling;
    if (!sibling) {
      node = node.parentNode;
      // Never past the body: the head's <title> is no place in the article.
      if (!node || node.nodeName === 'BODY' || node.nodeType !== 1) return null;
      continue;
    }
    node = sibling;
    // Into the sibling, to its text nearest to `el`.
    for (let inner = edgeChild(node, direction); inner && !NO_TEXT_PARENTS.has(node.nodeName); inner = edgeChild(node, direction)) node = inner;
    if (node.nodeType !== 3 || NO_TEXT_PARENTS.has(node.parentNode?.nodeName ?? '')) continue;
    const text = collapseWhitespace(node.nodeValue ?? '');
    if (text.length < ANCHOR_MIN) continue;
    if (text.length <= ANCHOR_CHARS) return text;
    // Whole words only: the words nearest to the block, about ANCHOR_CHARS of them.
    return direction < 0 ? text.slice(-ANCHOR_CHARS).replace(/^\S*\s/, '') : text.slice(0, ANCHOR_CHARS).replace(/\s\S*$/, '');
  }
  return null;
}

function record(rule: string, text: string, blocks: readonly Element[]): Removal {
  const removal: Removal = { rule, text };
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  restoreInfo.set(removal, { blocks, place: { after: neighbourText(first, -1), before: neighbourText(last, 1) } });
  return removal;
}

/** Removes an element from its (cloned) tree and says what went: the rule and the text a reader would have seen. */
export function removeAndRecord(el: Element, rule: string): Removal | null {
  const text = blockText(el);
  if (text && isKept(rule, text)) return null;
  const removal = text ? record(rule, text, [el]) : null;
  el.remove();
  return removal;
}

/**
 * Removes every element of `elements` still inside `root` (one may have gone with an ancestor already),
 * outermost first, and records each. `root` itself is never removed.
 */
export function removeAllAndRecord(root: Element, elements: Iterable<Element>, rule: string): Removal[] {
  const removed: Removal[] = [];
  const chosen = new Set(elements);
  for (const el of chosen) {
    if (el === root || !root.contains(el) || hasAncestorIn(el, chosen)) continue;
    const record = removeAndRecord(el, rule);
    if (record) removed.push(record);
  }
  return removed;
}

function hasAncestorIn(el: Element, set: Set<Element>): boolean {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return true;
  return false;
}

/**
 * Removes a run of sibling blocks that belong together (a label and its lists) as one recorded removal.
 * `skipTags` leaves tags out of the recorded text (a teaser rail's picture credits, as the article's text does).
 */
export function removeGroupAndRecord(root: Element, group: readonly Element[], rule: string, options: { skipTags?: ReadonlySet<string> } = {}): Removal | null {
  const present = group.filter((el) => el !== root && root.contains(el));
  const text = present.map((el) => blockText(el, options)).filter(Boolean).join('\n');
  if (text && isKept(rule, text)) return null;
  const removal = text ? record(rule, text, present) : null;
  for (const el of present) el.remove();
  return removal;
}

/**
 * The elements of `root` (and `root`) with at least one descendant matching `selector`: what
 * `el.querySelector(selector) !== null` answers, for every element at once. One query and a walk up from each
 * match, instead of a query per element (slow in jsdom, and quadratic on a page of nested blocks).
 */
export function holdersOf(root: Element, selector: string): Set<Element> {
  const holders = new Set<Element>();
  for (const match of Array.from(root.querySelectorAll(selector))) {
    for (let el = match.parentElement; el && !holders.has(el); el = el === root ? null : el.parentElement) holders.add(el);
  }
  return holders;
}

/** `<p>` elements that hold no other `<p>` (Readability turns some `<div>`s into `<p>`s around paragraphs). */
export function leafParagraphs(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p')).filter((p) => p.querySelector('p') === null);
}

const LEAF_CANDIDATES = 'p, div, li, dd, dt, h2, h3, h4, h5, h6, small, span, figcaption, footer, address, section, aside';
const BLOCK_INSIDE = 'p, div, li, ul, ol, table, figure, blockquote, section, article, aside, h1, h2, h3, h4, h5, h6, pre, img, picture, video, iframe';

/**
 * Blocks that stand alone as one line of text: no block inside them, and (for inline tags such as
 * `<span>`) their parent holds nothing else. Rules that judge a whole line read these.
 */
export function standaloneLines(root: Element): Element[] {
  const holdsBlock = holdersOf(root, BLOCK_INSIDE);
  return Array.from(root.querySelectorAll(LEAF_CANDIDATES)).filter((el) => {
    if (holdsBlock.has(el)) return false;
    if (el.tagName === 'SPAN' || el.tagName === 'SMALL') {
      const parent = el.parentElement;
      return parent !== null && hasTextExactly(parent, collapseWhitespace(el.textContent ?? ''));
    }
    return true;
  });
}

/** Elements that hold the article as a whole and so are never removed as a "block". */
export function isPageLevel(el: Element): boolean {
  const tag = el.tagName;
  return tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE';
}


/**
 * The last `count` lines of the content, last first: for each of the last text nodes, the element that holds
 * its line and nothing else (its block, or the inline element standing alone among blocks, as an `<em>` note
 * after the last paragraph), widened to wrappers with the same text. A backward walk over the last lines only.
 */
export function closingLines(root: Element, count: number): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const lines: Element[] = [];
  walker.currentNode = root;
  let node: Node | null = root.lastChild;
  while (node && node.lastChild) node = node.lastChild;
  if (node) walker.currentNode = node;
  for (let text: Node | null = node && node.nodeType === 3 ? node : walker.previousNode(); text && lines.length < count; text = walker.previousNode()) {
    if (collapseWhitespace(text.nodeValue ?? '') === '' || NO_TEXT_PARENTS.has(text.parentNode?.nodeName ?? '')) continue;
    const line = lineOf(text, root);
    // Loose text among blocks is no line of its own.
    if (!line) continue;
    lines.push(line);
    // On to the text before this line.
    walker.currentNode = line;
  }
  return lines;
}

/** The first `count` lines of the content, in order: as `closingLines`, walking forward from the start. */
export function openingLines(root: Element, count: number): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const lines: Element[] = [];
  for (let text = walker.nextNode(); text && lines.length < count; text = walker.nextNode()) {
    if (collapseWhitespace(text.nodeValue ?? '') === '' || NO_TEXT_PARENTS.has(text.parentNode?.nodeName ?? '')) continue;
    const line = lineOf(text, root);
    if (!line) continue;
    lines.push(line);
    // On to the text after this line: its last text node, from which the walk goes on.
    let last: Node = line;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
  }
  return lines;
}

/** The line of text just before `el` in reading order, inside `root`; null when `el` opens the content. */
export function lineBefore(el: Element, root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  // Text inside `el` comes after it in document order: stepping back from `el` reaches only text before it.
  walker.currentNode = el;
  for (let text = walker.previousNode(); text; text = walker.previousNode()) {
    if (collapseWhitespace(text.nodeValue ?? '') === '' || NO_TEXT_PARENTS.has(text.parentNode?.nodeName ?? '')) continue;
    const line = lineOf(text, root);
    if (line && !line.contains(el)) return line;
  }
  return null;
}

/** The line of text just after `el` in reading order, inside `root`; null when `el` closes the content. */
export function lineAfter(el: Element, root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let last: Node = el;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (collapseWhitespace(text.nodeValue ?? '') === '' || NO_TEXT_PARENTS.has(text.parentNode?.nodeName ?? '')) continue;
    const line = lineOf(text, root);
    if (line && !line.contains(el)) return line;
  }
  return null;
}

function lineOf(text: Node, root: Element): Element | null {
  let inline: Element | null = null;
  let el = text.parentElement;
  while (el && el !== root && !isBlockElement(el)) {
    inline = el;
    el = el.parentElement;
  }
  if (!el) return null;
  let line: Element | null = el !== root && !hasBlockInside(el) ? el : inline;
  if (!line) return null;
  while (line.parentElement && line.parentElement !== root && !isPageLevel(line.parentElement) && isOnlyTextOfParent(line)) line = line.parentElement;
  return line;
}

/** Whether a block (or a line break) sits inside `el`: then `el` holds more than one line. */
function hasBlockInside(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isBlockElement(node as Element)) return true;
  return false;
}

/** Whether no sibling of `el` holds text; stops at the first that does, so a wrapper is told from a column cheaply. */
function isOnlyTextOfParent(el: Element): boolean {
  for (let sibling = el.parentElement!.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling === el || (sibling.nodeType !== 1 && sibling.nodeType !== 3) || NO_TEXT_PARENTS.has(sibling.nodeName)) continue;
    if (collapseWhitespace(sibling.textContent ?? '') !== '') return false;
  }
  return true;
}
