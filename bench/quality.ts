/**
 * Article-body quality of our pipeline and of Readability alone, on every article corpus at once:
 *   npm run bench:quality -- [--corpus DIR]... [--only ID] [--show ID] [--worst N] [--jobs N]
 *                            [--json FILE] [--compare FILE] [--dump DIR] [--no-cache]
 * Without --corpus: the Zyte pages the cleanup was shaped on and the WCXB pages it never saw, then the damage
 * check on Readability's test pages. A --corpus without ground-truth.json is taken as Readability's test pages.
 * --only and --show take an id or a unique prefix of one; --compare prints the pages whose F1 moved since the
 * --json of an earlier run; --dump writes each page's texts and removals for a closer look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { DEFAULT_ARTICLE_CORPORA, isArticleCorpus, loadArticleCorpus, type CorpusPage } from './corpus';
import { bootstrapStdDev, corpusFigures, type CorpusFigures, type PageScore } from './metric';
import { runDamageCheck } from './damage';
import { pageDiff, type PageQuality } from './page-quality';
import { runPages, type PageRun } from './quality-pool';
import { printRuleTable, ruleFigures, type RuleFigures } from './rule-losses';
import { readComparison, printComparison } from './quality-compare';

interface QualityArgs {
  corpora: string[];
  json: string | null;
  compare: string | null;
  dump: string | null;
  only: string | null;
  show: string | null;
  worst: number;
  jobs: number;
  cache: boolean;
}

const BOOTSTRAP = { resamples: 1000, seed: 42 };
/** A page this far below Readability alone counts as made worse; the target is at most 0.3% of pages. */
const WORSE_BY = 0.1;
/** Share of Readability's text a page may lose without a recorded removal. */
const MAX_SILENT_LOSS = 0.1;

interface Published {
  system: string;
  f1: number;
  precision?: number;
  recall?: number;
  /** The figure is WCXB's word-bag F1, not the shingle F1. */
  wordBag?: true;
}

/** Published figures, from ../shared/corpus/README.md. */
const PUBLISHED: Record<string, Published[]> = {
  zyte: [
    { system: 'rs_trafilatura (published)', f1: 0.969, precision: 0.952, recall: 0.988 },
    { system: 'trafilatura 2.0.0 (published)', f1: 0.955, precision: 0.933, recall: 0.979 },
    { system: 'Readability 0.6.0 + linkedom, block text (published)', f1: 0.949, precision: 0.912, recall: 0.988 },
    { system: 'defuddle 0.19.4 + linkedom (published)', f1: 0.931, precision: 0.899, recall: 0.967 },
    { system: 'AutoExtract, commercial (published, all 181 pages)', f1: 0.97 },
  ],
  'wcxb-dev': [
    { system: 'rs-trafilatura (published, 793 pages)', f1: 0.932, wordBag: true },
    { system: 'MinerU-HTML (published)', f1: 0.928, wordBag: true },
    { system: 'trafilatura (published)', f1: 0.926, wordBag: true },
    { system: 'dom-smoothie (published)', f1: 0.908, wordBag: true },
  ],
};

