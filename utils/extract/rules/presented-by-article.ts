/** Whether the article introduces a block of links itself, shared by the rules that remove lists and rails of links. */
import { collapseWhitespace, countWords } from '../text';
import { RELATED_HEADINGS } from '../phrases';
import { lineAfter, lineBefore, openingLines } from './block-signals';

/** A line of running text around a block, as opposed to a label or another list's item. */
const MIN_PROSE_LINE_WORDS = 10;
/** A related-stories label, alone or with a few words after it: "Read also:", "Most read in Local", "More in Sport ›". */
const RELATED_LABEL = new RegExp(`^\\s*(?:${RELATED_HEADINGS.join('|')})(?![\\p{L}])[^.!?]{0,40}$`, 'iu');

const lineText = (line: Element | null): string => (line ? collapseWhitespace(line.textContent ?? '') : '');

/**
 * A block the article itself presents (a list, a row of cards): the sentence before it announces it ("Here
 * are the courses Google offers:"), or it sits inside running text, a paragraph on each side. An article's
 * list of courses, patches or recipes is as linked as a menu or a rail; where it stands tells them apart. A
 * lead-in that is a related-stories label ("Read also:") presents no content. `first` to `last`: the block,
 * or a run of sibling blocks.
 */
export function presentedByArticle(root: Element, first: Element, last: Element = first): boolean {
  // A rail that carries its own label ("Most read in Local") says what it is, wherever it stands.
  if (RELATED_LABEL.test(lineText(openingLines(first, 1)[0] ?? null))) return false;
  const before = lineText(lineBefore(first, root));
  if (before.endsWith(':') && !RELATED_LABEL.test(before)) return true;
  const after = lineText(lineAfter(last, root));
  return countWords(before) >= MIN_PROSE_LINE_WORDS && countWords(after) >= MIN_PROSE_LINE_WORDS;
}

