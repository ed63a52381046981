/**
 * What changed in an article since the reader saved it: a paragraph-level diff of the saved and the
 * current text (`Article.textContent` holds one paragraph per line). jsdiff's `diffArrays` finds the runs; a
 * removed paragraph next to an added one that shares most of its words is one changed paragraph.
 */
import { diffArrays } from 'diff';
import { tokenSimilarity } from './extract/text';

export interface ParagraphChange {
  kind: 'added' | 'removed' | 'changed';
  /** The saved paragraph (null when added). */
  before: string | null;
  /** The current paragraph (null when removed). */
  after: string | null;
}

/** Two versions of a paragraph sharing this share of words (Dice) are one edited paragraph. */
export const SAME_PARAGRAPH_SIMILARITY = 0.5;

const paragraphsOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

export function diffParagraphs(savedText: string, currentText: string): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  let removedRun: string[] = [];
  const pairWith = (added: string[]): void => {
    const n = Math.max(removedRun.length, added.length);
    for (let i = 0; i < n; i++) {
      const before = removedRun[i] ?? null;
      const after = added[i] ?? null;
      if (before !== null && after !== null && tokenSimilarity(before, after) >= SAME_PARAGRAPH_SIMILARITY) changes.push({ kind: 'changed', before, after });
      else {
        if (before !== null) changes.push({ kind: 'removed', before, after: null });
        if (after !== null) changes.push({ kind: 'added', before: null, after });
      }
    }
    removedRun = [];
  };
  for (const part of diffArrays(paragraphsOf(savedText), paragraphsOf(currentText))) {
    if (part.removed) removedRun.push(...part.value);
    else if (part.added) pairWith(part.value);
    else pairWith([]);
  }
  pairWith([]);
  return changes;
}
