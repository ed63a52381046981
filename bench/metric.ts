/**
 * The article-body metric of the Zyte extraction benchmark, exactly as ../shared/corpus/README.md states it:
 * 4-gram token shingles compared as multisets, per-page figures normalized so every page weighs the same,
 * corpus precision and recall as means over pages, F1 of the two means, bootstrap standard deviations.
 */

/** Maximal runs of Unicode letters, digits and `_`, case kept (Python's `\w+` with Unicode). */
export function metricTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export const SHINGLE_SIZE = 4;

/** The multiset of 4-grams; 1 to 3 tokens give one shingle of all of them, no tokens give none. */
export function shingleCounts(tokens: readonly string[], size = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length < size) add(tokens.join(' '));
  else for (let i = 0; i + size <= tokens.length; i++) add(tokens.slice(i, i + size).join(' '));
  return counts;
}

export interface PageScore {
  /** tp, fp, fn divided by their sum (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** The extraction has at least one shingle: the page counts in the corpus precision. */
  hasExtraction: boolean;
  /** The truth has at least one shingle: the page counts in the corpus recall. */
  hasTruth: boolean;
  /** The token lists are identical. */
  exact: boolean;
}

export function precisionOf(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function scorePage(extracted: string, truth: string): PageScore {
  const predTokens = metricTokens(extracted);
  const trueTokens = metricTokens(truth);
  const pred = shingleCounts(predTokens);
  const expected = shingleCounts(trueTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, countP] of pred) {
    const countT = expected.get(shingle) ?? 0;
    tp += Math.min(countT, countP);
    fp += Math.max(0, countP - countT);
  }
  for (const [shingle, countT] of expected) fn += Math.max(0, countT - (pred.get(shingle) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  return {
    tp,
    fp,
    fn,
    precision: precisionOf(tp, fp, fn),
    recall: recallOf(tp, fp, fn),
    hasExtraction: tp + fp > 0,
    hasTruth: tp + fn > 0,
    exact: predTokens.length === trueTokens.length && predTokens.every((token, i) => token === trueTokens[i]),
  };
}

export interface CorpusFigures {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/** P over pages with an extraction, R over pages with a truth, F1 of the two means, accuracy over all pages. */
export function corpusFigures(pages: readonly PageScore[]): CorpusFigures {
  const precision = mean(pages.filter((p) => p.hasExtraction).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.hasTruth).map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((p) => (p.exact ? 1 : 0)));
  return { f1, precision, recall, accuracy };
}

/** mulberry32: a small seeded PRNG, so the same seed gives the same resamples on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const populationStdDev = (values: readonly number[]): number => {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
};

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
}

/** Standard deviation of each corpus figure over resamples (with replacement) of the pages. */
export function bootstrapStdDev(pages: readonly PageScore[], options: BootstrapOptions = {}): CorpusFigures {
  const resamples = options.resamples ?? 1000;
  const random = seededRandom(options.seed ?? 42);
  const samples: CorpusFigures[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample: PageScore[] = [];
    for (let i = 0; i < pages.length; i++) sample.push(pages[Math.floor(random() * pages.length)]!);
    samples.push(corpusFigures(sample));
  }
  return {
    f1: populationStdDev(samples.map((s) => s.f1)),
    precision: populationStdDev(samples.map((s) => s.precision)),
    recall: populationStdDev(samples.map((s) => s.recall)),
    accuracy: populationStdDev(samples.map((s) => s.accuracy)),
  };
}
