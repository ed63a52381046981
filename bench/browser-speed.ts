/**
 * The browser half of the speed bench: the built extraction script (`extract.js`) against Readability alone
 * and against Defuddle, on the corpus pages loaded in headless Chromium, side by side in the same browser and
 * the same run.
 *
 * How it is kept fair:
 * - each runs as a script evaluated in the loaded page, timed inside the page with `performance.now()`, script
 *   compilation included (the extension injects `extract.js` as a file each time, so it pays that too);
 * - each works on a clone, inside its timing: our script clones the page itself, Readability alone is given
 *   `document.cloneNode(true)` as its README prescribes, Defuddle is given the page and clones it itself (after
 *   two small, repeatable changes to the page: see bench/in-page-scripts.ts);
 * - warm: per page, each script runs once untimed, then `ROUNDS` times with the order rotated; its median counts;
 * - first run per page: each script alone in a fresh load of the page in a new tab, run once. A new tab is a new
 *   renderer process, so a new V8 isolate where nothing of the script is compiled yet: V8 keeps compiled code
 *   per isolate, `eval`'d strings included, keyed on their source (in a second isolated world of one page,
 *   `extract.js` ran 15-25 ms faster than with a unique comment appended, and no faster when Chromium ran with
 *   `--js-flags=--no-compilation-cache`), compiled regexes too; and a page reloaded in the same tab keeps its
 *   process. Which script goes first rotates from page to page;
 * - pages load from memory at their real address with page scripts off and every sub-resource refused, so
 *   nothing but the scripts runs and the DOM is the same for all.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath } from '../e2e/browsers';
import { readHtml, type CorpusPage } from './corpus';
import { extractScriptPath, loadInPageScripts, openIsolatedWorld, runScript, type InPageRun, type InPageScript, type ScriptName } from './in-page-scripts';
import type { SpeedOptions, SpeedVerdict } from './speed-section';
import { median, ms, summarizeTimings } from './stats';

const ROUNDS = 3;
const WARM_UP_PAGES = 5;

/** What one script measured: per page a warm figure and a first run, and how often each outcome came out. */
interface ScriptResults {
  warm: number[];
  first: number[];
  outcomes: Map<string, number>;
  /** Pages where the first run found something else than the warm runs (it should never happen). */
  firstRunDiffers: number;
}

interface FirstRun extends InPageRun {
  /** The V8 isolate it ran in, to check that no two first runs shared one. */
  isolate: string;
}

interface LoadedPage {
  tab: Page;
  cdp: CDPSession;
  world: number;
}

/** `list` turned `by` steps, so each script in turn goes first. */
function rotated<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

async function launchBrowser(profile: string, executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=http://127.0.0.1:9'],
  });
}

/**
 * Serves the corpus pages from memory at their own addresses, in every tab of the browser; nothing else loads.
 * Returns how to add a page. Requests never carry the fragment, so pages are looked up without it.
 */
async function servePagesFromMemory(context: BrowserContext): Promise<(page: CorpusPage) => void> {
  const files = new Map<string, string>();
  const withoutFragment = (url: string): string => url.split('#')[0]!;
  await context.route('**/*', (route) => {
    const file = route.request().isNavigationRequest() ? files.get(withoutFragment(route.request().url())) : undefined;
    return file
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: readHtml(file) })
      : route.abort();
  });
  return (page) => void files.set(withoutFragment(page.url), page.file);
}

/**
 * `url` in `tab`, on screen, with an isolated world holding `scripts`. A reader clicks on a page already drawn,
 * so two animation frames pass first: the page's style and layout are done before any timing starts.
 */
