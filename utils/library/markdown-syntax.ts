/**
 * Where a block of the body's Markdown is syntax a highlight's mark must stay out of: image and link targets,
 * autolinks, code spans, note references. Found by a scan that gives what this pattern's matches gave:
 *   /!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<[^>\s]+>|`[^`]*`|\[\^[^\]]*\]/g
 * The pattern rescanned the rest of the block from every opener never closed ("![" or "<" many times over,
 * quadratic); here each opener looks its closer up in a table made in one pass.
 */
import { WHITESPACE } from '../extract/trim';

/** For each offset, the first offset at or after it holding a character `isCloser` accepts, -1 for none. */
function nextCloser(text: string, isCloser: (char: string) => boolean): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = isCloser(text[i]!) ? i : next[i + 1]!;
  return next;
}

/** The stretches of `block` that are such syntax, as `[start, end)` offsets in order. */
export function protectedSpans(block: string): (readonly [number, number])[] {
  const bracket = nextCloser(block, (c) => c === ']');
  const paren = nextCloser(block, (c) => c === ')');
  const backtick = nextCloser(block, (c) => c === '`');
  const angleOrSpace = nextCloser(block, (c) => c === '>' || WHITESPACE.includes(c));
  /** The end of the syntax starting at `at`, tried in the pattern's order, or -1 for none. */
  const endAt = (at: number): number => {
    const [c, d] = [block[at], block[at + 1]];
    if (c === '!' && d === '[') {
      // ![alt](target): the first "]" must open "(", then up to the first ")".
      const close = bracket[at + 2]!;
      return close >= 0 && block[close + 1] === '(' && paren[close + 2]! >= 0 ? paren[close + 2]! + 1 : -1;
    }
    if (c === ']' && d === '(') return paren[at + 2]! >= 0 ? paren[at + 2]! + 1 : -1;
    if (c === '<') {
      const stop = angleOrSpace[at + 1]!;
      return stop > at + 1 && block[stop] === '>' ? stop + 1 : -1;
    }
    if (c === '`') return backtick[at + 1]! >= 0 ? backtick[at + 1]! + 1 : -1;
    if (c === '[' && d === '^') return bracket[at + 2]! >= 0 ? bracket[at + 2]! + 1 : -1;
    return -1;
  };
  const spans: (readonly [number, number])[] = [];
  for (let at = 0; at < block.length; ) {
    const end = endAt(at);
    if (end > at) {
      spans.push([at, end]);
      at = end;
    } else at++;
  }
  return spans;
}
