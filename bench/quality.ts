/**
 * Article-body quality of our pipeline and of Readability alone, scored with the corpus metric (issue 5):
 *   npm run bench:quality -- [--corpus DIR] [--json FILE] [--only ID] [--show ID] [--worst N]
 * DIR is the Zyte corpus (default ../shared/corpus/zyte), or Readability's test pages for the damage check.
 * --only and --show take an id or a unique prefix of one.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ZYTE_CORPUS, isZyteCorpus, loadZyteCorpus, readHtml, type ZytePage } from './corpus';
import { extractWithPipeline, extractWithReadability, type Extraction } from './extractors';
import { bootstrapStdDev, corpusFigures, scorePage, SHINGLE_SIZE, type CorpusFigures, type PageScore } from './metric';
import { lineDiff, removalsThatLostText, unmatchedRuns, type TextRun } from './diff';
import { runDamageCheck } from './damage';

interface QualityArgs {
  corpus: string;
  json: string | null;
  only: string | null;
  show: string | null;
  worst: number;
}

const BOOTSTRAP = { resamples: 1000, seed: 42 };

/** Published figures on the same 125 pages, from ../shared/corpus/README.md (AutoExtract: all 181 pages). */
const PUBLISHED: { system: string; f1: number; precision?: number; recall?: number }[] = [
  { system: 'rs_trafilatura (published)', f1: 0.969, precision: 0.952, recall: 0.988 },
  { system: 'trafilatura 2.0.0 (published)', f1: 0.955, precision: 0.933, recall: 0.979 },
  { system: 'Readability 0.6.0 + linkedom, block text (published)', f1: 0.949, precision: 0.912, recall: 0.988 },
  { system: 'defuddle 0.19.4 + linkedom (published)', f1: 0.931, precision: 0.899, recall: 0.967 },
  { system: 'AutoExtract, commercial (published, all 181 pages)', f1: 0.97 },
];

