/**
 * Popup latency on the seed page: from the simulated toolbar click (CDP Extensions.triggerAction) to the
 * article shown in the popup, on the production Chromium build. The popup records when it rendered the
 * article (`performance.timeOrigin + now`, the same wall clock as this process) and marks its steps, so each
 * click splits into: the browser opening the popup, loading its code, injecting and running the extraction,
 * and rendering. Run after `wxt build`:
 *   npx tsx bench/popup-latency.ts [--headed] [clicks=12] [extension dirs...]
 * `--headed` runs a headed Chromium on a virtual X display (Xvfb) instead of headless, to tell the browser's
 * own click-to-popup cost in headless mode from ours (Chromium 156.0.8078.114: about 110 ms either way).
 * With several extension dirs (e.g. before and after a change) the clicks alternate between them in one
 * browser each, so both see the same machine load.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { clickToolbarButton, launchChromium, startVirtualDisplay, type Chromium } from '../e2e/chromium';
import { startFixtureServer } from '../e2e/fixture-server';

const headed = process.argv.includes('--headed');
const args = process.argv.slice(2).filter((arg) => arg !== '--headed');
const clicks = Number(args[0] ?? 12);
const dirs = args.length > 1 ? args.slice(1) : [process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3'];
const display = headed ? `:${80 + (process.pid % 9)}` : undefined;

interface Sample {
  total: number;
  browserOpens: number;
  codeStarts: number;
  extractionStarts: number;
  extraction: number;
  render: number;
}

const PHASES: [string, keyof Sample][] = [
  ['click → article shown', 'total'],
  ['  click → popup document starts', 'browserOpens'],
  ['  → popup code runs', 'codeStarts'],
  ['  → injection starts', 'extractionStarts'],
  ['  injection + extraction', 'extraction'],
  ['  extraction done → article shown', 'render'],
];

async function clickOnce(browser: Chromium, page: import('playwright-core').Page): Promise<Sample> {
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.body.dataset.state === 'article'`, 15_000);
  const t = await popup.evaluate<{ origin: number; shownAt: number; marks: Record<string, number> }>(
    `({ origin: performance.timeOrigin, shownAt: Number(document.body.dataset.shownAt), marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])) })`,
  );
  await popup.evaluate('window.close(), true').catch(() => undefined);
  const main = t.marks['clearpress:main'] ?? 0;
  const start = t.marks['clearpress:extract-start'] ?? main;
  const end = t.marks['clearpress:extract-end'] ?? start;
  return {
    total: t.shownAt - clickedAt,
    browserOpens: t.origin - clickedAt,
    codeStarts: main,
    extractionStarts: start - main,
    extraction: end - start,
    render: t.shownAt - t.origin - end,
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
};

const xvfb: ChildProcess | undefined = display ? await startVirtualDisplay(display) : undefined;
const server = await startFixtureServer();
const profiles: string[] = [];
const runs: { dir: string; browser: Chromium; page: import('playwright-core').Page; samples: Sample[] }[] = [];
const loadBefore = loadavg()[0]!;
try {
  for (const dir of dirs) {
    const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-latency-'));
    profiles.push(profile);
    const browser = await launchChromium(profile, path.resolve(dir), { display });
    const page = await browser.context.newPage();
    await page.goto(server.url('/2025/06/07/wagner-mali-exit'));
    runs.push({ dir, browser, page, samples: [] });
  }
  for (let i = 0; i < clicks; i++) {
    for (const run of runs) {
      run.samples.push(await clickOnce(run.browser, run.page));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
} finally {
  for (const run of runs) await run.browser.context.close();
  await server.close();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  xvfb?.kill();
}

console.log(`popup latency, seed page, ${headed ? 'headed Chromium on Xvfb' : 'headless Chromium'}, ${clicks} clicks per build; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, ${cpus().length} cores`);
for (const run of runs) {
  // The first click pays for a cold start (the service worker, first compile of the popup's code).
  const warm = run.samples.slice(1);
  console.log(`\n${run.dir}`);
  console.log(`${''.padEnd(36)}${'first'.padStart(7)}${'median'.padStart(8)}${'p95'.padStart(7)}  (ms; median and p95 over clicks 2-${clicks})`);
  for (const [name, key] of PHASES) {
    const values = warm.map((s) => s[key]);
    console.log(`${name.padEnd(36)}${Math.round(run.samples[0]![key]).toString().padStart(7)}${Math.round(quantile(values, 0.5)).toString().padStart(8)}${Math.round(quantile(values, 0.95)).toString().padStart(7)}`);
  }
}
