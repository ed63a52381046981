/**
 * The pre-clean can change which node Readability picks: with a share bar or a teaser rail gone, another
 * block of the page may score higher, and the extraction then holds half the story with nothing in
 * `removed` to say so. When an extraction may look truncated, Readability on the untouched page is asked
 * too, and its pick is read instead when it holds clearly more of the article and everything ours holds.
 */
import { blockText, comparableText, countWords } from './text';
import { heldShare, proseLines } from './whole-column';

/** Readability's pick must add at least this many words of prose that ours neither holds nor removed... */
const MIN_ADDED_WORDS = 100;
/** ...and at least this share of ours: a paragraph or two more is no truncated article. */
const MIN_ADDED_SHARE = 0.25;
/** It must hold this share of our prose: trading one half of the story for the other is no gain. */
const MIN_HELD_SHARE = 0.9;

/**
 * Whether `plain` (Readability's pick on the untouched page) reads more of the article than `ours`: it holds
 * nearly all of our prose and adds prose that is neither in ours nor among the texts our rules removed.
 */
export function readsMoreOfArticle(plain: Element, ours: Element, removedTexts: readonly string[]): boolean {
  const oursText = ` ${comparableText(blockText(ours))} `;
  const removedText = ` ${comparableText(removedTexts.join('\n'))} `;
  let added = 0;
  for (const line of proseLines(plain)) {
    const comparable = ` ${comparableText(line)} `;
    if (!oursText.includes(comparable) && !removedText.includes(comparable)) added += countWords(line);
  }
  const oursWords = proseLines(ours).reduce((sum, line) => sum + countWords(line), 0);
  return added >= MIN_ADDED_WORDS && added >= oursWords * MIN_ADDED_SHARE && heldShare(plain, ours) >= MIN_HELD_SHARE;
}
