/**
 * Completeness check: does the extracted text hold as many words as the page says its article has?
 * Two yardsticks, the stricter wins: the length the page declares in JSON-LD (`wordCount`, `articleBody`), and
 * the words of the substantial paragraphs in the page's main column after the pre-clean. Reads, never writes.
 */
import type { JsonObject } from './json-ld';
import { collapseWhitespace, comparableText, countWords } from './text';

/** Under this share of the expected words, the article looks truncated and the reader is told so. */
export const TRUNCATED_BELOW = 0.7;
/** A paragraph of at least this many words is article prose; teasers, captions and prompts are shorter. */
export const SUBSTANTIAL_PARAGRAPH_WORDS = 15;
/** The full page section is offered only when it holds clearly more words than the extraction (not a paywall cut). */
export const FULL_SECTION_MORE_THAN = 1.15;

/** Containers a page marks as its article, narrowest first. */
const MARKED_MAIN = ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]'];
/** Paragraphs inside these are not the article's prose even when they sit in the main column. */
const NOT_PROSE = 'aside, nav, footer, form, figure, [role="complementary"]';

/** What the main column holds, measured after the pre-clean and before Readability rearranges the clone. */
export interface MainColumnMeasure {
  /** The substantial paragraphs' texts, white space collapsed. */
  paragraphs: string[];
  /** The page marks the column as its article (`articleBody`, `article`, `main`); else it is the parent of the most prose. */
  marked: boolean;
}

function substantialParagraphs(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p')).filter(
    (p) => !p.closest(NOT_PROSE) && countWords(p.textContent ?? '') >= SUBSTANTIAL_PARAGRAPH_WORDS,
  );
}

function wordsIn(paragraphs: readonly Element[]): number {
  return paragraphs.reduce((sum, p) => sum + countWords(p.textContent ?? ''), 0);
}

/**
 * The page's main column: the element the page marks as its article body, article or main (the one holding the
 * most substantial prose when there are several), else the element that is the parent of the most prose.
 * Null when the page has no substantial paragraph.
 */
export function findMainColumn(body: Element): Element | null {
  return findColumn(body)?.column ?? null;
}

function findColumn(body: Element): { column: Element; marked: boolean } | null {
  const prose = substantialParagraphs(body);
  if (prose.length === 0) return null;
  for (const selector of MARKED_MAIN) {
    let best: Element | null = null;
    let bestWords = 0;
    for (const candidate of Array.from(body.querySelectorAll(selector))) {
      const words = wordsIn(prose.filter((p) => candidate.contains(p)));
      if (words > bestWords) [best, bestWords] = [candidate, words];
    }
    if (best) return { column: best, marked: true };
  }
  const byParent = new Map<Element, number>();
  for (const p of prose) if (p.parentElement) byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + countWords(p.textContent ?? ''));
  const parent = [...byParent.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return parent ? { column: parent, marked: false } : null;
}

/** The column the page marks as its article, or null when it marks none. */
export function findMarkedColumn(body: Element): Element | null {
  const found = findColumn(body);
  return found?.marked ? found.column : null;
}

export function measureMainColumn(body: Element): MainColumnMeasure | null {
  const found = findColumn(body);
  if (!found) return null;
  return { paragraphs: substantialParagraphs(found.column).map((p) => collapseWhitespace(p.textContent ?? '')), marked: found.marked };
}

/** The article length the page declares: the larger of JSON-LD `wordCount` and the words of `articleBody`; null when neither. */
export function declaredWordCount(articleNode: JsonObject | null): number | null {
  if (!articleNode) return null;
  const raw = articleNode['wordCount'];
  // Pages write the count as a number or as text ("1,240").
  const fromCount = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.replace(/[\s,.\u00a0]/g, '')) : NaN;
  const body = articleNode['articleBody'];
  const fromBody = typeof body === 'string' ? countWords(body) : 0;
  const declared = Math.max(Number.isFinite(fromCount) && fromCount > 0 ? Math.round(fromCount) : 0, fromBody);
  return declared > 0 ? declared : null;
}

export interface Completeness {
  /** extracted / expected, capped at 1, two decimals; null when there is nothing to compare with. */
  ratio: number | null;
  /** The larger of the declared and the main-column word counts. */
  expectedWords: number | null;
  /** The main column's prose words (removed blocks left out), to tell a cut extraction from a cut page. */
  mainColumnWords: number;
}

/**
 * Compares the extracted words with the declared length and the main column's prose. Paragraphs the post-clean
 * removed (author bios, recaps, a repeated standfirst) are left out of the main column: dropping them is not a loss.
 */
export function measureCompleteness(input: {
  extractedWords: number;
  declaredWords: number | null;
  mainColumn: Pick<MainColumnMeasure, 'paragraphs'> | null;
  removedTexts: readonly string[];
}): Completeness {
  const removed = input.removedTexts.map(comparableText).filter(Boolean);
  const kept = (input.mainColumn?.paragraphs ?? []).filter((text) => {
    const key = comparableText(text);
    return !removed.some((r) => r.includes(key));
  });
  const mainColumnWords = kept.reduce((sum, text) => sum + countWords(text), 0);
  const expectedWords = Math.max(input.declaredWords ?? 0, mainColumnWords);
  if (expectedWords === 0) return { ratio: null, expectedWords: null, mainColumnWords };
  const ratio = Math.min(1, Math.round((input.extractedWords / expectedWords) * 100) / 100);
  return { ratio, expectedWords, mainColumnWords };
}

export function looksTruncated(completeness: number | null | undefined): boolean {
  return typeof completeness === 'number' && completeness < TRUNCATED_BELOW;
}

/** The full section is worth offering only when it holds clearly more than was extracted. */
export function fullSectionWorthShowing(result: Completeness, extractedWords: number): boolean {
  return looksTruncated(result.ratio) && result.mainColumnWords > extractedWords * FULL_SECTION_MORE_THAN;
}

/** Roughly how many words, for the warning: "about 210 of 620". Tens above a hundred, so it never pretends to precision. */
export function aboutWords(words: number): number {
  return words > 100 ? Math.round(words / 10) * 10 : words;
}
