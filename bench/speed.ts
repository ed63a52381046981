/**
 * Speed of our pipeline against Readability alone and Defuddle, on the Zyte corpus pages:
 *   npm run bench:speed -- [--corpus DIR] [--skip-browser] [--skip-cli] [--limit N]
 * In headless Chromium (bench/browser-speed.ts), side by side in one run: extract.js, Readability alone and
 * Defuddle, warm (median and p95 per page) and on their first run per page (a fresh load each, nothing of the
 * script compiled yet). In Node: our pipeline and Readability in one process, and our whole CLI against a
 * Readability-only one. Then the size of extract.js.
 * Sections run in order and each prints its own table; the summary lists every ratio against its target, pass
 * or fail, with the load average at start and end (the machine is shared: the load says how much to trust
 * absolute times; ratios are measured side by side).
 * To add one, write a `SpeedSection` (bench/speed-section.ts) in its own file (bench/browser-speed.ts is the
 * headless-Chromium one) and list it in `SECTIONS`; bench/stats.ts has the median and p95 helpers.
 * `--skip-browser` and `--skip-cli` leave out the slow sections; CLEARPRESS_EXT_DIR points at a build other
 * than .output/chrome-mv3.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import { DEFAULT_ZYTE_CORPUS, loadArticleCorpus, readHtml, type CorpusPage } from './corpus';
import { timeInBrowser } from './browser-speed';
import { extractScriptPath } from './in-page-scripts';
import type { SpeedOptions, SpeedSection, SpeedVerdict } from './speed-section';
import { ms, summarizeTimings, type TimingSummary } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const WARM_UP_PAGES = 10;

const SECTIONS: SpeedSection[] = [
  { name: 'Browser: extract.js vs Readability alone and Defuddle (headless Chromium)', run: timeInBrowser },
  { name: 'Node, in one process (jsdom)', run: timeInProcess },
  { name: 'Node, whole CLI run (jsdom)', run: timeWholeCli },
  { name: 'Size of the injected extraction script', run: reportScriptSize },
];

/**
 * Wall time of `work` in ms. The machine is shared, so CPU time (this process, user + system) is kept beside
 * it in `cpuLog`: it moves far less when other jobs compete for the cores.
 */
const cpuLog: number[] = [];
function timed<T>(work: () => T): [T, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuLog.push((used.user + used.system) / 1000);
  return [result, wall];
}

function printTimings(rows: [string, TimingSummary][]): void {
  console.log('| step | median ms | p95 ms | total s |');
  console.log('| --- | --- | --- | --- |');
  for (const [label, t] of rows) console.log(`| ${label} | ${ms(t.median)} | ${ms(t.p95)} | ${(t.total / 1000).toFixed(2)} |`);
}

/**
 * Per page: parse + Readability alone, and parse + our full pipeline, each on its own parse of the same HTML
 * (both mutate or clone the document). The order alternates page by page so neither gets a warmer cache.
 */
