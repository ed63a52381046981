import type { CleanupRule } from '../types';
import { collapseWhitespace, comparableTokens, countWords, shingles } from '../text';
import { leafParagraphs, removeAllAndRecord } from './block-signals';

/** Short lines legitimately repeat ("Serves 4", a recipe's ingredient); only whole paragraphs count. */
const MIN_REPEATED_WORDS = 20;
/** Share of a paragraph's word 4-grams already seen in one earlier paragraph for it to be a repeat. */
const MIN_SHARED_SHINGLES = 0.9;

function shingleSet(text: string): Set<string> {
  return new Set(shingles(comparableTokens(text), 4));
}

/** A second copy of the text is a run of paragraphs repeating an earlier run in order; a lone repeat is a refrain. */
const MIN_REPEATED_RUN = 4;

/**
 * Runs of paragraphs that appear twice: pages that carry a second copy of their text (print or app
 * versions, teaser and body) make Readability keep both. The first copy stays. A single repeated
 * paragraph (an interviewer's same question to each guest, a meal plan's daily snack) is content.
 */
export const removeRepeatedParagraphs: CleanupRule = {
  name: 'repeated-paragraph',
  removeFrom(root) {
    const paragraphs = leafParagraphs(root).filter((p) => countWords(p.textContent ?? '') >= MIN_REPEATED_WORDS);
    const shingleSets = paragraphs.map((p) => shingleSet(collapseWhitespace(p.textContent ?? '')));
    // For each paragraph, the earlier paragraph it repeats (-1 for none).
    const original = shingleSets.map((own, i) => {
      for (let j = 0; j < i; j++) {
        const earlier = shingleSets[j]!;
        let shared = 0;
        for (const s of own) if (earlier.has(s)) shared++;
        if (shared / own.size >= MIN_SHARED_SHINGLES) return j;
      }
      return -1;
    });
    const repeats: Element[] = [];
    for (let start = 0; start < paragraphs.length; ) {
      let end = start;
      while (end < paragraphs.length && original[end]! >= 0 && (end === start || original[end] === original[end - 1]! + 1)) end++;
      if (end - start >= MIN_REPEATED_RUN) repeats.push(...paragraphs.slice(start, end));
      start = Math.max(end, start + 1);
    }
    return removeAllAndRecord(root, repeats, 'repeated-paragraph');
  },
};
