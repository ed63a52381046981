/**
 * Popup latency on the seed page: from the simulated toolbar click (CDP Extensions.triggerAction) to the
 * article shown in the popup, on the production Chromium build. The popup records when it rendered the
 * article (`performance.timeOrigin + now`, the same wall clock as this process) and marks its steps.
 * Run after `wxt build`:  npx tsx bench/popup-latency.ts [runs=8]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { clickToolbarButton, launchChromium } from '../e2e/chromium';
import { startFixtureServer } from '../e2e/fixture-server';

const runs = Number(process.argv[2] ?? 8);
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-latency-'));
const server = await startFixtureServer();
const browser = await launchChromium(profile, path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3'));

interface Sample {
  total: number;
  popupStart: number;
  extraction: number;
  render: number;
}

const samples: Sample[] = [];
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('/2025/06/07/wagner-mali-exit'));
  for (let i = 0; i < runs; i++) {
    const { popup, clickedAt } = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.body.dataset.state === 'article'`, 15_000);
    const t = await popup.evaluate<{ origin: number; shownAt: number; marks: Record<string, number> }>(
      `({ origin: performance.timeOrigin, shownAt: Number(document.body.dataset.shownAt), marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])) })`,
    );
    const start = t.marks['clearpress:extract-start'] ?? 0;
    const end = t.marks['clearpress:extract-end'] ?? 0;
    samples.push({ total: t.shownAt - clickedAt, popupStart: t.origin + start - clickedAt, extraction: end - start, render: t.shownAt - t.origin - end });
    await popup.evaluate('window.close(), true').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
} finally {
  await browser.context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const row = (name: string, pick: (s: Sample) => number) =>
  `${name.padEnd(34)} first ${Math.round(pick(samples[0]!)).toString().padStart(5)} ms   median of the rest ${Math.round(median(samples.slice(1).map(pick))).toString().padStart(5)} ms`;

console.log(`popup latency, seed page, ${runs} clicks (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
console.log(row('click → article shown', (s) => s.total));
console.log(row('  click → extraction starts', (s) => s.popupStart));
console.log(row('  extraction (executeScript)', (s) => s.extraction));
console.log(row('  extraction → article rendered', (s) => s.render));