function timeInProcess(pages: readonly CorpusPage[], options: SpeedOptions): SpeedVerdict[] {
  if (options.skipCli) {
    console.log('(skipped: --skip-cli)');
    return [];
  }
  const htmls = pages.map((page) => ({ html: readHtml(page.file), url: page.url || null }));
  const readabilityRun = ({ html, url }: { html: string; url: string | null }): [number, number] => {
    const [document, parse] = timed(() => parsePage(html, url));
    const [, extract] = timed(() => new Readability(document).parse());
    return [parse, extract];
  };
  const oursRun = ({ html, url }: { html: string; url: string | null }): [number, number] => {
    const [document, parse] = timed(() => parsePage(html, url));
    let extract = Number.NaN;
    try {
      [, extract] = timed(() => extractArticle(document, { url }));
    } catch {
      // A page the pipeline throws on is timed as far as the throw; the CLI survives it the same way.
      extract = 0;
    }
    return [parse, extract];
  };
  for (const page of htmls.slice(0, WARM_UP_PAGES)) {
    readabilityRun(page);
    oursRun(page);
  }
  const times = { rParse: [] as number[], rExtract: [] as number[], oParse: [] as number[], oExtract: [] as number[] };
  const cpu = { readability: [] as number[], ours: [] as number[] };
  const lastTwoCpu = (): number => cpuLog.slice(-2).reduce((a, b) => a + b, 0);
  htmls.forEach((page, i) => {
    const runR = (): void => {
      const [p, e] = readabilityRun(page);
      times.rParse.push(p);
      times.rExtract.push(e);
      cpu.readability.push(lastTwoCpu());
    };
    const runO = (): void => {
      const [p, e] = oursRun(page);
      times.oParse.push(p);
      times.oExtract.push(e);
      cpu.ours.push(lastTwoCpu());
    };
    if (i % 2 === 0) (runR(), runO());
    else (runO(), runR());
  });
  const plus = (a: number[], b: number[]): number[] => a.map((x, i) => x + b[i]!);
  const readabilityTotal = summarizeTimings(plus(times.rParse, times.rExtract));
  const oursTotal = summarizeTimings(plus(times.oParse, times.oExtract));
  const readabilityAlone = summarizeTimings(times.rExtract);
  const oursAlone = summarizeTimings(times.oExtract);
  console.log(`${pages.length} pages, after a warm-up on ${WARM_UP_PAGES}; per page:\n`);
  printTimings([
    ['jsdom parse (before Readability)', summarizeTimings(times.rParse)],
    ['Readability alone', readabilityAlone],
    ['**parse + Readability**', readabilityTotal],
    ['jsdom parse (before ours)', summarizeTimings(times.oParse)],
    ['our pipeline', oursAlone],
    ['**parse + our pipeline**', oursTotal],
  ]);
  const oursCpu = summarizeTimings(cpu.ours);
  const readabilityCpu = summarizeTimings(cpu.readability);
  console.log('\nCPU time of the same runs (user + system, this process):\n');
  printTimings([
    ['parse + Readability, CPU', readabilityCpu],
    ['parse + our pipeline, CPU', oursCpu],
  ]);
  const ratio = oursTotal.median / readabilityTotal.median;
  console.log(
    `\nours / Readability, parse included: median ${ratio.toFixed(2)}×, p95 ${(oursTotal.p95 / readabilityTotal.p95).toFixed(2)}×, ` +
      `total ${(oursTotal.total / readabilityTotal.total).toFixed(2)}×; extraction step alone: median ${(oursAlone.median / readabilityAlone.median).toFixed(2)}×`,
  );
  // Per page, for finding what is slow; the Node target is the whole CLI run below, start-up and all.
  console.log(`(per-page reference; the Node target is the whole CLI run: median CPU ${(oursCpu.median / readabilityCpu.median).toFixed(2)}×)`);
  return [];
}

interface CliRun {
  seconds: number;
  /** User + system CPU seconds of the command and its children (bash's `time`). */
  cpuSeconds: number;
  lines: number;
  errors: number;
}

