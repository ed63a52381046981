/**
 * Everything the quality bench learns from one page, as plain JSON (it crosses from a worker thread): the
 * scores of both systems, what each cleanup rule removed and how much of it the truth holds, and how much of
 * Readability's own text we drop without saying so.
 */
import type { Article, Removal } from '../utils/extract/types';
import { lineDiff, unmatchedRuns } from './diff';
import { metricTokens, scorePage, SHINGLE_SIZE, shingleCounts, type PageScore } from './metric';
import type { CorpusPage } from './corpus';

export interface RuleRemoval {
  rule: string;
  words: number;
  /** Truth shingles this removal took that our text lacks (each counted for one removal only). */
  lostTruth: number;
}

export interface SnippetCheck {
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
}

export interface PageQuality {
  id: string;
  url: string;
  status: 'ok' | 'null' | 'threw';
  error: string | null;
  ours: PageScore;
  readability: PageScore;
  /** WCXB's own metric: F1 of the lower-cased word bags. */
  oursBag: number;
  readabilityBag: number;
  snippets: SnippetCheck | null;
  removals: RuleRemoval[];
  /**
   * Share of Readability's prose (its text without figure captions) that our article neither holds, nor
   * records in `removed`, nor shows elsewhere (headline, subtitle, sources, corrections): silent loss.
   */
  unexplainedLoss: number;
  readabilityShingles: number;
  /** A few runs for the report: truth we miss, text we keep that the truth lacks, Readability text lost silently. */
  lostRuns: string[];
  keptRuns: string[];
  silentRuns: string[];
  costlyRemovals: string[];
}

type Counts = Map<string, number>;

const countsOf = (text: string): Counts => shingleCounts(metricTokens(text));
const total = (counts: Counts): number => {
  let n = 0;
  for (const value of counts.values()) n += value;
  return n;
};

/** Takes `take` out of `from` as multisets and says how many shingles went. */
export function subtractCounts(from: Counts, take: Counts): number {
  let taken = 0;
  for (const [shingle, n] of take) {
    const have = from.get(shingle) ?? 0;
    const used = Math.min(have, n);
    if (used === 0) continue;
    taken += used;
    if (have - used > 0) from.set(shingle, have - used);
    else from.delete(shingle);
  }
  return taken;
}

/** WCXB's metric for one page: lower-cased `\w+` tokens as bags, F1 of their overlap (0 when either is empty). */
export function wordBagF1(extracted: string, truth: string): number {
  const bag = (text: string): Counts => {
    const counts: Counts = new Map();
    for (const token of metricTokens(text.toLowerCase())) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const predicted = bag(extracted);
  const expected = bag(truth);
  const predictedTotal = total(predicted);
  const expectedTotal = total(expected);
  if (predictedTotal === 0 || expectedTotal === 0) return predictedTotal === expectedTotal ? 1 : 0;
  let overlap = 0;
  for (const [token, n] of predicted) overlap += Math.min(n, expected.get(token) ?? 0);
  const precision = overlap / predictedTotal;
  const recall = overlap / expectedTotal;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Snippets compared as lower-case word sequences, so punctuation and spacing do not decide. */
export function snippetCheck(text: string, wanted: readonly string[], unwanted: readonly string[]): SnippetCheck {
  const haystack = ` ${metricTokens(text.toLowerCase()).join(' ')} `;
  const found = (snippet: string): boolean => {
    const words = metricTokens(snippet.toLowerCase());
    return words.length > 0 && haystack.includes(` ${words.join(' ')} `);
  };
  return {
    withFound: wanted.filter(found).length,
    withTotal: wanted.length,
    withoutFound: unwanted.filter(found).length,
    withoutTotal: unwanted.length,
  };
}

/** Per removal, the truth shingles it holds that our text lacks; a shingle is charged to the first removal holding it. */
export function removalLosses(removed: readonly Removal[], ours: string, truth: string): RuleRemoval[] {
  const missed = countsOf(truth);
  subtractCounts(missed, countsOf(ours));
  return removed.map((removal) => ({
    rule: removal.rule,
    words: metricTokens(removal.text).length,
    lostTruth: subtractCounts(missed, countsOf(removal.text)),
  }));
}

/** The body's whole text as shown, figure captions included (`textContent` leaves them out by design). */
function shownBodyText(article: Article): string {
  return article.contentHtml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ');
}

/** Text the article shows outside its body's prose: header, captions, notes. */
function shownElsewhere(article: Article): string {
  return [
    shownBodyText(article),
    article.headline,
    article.subtitle ?? '',
    ...article.alternateHeadlines,
    ...article.sources.map((s) => s.title ?? ''),
    ...(article.corrections ?? []).map((c) => c.text),
  ].join('\n');
}

/** Readability's prose we drop without a recorded removal, as a share of Readability's prose shingles. */
export function silentLoss(readabilityProse: string, article: Article | null): { share: number; shingles: number; runs: string[] } {
  const missed = countsOf(readabilityProse);
  const shingles = total(missed);
  if (shingles === 0) return { share: 0, shingles, runs: [] };
  if (!article) return { share: 1, shingles, runs: [] };
  subtractCounts(missed, countsOf(article.textContent));
  for (const removal of article.removed) subtractCounts(missed, countsOf(removal.text));
  subtractCounts(missed, countsOf(shownElsewhere(article)));
  const share = total(missed) / shingles;
  const accounted = [article.textContent, ...article.removed.map((r) => r.text), shownElsewhere(article)].join('\n');
  const runs = share > 0.02 ? unmatchedRuns(readabilityProse, accounted).filter((r) => r.shingles >= SHINGLE_SIZE).slice(0, 3).map((r) => `(${r.shingles} sh.) ${r.snippet}`) : [];
  return { share, shingles, runs };
}

export interface PageInputs {
  page: CorpusPage;
  article: Article | null;
  oursText: string;
  error: string | null;
  readabilityText: string;
  readabilityProse: string;
}

export function measurePage({ page, article, oursText, error, readabilityText, readabilityProse }: PageInputs): PageQuality {
  const removals = removalLosses(article?.removed ?? [], oursText, page.truth);
  const loss = silentLoss(readabilityProse, article);
  const runs = (text: string, other: string): string[] =>
    unmatchedRuns(text, other)
      .filter((run) => run.shingles >= SHINGLE_SIZE)
      .slice(0, 3)
      .map((run) => `(${run.shingles} sh.) ${run.snippet}`);
  const costly = (article?.removed ?? [])
    .map((removal, i) => ({ removal, lost: removals[i]!.lostTruth }))
    .filter((r) => r.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, 3)
    .map(({ removal, lost }) => `${removal.rule} (${lost} lost sh.): ${removal.text.split(/\s+/).slice(0, 16).join(' ')}`);
  return {
    id: page.id,
    url: page.url,
    status: error ? 'threw' : article ? 'ok' : 'null',
    error,
    ours: scorePage(oursText, page.truth),
    readability: scorePage(readabilityText, page.truth),
    oursBag: wordBagF1(oursText, page.truth),
    readabilityBag: wordBagF1(readabilityText, page.truth),
    snippets: page.with || page.without ? snippetCheck(oursText, page.with ?? [], page.without ?? []) : null,
    removals,
    unexplainedLoss: loss.share,
    readabilityShingles: loss.shingles,
    lostRuns: runs(page.truth, oursText),
    keptRuns: runs(oursText, page.truth),
    silentRuns: loss.runs,
    costlyRemovals: costly,
  };
}

/** The line view of one page, for `--show`. */
export function pageDiff(oursText: string, truth: string): string {
  return lineDiff(oursText, truth).join('\n');
}