function parseArgs(argv: string[]): QualityArgs {
  const args: QualityArgs = { corpus: DEFAULT_ZYTE_CORPUS, json: null, only: null, show: null, worst: 10 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--corpus') args.corpus = resolve(value());
    else if (arg === '--json') args.json = resolve(value());
    else if (arg === '--only') args.only = value();
    else if (arg === '--show') args.show = value();
    else if (arg === '--worst') args.worst = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

interface PageResult {
  page: ZytePage;
  ours: Extraction;
  readability: Extraction;
  oursScore: PageScore;
  readabilityScore: PageScore;
}

const pageF1 = (s: PageScore): number => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
const f3 = (x: number): string => x.toFixed(3);

function pickPages(pages: ZytePage[], prefix: string): ZytePage[] {
  const matches = pages.filter((p) => p.id.startsWith(prefix));
  if (matches.length !== 1) throw new Error(`--only/--show "${prefix}" matches ${matches.length} pages`);
  return matches;
}

function scoreZytePage(page: ZytePage): PageResult {
  const html = readHtml(page.file);
  const ours = extractWithPipeline(html, page.url || null);
  const readability = extractWithReadability(html, page.url || null);
  return {
    page,
    ours,
    readability,
    oursScore: scorePage(ours.text, page.truth),
    readabilityScore: scorePage(readability.text, page.truth),
  };
}

function figureCell(value: number, spread?: number): string {
  return spread === undefined ? f3(value) : `${f3(value)} ± ${f3(spread)}`;
}

function printTable(pageCount: number, ours: [CorpusFigures, CorpusFigures], readability: [CorpusFigures, CorpusFigures]): void {
  console.log(`\nArticle body, ${pageCount} pages; ± = std dev over ${BOOTSTRAP.resamples} bootstrap resamples (seed ${BOOTSTRAP.seed})\n`);
  console.log('| system | F1 | precision | recall | accuracy |');
  console.log('| --- | --- | --- | --- | --- |');
  const row = (name: string, [f, sd]: [CorpusFigures, CorpusFigures]): void =>
    console.log(`| ${name} | ${figureCell(f.f1, sd.f1)} | ${figureCell(f.precision, sd.precision)} | ${figureCell(f.recall, sd.recall)} | ${figureCell(f.accuracy, sd.accuracy)} |`);
  row('**Clearpress** (jsdom)', ours);
  row('Readability 0.6.0 alone (jsdom, block text)', readability);
  for (const p of PUBLISHED) {
    console.log(`| ${p.system} | ${f3(p.f1)} | ${p.precision === undefined ? '–' : f3(p.precision)} | ${p.recall === undefined ? '–' : f3(p.recall)} | – |`);
  }
}

/**
 * Up to three runs; runs shorter than a shingle are left out but counted: they are the seams where a block was
 * inserted or dropped next to kept text, not text of their own.
 */
function printRuns(label: string, runs: TextRun[]): void {
  const long = runs.filter((run) => run.shingles >= SHINGLE_SIZE);
  for (const run of long.slice(0, 3)) console.log(`  ${label}  (${run.shingles} sh.) ${run.snippet}`);
  const seams = runs.length - long.length;
  if (seams > 0) console.log(`  ${label}  (+${seams} seam${seams > 1 ? 's' : ''} of < ${SHINGLE_SIZE} sh., ${runs.filter((run) => run.shingles < SHINGLE_SIZE).reduce((n, run) => n + run.shingles, 0)} sh. in all)`);
}

function printWorst(results: PageResult[], count: number): void {
  const worst = [...results].sort((a, b) => pageF1(a.oursScore) - pageF1(b.oursScore)).slice(0, count);
  console.log(`\n${worst.length} worst pages by our F1 (lost = truth text we miss, kept = text not in the truth)`);
  for (const r of worst) {
    const s = r.oursScore;
    const rs = r.readabilityScore;
    console.log(`\n● ${r.page.id.slice(0, 12)}  F1 ${f3(pageF1(s))} (P ${f3(s.precision)} R ${f3(s.recall)})  Readability F1 ${f3(pageF1(rs))}  ${r.page.url}`);
    if (r.ours.error) console.log(`  pipeline threw: ${r.ours.error}`);
    else if (!r.ours.article) console.log('  pipeline returned null');
    printRuns('lost', unmatchedRuns(r.page.truth, r.ours.text));
    printRuns('kept', unmatchedRuns(r.ours.text, r.page.truth));
    for (const loss of removalsThatLostText(r.ours.article?.removed ?? [], r.ours.text, r.page.truth).slice(0, 3)) {
      const words = loss.removal.text.split(/\s+/);
      console.log(`  removed by ${loss.removal.rule} (${loss.lostShingles} lost sh.): ${words.slice(0, 16).join(' ')}${words.length > 16 ? ' …' : ''}`);
    }
  }
}

function writeJson(file: string, results: PageResult[], ours: CorpusFigures, readability: CorpusFigures): void {
  const perPage = results.map((r) => ({
    id: r.page.id,
    url: r.page.url,
    ours: { ...r.oursScore, f1: pageF1(r.oursScore), status: r.ours.error ? 'threw' : r.ours.article ? 'ok' : 'null', error: r.ours.error, removed: r.ours.article?.removed.length ?? 0 },
    readability: { ...r.readabilityScore, f1: pageF1(r.readabilityScore), status: r.readability.error ? 'threw' : r.readability.text ? 'ok' : 'empty' },
  }));
  writeFileSync(file, `${JSON.stringify({ corpus: { ours, readability }, pages: perPage }, null, 2)}\n`);
  console.log(`\nper-page figures written to ${file}`);
}

function runZyte(args: QualityArgs): void {
  let pages = loadZyteCorpus(args.corpus);
  if (args.show) {
    const [page] = pickPages(pages, args.show);
    const r = scoreZytePage(page!);
    console.log(`${page!.id}  ${page!.url}\nF1 ${f3(pageF1(r.oursScore))} P ${f3(r.oursScore.precision)} R ${f3(r.oursScore.recall)}`);
    console.log(lineDiff(r.ours.text, page!.truth).join('\n'));
    for (const removal of r.ours.article?.removed ?? []) console.log(`removed by ${removal.rule}: ${removal.text.slice(0, 160)}`);
    return;
  }
  if (args.only) pages = pickPages(pages, args.only);
  const started = performance.now();
  const results: PageResult[] = [];
  for (const page of pages) {
    results.push(scoreZytePage(page));
    if (process.stderr.isTTY) process.stderr.write(`\r${results.length}/${pages.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  const ours = corpusFigures(results.map((r) => r.oursScore));
  const readability = corpusFigures(results.map((r) => r.readabilityScore));
  printTable(results.length, [ours, bootstrapStdDev(results.map((r) => r.oursScore), BOOTSTRAP)], [readability, bootstrapStdDev(results.map((r) => r.readabilityScore), BOOTSTRAP)]);

  const empty = results.filter((r) => !r.ours.article);
  console.log(`\nPages we extract nothing from (scored as empty extractions): ${empty.length}`);
  for (const r of empty) console.log(`  ${r.page.id.slice(0, 12)} ${r.ours.error ? `threw: ${r.ours.error}` : 'null'}  ${r.page.url}`);

  const better = results.filter((r) => pageF1(r.oursScore) > pageF1(r.readabilityScore) + 1e-9).length;
  const worse = results.filter((r) => pageF1(r.oursScore) < pageF1(r.readabilityScore) - 1e-9).length;
  console.log(`Per page against Readability alone: ${better} better, ${worse} worse, ${results.length - better - worse} equal`);

  printWorst(results, args.worst);
  if (args.json) writeJson(args.json, results, ours, readability);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (isZyteCorpus(args.corpus)) runZyte(args);
  else runDamageCheck(args.corpus, { only: args.only, json: args.json });
}

main();
