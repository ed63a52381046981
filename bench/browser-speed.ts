/**
 * The browser half of the speed bench (issue 5): the built extraction script (`extract.js`) against Readability
 * alone, on the corpus pages loaded in headless Chromium, side by side in the same browser and the same run.
 *
 * How it is kept fair:
 * - both run as a script evaluated in the loaded page, timed inside the page with `performance.now()`, script
 *   compilation included (the extension injects `extract.js` as a file each time, so it pays that too);
 * - both work on a clone: our script clones the page itself (it never changes the page), Readability alone is
 *   given `document.cloneNode(true)` as its README prescribes, and that clone is inside its timing;
 * - per page the order alternates, and each page is measured `ROUNDS` times (its median counts);
 * - pages load from memory at their real address with page scripts off and every sub-resource refused, so
 *   nothing but the two scripts runs and the DOM is the same for both.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readHtml, type CorpusPage } from './corpus';
import { extractScriptPath, openIsolatedWorld, readabilityAloneScript, runScript } from './in-page-scripts';
import type { SpeedOptions, SpeedVerdict } from './speed-section';
import { median, ms, summarizeTimings } from './stats';

const ROUNDS = 3;
const WARM_UP_PAGES = 5;

export async function timeInBrowser(pages: readonly CorpusPage[], options: SpeedOptions): Promise<SpeedVerdict[]> {
  if (options.skipBrowser) {
    console.log('(skipped: --skip-browser)');
    return [];
  }
  const extractPath = extractScriptPath();
  if (!existsSync(extractPath)) {
    console.log(`(${extractPath} not built yet: run \`npm run build\` first)`);
    return [];
  }
  if (!existsSync('/usr/bin/chromium')) {
    console.log('(no /usr/bin/chromium: `apt-get install -y chromium`)');
    return [];
  }
  const ours = readFileSync(extractPath, 'utf8');
  const readability = await readabilityAloneScript();
  const profile = mkdtempSync(join(tmpdir(), 'clearpress-speed-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=http://127.0.0.1:9'],
  });
  const oursMs: number[] = [];
  const readabilityMs: number[] = [];
  const outcomes = { ours: new Map<string, number>(), readability: new Map<string, number>() };
  const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    let current = '';
    // The page from memory at its own address; nothing else loads.
    await page.route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().url() === current.split('#')[0]
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: pageFileFor(current) })
        : route.abort(),
    );
    const byUrl = new Map<string, string>();
    // Requests never carry the fragment, so pages are looked up without it.
    const pageFileFor = (url: string): Buffer => Buffer.from(readHtml(byUrl.get(url.split('#')[0]!)!), 'utf8');
    const measured = pages.filter((p) => p.url);
    for (const [index, p] of [...measured.slice(0, WARM_UP_PAGES), ...measured].entries()) {
      const warmUp = index < WARM_UP_PAGES;
      byUrl.set(p.url.split('#')[0]!, p.file);
      current = p.url;
      await page.goto(p.url, { waitUntil: 'load' });
      const world = await openIsolatedWorld(cdp, { ours, readability });
      const o: number[] = [];
      const r: number[] = [];
      let oursOutcome = '';
      let readabilityOutcome = '';
      for (let round = 0; round < ROUNDS; round++) {
        const first = (index + round) % 2 === 0;
        const a = await runScript(cdp, world, first ? 'ours' : 'readability');
        const b = await runScript(cdp, world, first ? 'readability' : 'ours');
        const [oRun, rRun] = first ? [a, b] : [b, a];
        o.push(oRun.ms);
        r.push(rRun.ms);
        oursOutcome = oRun.outcome;
        readabilityOutcome = rRun.outcome;
      }
      if (warmUp) continue;
      oursMs.push(median(o));
      readabilityMs.push(median(r));
      count(outcomes.ours, oursOutcome);
      count(outcomes.readability, readabilityOutcome);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const o = summarizeTimings(oursMs);
  const r = summarizeTimings(readabilityMs);
  const perPage = oursMs.map((value, i) => value / readabilityMs[i]!);
  console.log(`${oursMs.length} pages in headless Chromium (page scripts blocked), each the median of ${ROUNDS} runs, after ${WARM_UP_PAGES} warm-up pages; per page:\n`);
  console.log('| script | median ms | p95 ms | total s | outcomes |');
  console.log('| --- | --- | --- | --- | --- |');
  const describe = (map: Map<string, number>): string => [...map].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`| Readability alone (clone + parse) | ${ms(r.median)} | ${ms(r.p95)} | ${(r.total / 1000).toFixed(2)} | ${describe(outcomes.readability)} |`);
  console.log(`| extract.js (${(ours.length / 1024).toFixed(1)} kB) | ${ms(o.median)} | ${ms(o.p95)} | ${(o.total / 1000).toFixed(2)} | ${describe(outcomes.ours)} |`);
  console.log(
    `\nextract.js / Readability alone: median ${(o.median / r.median).toFixed(2)}×, p95 ${(o.p95 / r.p95).toFixed(2)}×, ` +
      `total ${(o.total / r.total).toFixed(2)}×; median of per-page ratios ${median(perPage).toFixed(2)}×`,
  );
  return [
    { label: 'Browser (Chromium), extract.js vs Readability alone, median time', ratio: o.median / r.median, target: 1.25 },
    { label: 'Browser (Chromium), extract.js vs Readability alone, p95 time', ratio: o.p95 / r.p95, target: 1.25 },
  ];
}
