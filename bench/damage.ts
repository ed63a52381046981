/**
 * The "no damage" check on Readability's own regression pages (../shared/corpus/readability-test-pages):
 * (a) pages marked `readerable: false` must give no article; (b) no page may lose more than 10% of the text of
 * Readability's `expected.html` except by removals recorded in `removed`.
 *
 * Lost text is counted in 4-gram shingles of the expected text, as the quality metric does. Text that the
 * Article shows elsewhere (the headline and subtitle, the source notes) is not lost. Figure captions are left
 * out of the expected text, since our textContent leaves them out by design (utils/extract/text.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../cli/dom';
import { blockText, PROSE_SKIPPED_TAGS } from '../utils/extract/text';
import type { Article } from '../utils/extract/types';
import { loadReadabilityTestPages, type ReadabilityTestPage } from './corpus';
import { extractWithPipeline } from './extractors';
import { metricTokens, shingleCounts } from './metric';
import { unmatchedRuns } from './diff';

/** The URL upstream runs these pages with. */
const TEST_PAGE_URL = 'http://fakehost/test/page.html';
export const MAX_UNEXPLAINED_LOSS = 0.1;

export interface DamageResult {
  id: string;
  readerable: boolean;
  extracted: boolean;
  error: string | null;
  expectedShingles: number;
  /** Share of the expected text's shingles missing from our textContent. */
  lost: number;
  /** Of which: found in our `removed` entries. */
  lostByRemovals: number;
  /** Of which: shown elsewhere in the Article (headline, subtitle, source titles). */
  lostShownElsewhere: number;
  /** Lost and accounted for by nothing: the figure the 10% limit applies to. */
  unexplained: number;
  topLost: string[];
}

type Counts = Map<string, number>;

function subtract(from: Counts, take: Counts): number {
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

const countsOf = (text: string): Counts => shingleCounts(metricTokens(text));
const total = (counts: Counts): number => [...counts.values()].reduce((s, n) => s + n, 0);

function shownElsewhere(article: Article): string {
  return [article.headline, article.subtitle ?? '', ...article.alternateHeadlines, ...article.sources.map((s) => s.title ?? '')].join('\n');
}

export function checkPage(page: ReadabilityTestPage): DamageResult {
  const metadata = JSON.parse(readFileSync(join(page.dir, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
  const readerable = metadata.readerable !== false;
  const source = readFileSync(join(page.dir, 'source.html'), 'utf8');
  const expectedDocument = parsePage(readFileSync(join(page.dir, 'expected.html'), 'utf8'), TEST_PAGE_URL);
  const expected = blockText(expectedDocument.body, { skipTags: PROSE_SKIPPED_TAGS });
  const { article, text, error } = extractWithPipeline(source, TEST_PAGE_URL);

  const missed = countsOf(expected);
  const expectedShingles = total(missed);
  subtract(missed, countsOf(text));
  const lostShingles = total(missed);
  let byRemovals = 0;
  for (const removal of article?.removed ?? []) byRemovals += subtract(missed, countsOf(removal.text));
  const elsewhere = article ? subtract(missed, countsOf(shownElsewhere(article))) : 0;
  const share = (n: number): number => (expectedShingles === 0 ? 0 : n / expectedShingles);
  return {
    id: page.id,
    readerable,
    extracted: article !== null,
    error,
    expectedShingles,
    lost: share(lostShingles),
    lostByRemovals: share(byRemovals),
    lostShownElsewhere: share(elsewhere),
    unexplained: share(total(missed)),
    topLost: unmatchedRuns(expected, text)
      .slice(0, 3)
      .map((run) => `(${run.shingles} sh.) ${run.snippet}`),
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function runDamageCheck(dir: string, options: { only: string | null; json: string | null }): void {
  const pages = loadReadabilityTestPages(dir).filter((p) => !options.only || p.id === options.only);
  const results = pages.map(checkPage);

  const notReaderable = results.filter((r) => !r.readerable);
  const wronglyExtracted = notReaderable.filter((r) => r.extracted);
  console.log(`Readability test pages: ${results.length}`);
  console.log(`(a) readerable: false → no article: ${notReaderable.length - wronglyExtracted.length} of ${notReaderable.length}`);
  for (const r of wronglyExtracted) console.log(`    we still extract: ${r.id}`);

  const readerable = results.filter((r) => r.readerable);
  const nulls = readerable.filter((r) => !r.extracted);
  const violations = readerable.filter((r) => r.unexplained > MAX_UNEXPLAINED_LOSS);
  const lossy = readerable.filter((r) => r.lost > MAX_UNEXPLAINED_LOSS && r.unexplained <= MAX_UNEXPLAINED_LOSS);
  console.log(`(b) readerable pages losing > ${pct(MAX_UNEXPLAINED_LOSS)} of expected.html's text not accounted for by removed[]: ${violations.length} of ${readerable.length}`);
  console.log(`    of which we return no article: ${nulls.length}${nulls.length ? ` (${nulls.map((r) => r.id + (r.error ? ` threw: ${r.error}` : '')).join(', ')})` : ''}`);
  for (const r of violations.sort((a, b) => b.unexplained - a.unexplained)) {
    console.log(`  ✗ ${r.id}: unexplained loss ${pct(r.unexplained)} (lost ${pct(r.lost)}, in removed ${pct(r.lostByRemovals)}, shown elsewhere ${pct(r.lostShownElsewhere)})`);
    for (const snippet of r.topLost) console.log(`      lost ${snippet}`);
  }
  if (lossy.length) {
    console.log(`    pages losing > ${pct(MAX_UNEXPLAINED_LOSS)} only through recorded removals or text shown elsewhere (allowed, worth a look): ${lossy.length}`);
    for (const r of lossy) console.log(`      ${r.id}: lost ${pct(r.lost)}, in removed ${pct(r.lostByRemovals)}, shown elsewhere ${pct(r.lostShownElsewhere)}`);
  }
  const meanLost = readerable.reduce((s, r) => s + r.lost, 0) / Math.max(1, readerable.length);
  console.log(`    mean loss over readerable pages: ${pct(meanLost)}`);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`per-page results written to ${options.json}`);
  }
}