/** Runs a command under bash's `time`, which reports the CPU time of the whole process tree. */
function runCli(args: string[]): CliRun {
  const start = performance.now();
  const script = 'TIMEFORMAT="@cpu %U %S"; time "$@" 2>/dev/null';
  const result = spawnSync('bash', ['-c', script, 'bash', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${args.slice(0, 4).join(' ')} … exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  const lines = result.stdout.split('\n').filter(Boolean);
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN,
    lines: lines.length,
    errors: lines.filter((line) => line.includes('"error":')).length,
  };
}

/**
 * The whole CLI on every page in one process, against the Readability-only CLI on the same files. Both start
 * through npm (`npm run` for ours, as the target states it; `npx` for the baseline), so both pay its start-up.
 */
function timeWholeCli(pages: readonly CorpusPage[], options: SpeedOptions): SpeedVerdict[] {
  if (options.skipCli) {
    console.log('(skipped: --skip-cli)');
    return [];
  }
  const files = pages.map((page) => page.file);
  const readability = runCli(['npx', '--no-install', 'tsx', 'bench/readability-only-cli.ts', ...files]);
  const ours = runCli(['npm', 'run', '--silent', 'extract', '--', ...files, '--format', 'jsonl']);
  console.log('| run | wall s | CPU s | lines | no article / error |');
  console.log('| --- | --- | --- | --- | --- |');
  const row = (label: string, run: CliRun): void =>
    console.log(`| ${label} | ${run.seconds.toFixed(2)} | ${run.cpuSeconds.toFixed(2)} | ${run.lines} | ${run.errors} |`);
  row(`npx tsx bench/readability-only-cli.ts (${files.length} files)`, readability);
  row('npm run --silent extract -- … --format jsonl', ours);
  const ratio = ours.seconds / readability.seconds;
  const cpuRatio = ours.cpuSeconds / readability.cpuSeconds;
  console.log(`\nours / Readability-only CLI: wall ${ratio.toFixed(2)}×, CPU ${cpuRatio.toFixed(2)}×`);
  return [
    { label: `Node whole CLI run, jsonl, ${files.length} files, wall time`, ratio, target: 2 },
    { label: `Node whole CLI run, jsonl, ${files.length} files, CPU time`, ratio: cpuRatio, target: 2 },
  ];
}

/** The injected script is compiled on every click: its size is most of the first run's fixed cost (kB = 1000 bytes). */
const SCRIPT_BUDGET_KB = 100;

/** The built script (another engineer builds it with `npm run build`); reported, not built here. */
function reportScriptSize(): SpeedVerdict[] {
  const script = extractScriptPath();
  if (!existsSync(script)) {
    console.log(`(${script} not built yet: run \`npm run build\` first)`);
    return [];
  }
  const bytes = statSync(script).size;
  const gzipped = gzipSync(readFileSync(script)).length;
  console.log(`${script}: ${(bytes / 1000).toFixed(1)} kB minified, ${(gzipped / 1000).toFixed(1)} kB gzipped (budget ${SCRIPT_BUDGET_KB} kB minified)`);
  return [{ label: `extraction script size / ${SCRIPT_BUDGET_KB} kB budget (${(bytes / 1000).toFixed(1)} kB)`, ratio: bytes / 1000 / SCRIPT_BUDGET_KB, target: 1 }];
}

function parseArgs(argv: string[]): SpeedOptions {
  const options: SpeedOptions = { corpus: DEFAULT_ZYTE_CORPUS, skipCli: false, skipBrowser: false, limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') options.corpus = resolve(argv[++i] ?? '');
    else if (argv[i] === '--skip-cli') options.skipCli = true;
    else if (argv[i] === '--skip-browser') options.skipBrowser = true;
    else if (argv[i] === '--limit') options.limit = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

/** The 1, 5 and 15 minute load averages. */
const loadAverages = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function holds(verdict: SpeedVerdict): boolean {
  return verdict.bound === 'at least' ? verdict.ratio >= verdict.target : verdict.ratio <= verdict.target;
}

function printSummary(verdicts: readonly SpeedVerdict[], loadBefore: string): void {
  console.log('| measure | ratio | target | |');
  console.log('| --- | --- | --- | --- |');
  for (const v of verdicts) {
    console.log(`| ${v.label} | ${v.ratio.toFixed(2)}× | ${v.bound === 'at least' ? '≥' : '≤'} ${v.target}× | ${holds(v) ? '✓ pass' : '✗ fail'} |`);
  }
  console.log(`\nload average (1, 5, 15 min) at start ${loadBefore}, at end ${loadAverages()}, on ${cpus().length} cores`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const pages = loadArticleCorpus(options.corpus).slice(0, options.limit);
  const verdicts: SpeedVerdict[] = [];
  // The machine is shared: the load says how much to trust absolute times (ratios are measured side by side).
  const loadBefore = loadAverages();
  console.log(`load average ${loadBefore} on ${cpus().length} cores`);
  for (const section of SECTIONS) {
    console.log(`\n## ${section.name}\n`);
    verdicts.push(...(await section.run(pages, options)));
  }
  console.log('\n## Summary\n');
  printSummary(verdicts, loadBefore);
}

await main();