function parseArgs(argv: string[]): QualityArgs {
  const args: QualityArgs = { corpora: [], json: null, compare: null, dump: null, only: null, show: null, worst: 10, jobs: Math.min(4, availableParallelism()), cache: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--corpus') args.corpora.push(resolve(value()));
    else if (arg === '--json') args.json = resolve(value());
    else if (arg === '--compare') args.compare = resolve(value());
    else if (arg === '--dump') args.dump = resolve(value());
    else if (arg === '--only') args.only = value();
    else if (arg === '--show') args.show = value();
    else if (arg === '--worst') args.worst = Number(value());
    else if (arg === '--jobs') args.jobs = Math.max(1, Number(value()));
    else if (arg === '--no-cache') args.cache = false;
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

const pageF1 = (s: PageScore): number => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const meanOf = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

function pickPages(pages: CorpusPage[], prefix: string): CorpusPage[] {
  const matches = pages.filter((p) => p.id.startsWith(prefix));
  if (matches.length !== 1) throw new Error(`--only/--show "${prefix}" matches ${matches.length} pages`);
  return matches;
}

const cell = (value: number, spread?: number): string => (spread === undefined ? f3(value) : `${f3(value)} ± ${f3(spread)}`);

export interface CorpusReport {
  corpus: string;
  pages: number;
  ours: CorpusFigures;
  readability: CorpusFigures;
  oursWordBag: number;
  readabilityWordBag: number;
  noArticle: number;
  worseByTenth: number;
  silentLoss: number;
  rules: RuleFigures[];
}

function printCorpus(name: string, results: readonly PageQuality[], worst: number): CorpusReport {
  const ours = corpusFigures(results.map((r) => r.ours));
  const readability = corpusFigures(results.map((r) => r.readability));
  const oursSd = bootstrapStdDev(results.map((r) => r.ours), BOOTSTRAP);
  const readabilitySd = bootstrapStdDev(results.map((r) => r.readability), BOOTSTRAP);
  const oursWordBag = meanOf(results.map((r) => r.oursBag));
  const readabilityWordBag = meanOf(results.map((r) => r.readabilityBag));

  console.log(`\n## ${name}: ${results.length} pages; ± = std dev over ${BOOTSTRAP.resamples} bootstrap resamples (seed ${BOOTSTRAP.seed})\n`);
  console.log('| system | F1 | precision | recall | accuracy | word-bag F1 |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| **Clearpress** (jsdom) | ${cell(ours.f1, oursSd.f1)} | ${cell(ours.precision, oursSd.precision)} | ${cell(ours.recall, oursSd.recall)} | ${f3(ours.accuracy)} | ${f3(oursWordBag)} |`);
  console.log(`| Readability 0.6.0 alone (jsdom, block text) | ${cell(readability.f1, readabilitySd.f1)} | ${cell(readability.precision, readabilitySd.precision)} | ${cell(readability.recall, readabilitySd.recall)} | ${f3(readability.accuracy)} | ${f3(readabilityWordBag)} |`);
  for (const p of PUBLISHED[name] ?? []) {
    const dash = '–';
    if (p.wordBag) console.log(`| ${p.system} | ${dash} | ${dash} | ${dash} | ${dash} | ${f3(p.f1)} |`);
    else console.log(`| ${p.system} | ${f3(p.f1)} | ${p.precision === undefined ? dash : f3(p.precision)} | ${p.recall === undefined ? dash : f3(p.recall)} | ${dash} | ${dash} |`);
  }

  const empty = results.filter((r) => r.status !== 'ok');
  console.log(`\nNo article (scored as empty extractions): ${empty.length} of ${results.length} (${pct(empty.length / Math.max(1, results.length))})`);
  for (const r of empty) console.log(`  ${r.id.slice(0, 12)} ${r.status === 'threw' ? `threw: ${r.error}` : 'null'}  Readability F1 ${f3(pageF1(r.readability))}  ${r.url}`);

  const better = results.filter((r) => pageF1(r.ours) > pageF1(r.readability) + 1e-9).length;
  const worse = results.filter((r) => pageF1(r.ours) < pageF1(r.readability) - 1e-9);
  const muchWorse = worse.filter((r) => pageF1(r.ours) <= pageF1(r.readability) - WORSE_BY).sort((a, b) => pageF1(a.ours) - pageF1(a.readability) - (pageF1(b.ours) - pageF1(b.readability)));
  console.log(`Against Readability alone: ${better} better, ${worse.length} worse, ${results.length - better - worse.length} equal; ${WORSE_BY.toFixed(2)} or more below it: ${muchWorse.length} (${pct(muchWorse.length / Math.max(1, results.length))})`);
  for (const r of muchWorse) console.log(`  ${r.id.slice(0, 12)}  F1 ${f3(pageF1(r.ours))} against ${f3(pageF1(r.readability))}  ${r.url}`);

  const silent = results.filter((r) => r.status === 'ok' && r.unexplainedLoss > MAX_SILENT_LOSS).sort((a, b) => b.unexplainedLoss - a.unexplainedLoss);
  console.log(`Pages losing more than ${pct(MAX_SILENT_LOSS)} of Readability's text without a recorded removal: ${silent.length}`);
  for (const r of silent) {
    console.log(`  ${r.id.slice(0, 12)}  ${pct(r.unexplainedLoss)} of ${r.readabilityShingles} sh.  ${r.url}`);
    for (const run of r.silentRuns) console.log(`      ${run}`);
  }

  const withSnippets = results.filter((r) => r.snippets);
  if (withSnippets.length > 0) {
    const sum = (pick: (r: PageQuality) => number): number => withSnippets.reduce((s, r) => s + pick(r), 0);
    console.log(`Snippets: must-contain found ${sum((r) => r.snippets!.withFound)} of ${sum((r) => r.snippets!.withTotal)}; must-not-contain found ${sum((r) => r.snippets!.withoutFound)} of ${sum((r) => r.snippets!.withoutTotal)}`);
  }

  const rules = ruleFigures(results);
  printRuleTable(rules);
  printWorst(results, worst);
  return { corpus: name, pages: results.length, ours, readability, oursWordBag, readabilityWordBag, noArticle: empty.length, worseByTenth: muchWorse.length, silentLoss: silent.length, rules };
}

function printWorst(results: readonly PageQuality[], count: number): void {
  if (count <= 0) return;
  const worst = [...results].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, count);
  console.log(`\n${worst.length} worst pages by our F1 (lost = truth text we miss, kept = text not in the truth)`);
  for (const r of worst) {
    const s = r.ours;
    console.log(`\n● ${r.id.slice(0, 12)}  F1 ${f3(pageF1(s))} (P ${f3(s.precision)} R ${f3(s.recall)})  Readability F1 ${f3(pageF1(r.readability))}  ${r.url}`);
    if (r.status === 'threw') console.log(`  pipeline threw: ${r.error}`);
    else if (r.status === 'null') console.log('  pipeline returned null');
    for (const run of r.lostRuns) console.log(`  lost  ${run}`);
    for (const run of r.keptRuns) console.log(`  kept  ${run}`);
    for (const removal of r.costlyRemovals) console.log(`  removed by ${removal}`);
  }
}

function dumpPage(dir: string, corpus: string, run: PageRun): void {
  const folder = join(dir, corpus);
  mkdirSync(folder, { recursive: true });
  const id = run.quality.id;
  writeFileSync(join(folder, `${id}.ours.txt`), run.texts?.ours ?? '');
  writeFileSync(join(folder, `${id}.readability.txt`), run.readability.text);
  writeFileSync(join(folder, `${id}.truth.txt`), run.page.truth);
  writeFileSync(join(folder, `${id}.removed.json`), `${JSON.stringify(run.texts?.article?.removed ?? [], null, 1)}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const corpora = args.corpora.length > 0 ? args.corpora : [...DEFAULT_ARTICLE_CORPORA, resolve(DEFAULT_ARTICLE_CORPORA[0]!, '../readability-test-pages')];
  const started = performance.now();
  const reports: CorpusReport[] = [];
  const perPage: Record<string, PageQuality[]> = {};
  for (const dir of corpora) {
    const name = basename(dir);
    if (!isArticleCorpus(dir)) {
      console.log(`\n## ${name}: the damage check`);
      runDamageCheck(dir, { only: args.only, json: null });
      continue;
    }
    let pages = loadArticleCorpus(dir);
    if (args.show) {
      const matches = pages.filter((p) => p.id.startsWith(args.show!));
      if (matches.length === 0) continue;
      const [run] = await runPages(pickPages(pages, args.show), { jobs: 1, cacheName: name, cache: args.cache, withTexts: true });
      const { quality } = run!;
      console.log(`${quality.id}  ${quality.url}\nF1 ${f3(pageF1(quality.ours))} P ${f3(quality.ours.precision)} R ${f3(quality.ours.recall)}  (Readability F1 ${f3(pageF1(quality.readability))})`);
      console.log(pageDiff(run!.texts?.ours ?? '', run!.page.truth));
      for (const removal of run!.texts?.article?.removed ?? []) console.log(`removed by ${removal.rule}: ${removal.text.slice(0, 200).replace(/\n/g, ' / ')}`);
      return;
    }
    if (args.only) {
      pages = pages.filter((p) => p.id.startsWith(args.only!));
      if (pages.length === 0) continue;
    }
    const runs = await runPages(pages, { jobs: args.jobs, cacheName: name, cache: args.cache, withTexts: args.dump !== null });
    if (args.dump) for (const run of runs) dumpPage(args.dump, name, run);
    const results = runs.map((r) => r.quality);
    perPage[name] = results;
    reports.push(printCorpus(name, results, args.worst));
    if (args.compare) printComparison(readComparison(args.compare, name), results);
  }
  if (reports.length > 1) printSummary(reports);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ reports, pages: perPage })}\n`);
    console.log(`\nper-page figures written to ${args.json}`);
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s, ${args.jobs} worker${args.jobs > 1 ? 's' : ''})`);
}

function printSummary(reports: readonly CorpusReport[]): void {
  console.log('\n## Every corpus\n');
  console.log('| corpus | pages | Clearpress F1 | Readability F1 | gain | word-bag F1 (ours / Readability) | no article | ≥ 0.10 below Readability | silent loss > 10% |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of reports) {
    console.log(`| ${r.corpus} | ${r.pages} | ${f3(r.ours.f1)} | ${f3(r.readability.f1)} | ${(r.ours.f1 - r.readability.f1 >= 0 ? '+' : '') + f3(r.ours.f1 - r.readability.f1)} | ${f3(r.oursWordBag)} / ${f3(r.readabilityWordBag)} | ${r.noArticle} | ${r.worseByTenth} | ${r.silentLoss} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
