import type { CleanupRule } from '../types';
import { blockText, comparableTokens, countWords } from '../text';
import { leafParagraphs, removeAllAndRecord } from './block-signals';

/** Recaps close an article: only its last paragraphs are candidates. */
const CANDIDATE_PARAGRAPHS = 2;
/** An article needs a body before a paragraph can restate it. */
const MIN_EARLIER_PARAGRAPHS = 3;
const MIN_RECAP_WORDS = 25;
/** Content words: tokens of four or more letters, a language-independent stand-in for "not a function word". */
const MIN_CONTENT_TOKEN = 4;
/** Most of the closing paragraph's content words are already the article's. */
const MIN_UNSOURCED_RECAP_CONTAINMENT = 0.5;
/**
 * An article cites its sources when most of its paragraphs carry a marker; one stray citation (a footnote in
 * a blog post) does not make every uncited closing paragraph suspect.
 */
const MIN_CITING_SHARE = 0.5;
function contentTokens(text: string): string[] {
  return comparableTokens(text).filter((token) => token.length >= MIN_CONTENT_TOKEN);
}

function pairs(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

function containment(part: readonly string[], whole: ReadonlySet<string>): number {
  if (part.length === 0) return 0;
  return part.filter((item) => whole.has(item)).length / part.length;
}

/** The share of a paragraph's content words, and of its pairs of content words, already in `earlier`. */
export function restatementOf(paragraph: string, earlier: string): { words: number; pairs: number } {
  const own = contentTokens(paragraph);
  const before = contentTokens(earlier);
  return { words: containment(own, new Set(before)), pairs: containment(pairs(own), new Set(pairs(before))) };
}

/**
 * Closing paragraphs that only restate what the article said: in an article that cites its sources paragraph
 * by paragraph, a closing paragraph that cites nothing and whose content words are mostly the article's own
 * (language-independent). Without that sign nothing is removed: in guides, legal pages and training plans a
 * closing paragraph that reuses the article's words, even one repeated word for word, is as often the
 * article's own as a recap, and a missing paragraph costs a reader more than a leftover one.
 */
export const removeRecapParagraphs: CleanupRule = {
  name: 'recap-paragraph',
  removeFrom(root) {
    const paragraphs = leafParagraphs(root).filter((p) => countWords(p.textContent ?? '') >= MIN_RECAP_WORDS);
    if (paragraphs.length < MIN_EARLIER_PARAGRAPHS + 1) return [];
    const cites = (p: Element): boolean => p.querySelector('[data-source-id]') !== null;
    const earlier = paragraphs.slice(0, -CANDIDATE_PARAGRAPHS);
    const articleCites = earlier.filter(cites).length > earlier.length * MIN_CITING_SHARE;
    const articleText = blockText(root);
    const recaps: Element[] = [];
    // From the last paragraph back, stopping at the first that says something new.
    for (let i = paragraphs.length - 1; i >= Math.max(MIN_EARLIER_PARAGRAPHS, paragraphs.length - CANDIDATE_PARAGRAPHS); i--) {
      const paragraph = paragraphs[i]!;
      const text = blockText(paragraph);
      const restated = restatementOf(text, articleText.slice(0, Math.max(0, articleText.lastIndexOf(text))));
      const unsourced = paragraph.querySelector('[data-source-id], a[href]') === null;
      if (!(articleCites && unsourced && restated.words >= MIN_UNSOURCED_RECAP_CONTAINMENT)) break;
      recaps.push(paragraph);
    }
    return removeAllAndRecord(root, recaps, 'recap-paragraph');
  },
};
