import { NOTE_BLOCKS, SKIPPED_TEXT, textBefore } from './marker-context';

/**
 * Bare "[3]" markers written into running text, without a link or a superscript. Only brackets that read as
 * citations count ("said on Tuesday [1].", "dry.[2]", "strike [2][3]"): not an index (`items[1]`, "a[2]"),
 * not the number opening a step or a line ("[1] Unplug the router."), not a pager ("Pages: [1] [2]").
 */

/** A bare marker, split out of its text into a text node of its own. */
export interface BareMarker {
  node: Text;
  label: string;
}

const BRACKET = /\[(\d{1,3})\]/g;
const ANY_BRACKET = /\[\d{1,3}\]/;
/** What a citation marker follows: a word or closing punctuation, right against it or after one space. */
const CITING_BEFORE = /(?:[\p{L}.,;:!?'"’”»)\]…]|[\p{L}\p{N}.,;:!?'"’”»)\]…]\s)$/u;
/** A lone letter right against the bracket names what is indexed ("a[2]"), it is not a word. */
const INDEXED_LETTER = /(?:^|[^\p{L}\p{N}])\p{L}$/u;
/** What follows it: the end of the text, a space, punctuation or the next marker; never a letter or digit. */
const CITING_AFTER = /^(?:$|[\s.,;:!?'"’”»)[…–—-])/u;
/** "to the oven. [2] Mix the flour": a number between two sentences is an item's number. */
const AFTER_SENTENCE = /[.!?]\s+$/;
const BEFORE_SENTENCE = /^\s+\p{Lu}/u;
/** A sentence citing a note has a few words of its own. */
const MIN_PROSE_WORDS = 5;
/** Blocks that are mostly link text (pagers, lists of links) are not prose. */
const MAX_PROSE_LINK_SHARE = 0.5;
const NOT_PROSE = `${SKIPPED_TEXT}, a, sup, h1, h2, h3, h4, h5, h6`;

/**
 * Every bare marker in `root` that reads as a citation, split into its own text node; text where `excluded`
 * says so (notes already taken, story rails) is left alone. Mutates `root` (splits text nodes): pass a clone.
 */
export function splitBareMarkers(root: Element, excluded: (node: Node) => boolean): BareMarker[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const hits: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (ANY_BRACKET.test(node.nodeValue ?? '') && !node.parentElement?.closest(NOT_PROSE) && !excluded(node)) hits.push(node as Text);
  }
  const prose = new Map<Element, boolean>();
  const markers: BareMarker[] = [];
  for (const text of hits) {
    const block = text.parentElement?.closest(NOTE_BLOCKS) ?? text.parentElement;
    if (!block) continue;
    if (!prose.has(block)) prose.set(block, isProse(block));
    if (!prose.get(block)) continue;
    const data = text.data;
    const cited = Array.from(data.matchAll(BRACKET)).filter((match) => {
      const head = data.slice(0, match.index);
      // At the start of its text node, the bracket follows the text before the node, unless it opens a line.
      const before = head.trim() ? head : followsLineBreak(text) ? '' : `${textBefore(text) ?? ''}${head}`;
      return readsAsCitation(before, data.slice(match.index + match[0].length));
    });
    let rest: Text = text;
    let offset = 0;
    for (const match of cited) {
      const markerText = rest.splitText(match.index - offset);
      rest = markerText.splitText(match[0].length);
      offset = match.index + match[0].length;
      markers.push({ node: markerText, label: String(Number(match[1])) });
    }
  }
  return markers;
}

function readsAsCitation(before: string, after: string): boolean {
  if (!CITING_BEFORE.test(before) || INDEXED_LETTER.test(before) || !CITING_AFTER.test(after)) return false;
  return !(AFTER_SENTENCE.test(before) && BEFORE_SENTENCE.test(after));
}

/** A text right after a `<br>` opens a line: a bracket there numbers the line. */
function followsLineBreak(text: Text): boolean {
  let previous = text.previousSibling;
  while (previous && previous.nodeType === 3 && !(previous.nodeValue ?? '').trim()) previous = previous.previousSibling;
  return previous?.nodeName === 'BR';
}

function isProse(block: Element): boolean {
  const text = block.textContent ?? '';
  const words = text.replace(BRACKET, ' ').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  if (words < MIN_PROSE_WORDS) return false;
  const linked = Array.from(block.querySelectorAll('a')).reduce((sum, link) => sum + (link.textContent ?? '').length, 0);
  return linked / Math.max(1, text.trim().length) <= MAX_PROSE_LINK_SHARE;
}