async function loadPage(context: BrowserContext, tab: Page, url: string, scripts: readonly InPageScript[]): Promise<LoadedPage> {
  await tab.goto(url, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(tab);
  const world = await openIsolatedWorld(cdp, scripts);
  await cdp.send('Runtime.evaluate', { contextId: world, expression: 'new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))', awaitPromise: true });
  return { tab, cdp, world };
}

/**
 * One script's first run on a fresh load of `url` in a new tab (see the header for why a tab). The source gets
 * a unique comment as well: were Chromium ever to put two of these tabs in one process, V8's cache of compiled
 * `eval` code, keyed on the source, would still miss.
 */
async function firstRun(context: BrowserContext, url: string, script: InPageScript, loadNumber: number): Promise<FirstRun> {
  const tab = await context.newPage();
  try {
    const loaded = await loadPage(context, tab, url, [{ ...script, source: `${script.source}\n// first run ${loadNumber}` }]);
    const { id } = await loaded.cdp.send('Runtime.getIsolateId');
    return { ...(await runScript(loaded.cdp, loaded.world, script.name)), isolate: id };
  } finally {
    await tab.close();
  }
}

/** Warm runs on one loaded page: each script once untimed, then `ROUNDS` rounds in rotated order. Medians per script. */
async function warmRuns(page: LoadedPage, scripts: readonly InPageScript[], pageIndex: number): Promise<Map<ScriptName, InPageRun>> {
  for (const script of scripts) await runScript(page.cdp, page.world, script.name);
  const runs = new Map<ScriptName, InPageRun[]>(scripts.map((script) => [script.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const script of rotated(scripts, pageIndex + round)) runs.get(script.name)!.push(await runScript(page.cdp, page.world, script.name));
  }
  return new Map([...runs].map(([name, list]) => [name, { ms: median(list.map((run) => run.ms)), outcome: list.at(-1)!.outcome }]));
}

export async function timeInBrowser(pages: readonly CorpusPage[], options: SpeedOptions): Promise<SpeedVerdict[]> {
  if (options.skipBrowser) {
    console.log('(skipped: --skip-browser)');
    return [];
  }
  if (!existsSync(extractScriptPath())) {
    console.log(`(${extractScriptPath()} not built yet: run \`npm run build\` first)`);
    return [];
  }
  let browserPath: string;
  try {
    browserPath = chromiumPath();
  } catch (error) {
    // The rest of the speed bench still runs without a browser: say why this half is skipped.
    console.log(`(${(error as Error).message})`);
    return [];
  }
  const scripts = await loadInPageScripts();
  const results = new Map<ScriptName, ScriptResults>(scripts.map((script) => [script.name, { warm: [], first: [], outcomes: new Map(), firstRunDiffers: 0 }]));
  const isolates = new Set<string>();
  let firstRuns = 0;
  const profile = mkdtempSync(join(tmpdir(), 'clearpress-speed-'));
  const context = await launchBrowser(profile, browserPath);
  try {
    const serve = await servePagesFromMemory(context);
    const tab = context.pages()[0] ?? (await context.newPage());
    const measured = pages.filter((p) => p.url);
    for (const [index, p] of [...measured.slice(0, WARM_UP_PAGES), ...measured].entries()) {
      serve(p);
      const first = new Map<ScriptName, FirstRun>();
      for (const script of rotated(scripts, index)) first.set(script.name, await firstRun(context, p.url, script, ++firstRuns));
      const loaded = await loadPage(context, tab, p.url, scripts);
      const warm = await warmRuns(loaded, scripts, index);
      await loaded.cdp.detach();
      for (const run of first.values()) isolates.add(run.isolate);
      if (index < WARM_UP_PAGES) continue;
      for (const [name, run] of warm) {
        const result = results.get(name)!;
        result.warm.push(run.ms);
        result.first.push(first.get(name)!.ms);
        result.outcomes.set(run.outcome, (result.outcomes.get(run.outcome) ?? 0) + 1);
        if (first.get(name)!.outcome !== run.outcome) result.firstRunDiffers++;
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return report(scripts, results, { firstRuns, isolates: isolates.size });
}

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

function report(scripts: readonly InPageScript[], results: Map<ScriptName, ScriptResults>, processes: { firstRuns: number; isolates: number }): SpeedVerdict[] {
  const warm = (name: ScriptName) => summarizeTimings(results.get(name)!.warm);
  const first = (name: ScriptName) => summarizeTimings(results.get(name)!.first);
  const pageCount = results.get('ours')!.warm.length;
  console.log(
    `${pageCount} pages in headless Chromium (page scripts blocked), after ${WARM_UP_PAGES} warm-up pages. Warm: per page, each script once ` +
      `untimed, then the median of ${ROUNDS} runs. First run: each script alone on a fresh load of the page in a new tab.\n`,
  );
  console.log('| script | warm median ms | warm p95 ms | first run median ms | first run p95 ms | outcomes |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const script of scripts) {
    const result = results.get(script.name)!;
    const outcomes = [...result.outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ');
    const differs = result.firstRunDiffers > 0 ? ` (first run found otherwise on ${result.firstRunDiffers})` : '';
    const [w, f] = [warm(script.name), first(script.name)];
    console.log(`| ${script.label} | ${ms(w.median)} | ${ms(w.p95)} | ${ms(f.median)} | ${ms(f.p95)} | ${outcomes}${differs} |`);
  }
  const [ours, readability, defuddle] = [warm('ours'), warm('readability'), warm('defuddle')];
  const [oursFirst, readabilityFirst, defuddleFirst] = [first('ours'), first('readability'), first('defuddle')];
  const perPage = results.get('ours')!.warm.map((value, i) => value / results.get('readability')!.warm[i]!);
  console.log(
    `\nextract.js / Readability alone: warm median ${ratio(ours.median, readability.median)}, p95 ${ratio(ours.p95, readability.p95)} ` +
      `(median of per-page ratios ${median(perPage).toFixed(2)}×); first run median ${ratio(oursFirst.median, readabilityFirst.median)}, p95 ${ratio(oursFirst.p95, readabilityFirst.p95)}`,
  );
  console.log(
    `Defuddle / extract.js: warm median ${ratio(defuddle.median, ours.median)}, p95 ${ratio(defuddle.p95, ours.p95)}; ` +
      `first run median ${ratio(defuddleFirst.median, oursFirst.median)}, p95 ${ratio(defuddleFirst.p95, oursFirst.p95)}`,
  );
  console.log(`${processes.firstRuns} first runs (warm-up pages included) in ${processes.isolates} distinct V8 isolates${processes.isolates < processes.firstRuns ? ': some shared a process, so those may have been warmer' : ''}`);
  return [
    { label: 'Browser (Chromium), warm, extract.js / Readability alone, median', ratio: ours.median / readability.median, target: 1.5 },
    { label: 'Browser (Chromium), warm, extract.js / Readability alone, p95', ratio: ours.p95 / readability.p95, target: 1.5 },
    { label: 'Browser (Chromium), first run per page, extract.js / Readability alone, median', ratio: oursFirst.median / readabilityFirst.median, target: 2 },
    { label: 'Browser (Chromium), warm, Defuddle / extract.js, median (times faster than Defuddle)', ratio: defuddle.median / ours.median, target: 2, bound: 'at least' },
    { label: 'Browser (Chromium), first run per page, Defuddle / extract.js, median (times faster)', ratio: defuddleFirst.median / oursFirst.median, target: 2, bound: 'at least' },
  ];
}
