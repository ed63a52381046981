/**
 * What the rules ask of a block's text (how many words, how long, how much of it is links), read once per
 * element for a whole rule run instead of once per question. Rules ask it of every block on the page, nested
 * ones included, so reading each block's text anew walks the same text nodes again at every level.
 *
 * An element's figures are folded from its children's, so each text node is read once. A rule run only ever
 * removes text (moving or wrapping nodes keeps it the same), and a removal forgets the figures of the removed
 * block's ancestors, which are folded again from their remaining children when next asked.
 */
import { countWords, hasUnspacedScript, scanText } from '../text';

export interface TextFigures {
  /** Word tokens of the text (`countWordTokens` of `textContent`); exact across node boundaries. */
  tokens: number;
  startsInWord: boolean;
  endsInWord: boolean;
  /** The text holds a script written without spaces, which `countWords` counts by characters. */
  unspaced: boolean;
  /** Length of the text with white space collapsed and trimmed, as `collapseWhitespace(textContent).length`. */
  chars: number;
  /** Whether the text holds anything but white space, and whether it starts or ends with white space. */
  blank: boolean;
  leadingSpace: boolean;
  trailingSpace: boolean;
  /** No text at all: joins with its neighbours without separating their words. */
  empty: boolean;
  /** Collapsed length of the text inside the element's descendant links (`a` inside `a` counts twice, as a query over them would). */
  linkChars: number;
}

const EMPTY: TextFigures = { tokens: 0, startsInWord: false, endsInWord: false, unspaced: false, chars: 0, blank: true, leadingSpace: false, trailingSpace: false, empty: true, linkChars: 0 };

let figures: Map<Node, TextFigures> | null = null;

/** Runs `apply` with text figures kept between questions; outside it every question reads the text anew. */
export function withTextFigures<T>(apply: () => T): T {
  const outer = figures;
  figures = new Map();
  try {
    return apply();
  } finally {
    figures = outer;
  }
}

export const textFiguresKept = (): boolean => figures !== null;

/** Called before `el` leaves the tree: its ancestors hold less text from now on. */
export function forgetTextAround(el: Node): void {
  if (!figures) return;
  for (let parent = el.parentNode; parent; parent = parent.parentNode) figures.delete(parent);
}

export function textFiguresOf(node: Node): TextFigures {
  const known = figures?.get(node);
  if (known) return known;
  const result = node.nodeType === 3 ? textNodeFigures(node.nodeValue ?? '') : elementFigures(node);
  figures?.set(node, result);
  return result;
}

function textNodeFigures(value: string): TextFigures {
  if (value === '') return EMPTY;
  const scan = scanText(value);
  return { ...scan, unspaced: scan.mayBeUnspaced && hasUnspacedScript(value), blank: scan.chars === 0, empty: false, linkChars: 0 };
}

/** The figures of the children's texts joined as `textContent` joins them; one object per element, none per join. */
function elementFigures(node: Node): TextFigures {
  let tokens = 0;
  let startsInWord = false;
  let endsInWord = false;
  let unspaced = false;
  let chars = 0;
  let blank = true;
  let leadingSpace = false;
  let trailingSpace = false;
  let empty = true;
  let linkChars = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type !== 1 && type !== 3) continue;
    const next = textFiguresOf(child);
    linkChars += next.linkChars + (type === 1 && (child as Element).localName === 'a' ? next.chars : 0);
    if (next.empty) continue;
    if (endsInWord && next.startsInWord) tokens--;
    tokens += next.tokens;
    unspaced ||= next.unspaced;
    if (next.blank) {
      // White space only: it separates the words around it and leaves one space between them.
      if (empty) leadingSpace = true;
      trailingSpace = true;
      endsInWord = false;
    } else {
      if (blank) {
        startsInWord = empty && next.startsInWord;
        leadingSpace ||= next.leadingSpace;
        chars = next.chars;
      } else {
        chars += next.chars + (trailingSpace || next.leadingSpace ? 1 : 0);
      }
      endsInWord = next.endsInWord;
      trailingSpace = next.trailingSpace;
      blank = false;
    }
    empty = false;
  }
  return { tokens, startsInWord, endsInWord, unspaced, chars, blank, leadingSpace, trailingSpace, empty, linkChars };
}

/** `countWords(el.textContent)`: from the figures, or from the text itself when it holds an unspaced script. */
export function wordsOfFigures(el: Node, figures: TextFigures): number {
  return figures.unspaced ? countWords(el.textContent ?? '') : figures.tokens;
}
