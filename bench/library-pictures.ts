/**
 * The library with pictures kept, beside the same library without: 5,000 articles, then 10,000 pictures of about
 * 20 kB (about 200 MB of Blobs, random bytes as image/jpeg, made in the page). In one headless Chromium on the
 * production build: the library's first screen and a search, the options page's storage figures, JSON and
 * Markdown exports (time, file size, peak memory), then "Remove stored pictures" from the options page.
 * `npm run bench:library-pictures` (builds first); `--articles N` and `--pictures-per-article N` change the size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../e2e/browsers';
import { chromiumCpuSeconds, chromiumRssBytes, loadAverage, unpackedExtensionId } from './chromium-processes';
import { FIRST_ROW_TIME, ms, quantile, TYPE_AND_PAINT, verdict, waitInPage, type Page } from './library-page';
import { bundleForPage } from './page-bundle';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const ARTICLES = option('--articles', 5000);
const PER_ARTICLE = option('--pictures-per-article', 2);
const PICTURE_BYTES = 20_000;
const TARGETS = { firstScreen: 300, keystroke: 50 };
const TYPED = ['climate bill', 'hospitals', 'vermo'];
const VISITS = 6;
const log = (text: string) => process.env.BENCH_DEBUG && console.log(`  [${new Date().toISOString().slice(11, 19)}] ${text}`);
const OPTIONS_VISITS = 5;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The in-page module, bundled with the `#i18n` alias WXT gives the extension's own build. */
const inPageScript = () => bundleForPage("import * as bench from './bench/library-pictures-page'; globalThis.clearpressPictures = bench;");

interface Figures {
  firstRow: number[];
  keystrokes: number[];
  optionsShown: number[];
  storageText: string;
  exports: Record<string, { ms: number; size: number; rssPeak: number; rssBase: number; heapPeak: number; heapBase: number }>;
}

async function main(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const extDir = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-pictures-bench-'));
  const started = Date.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--enable-precise-memory-info',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const id = unpackedExtensionId(extDir);
    const libraryUrl = `chrome-extension://${id}/library.html`;
    const optionsUrl = `chrome-extension://${id}/options.html`;
    const script = await inPageScript();
    const page = await context.newPage();
    // Filled from the options page: a library page opened on the empty library would save an empty search index.
    await page.goto(optionsUrl);
    await page.waitForSelector('.library-storage');
    await page.evaluate(script);
    console.log(`Library with and without kept pictures: headless Chromium, production build; load average ${loadAverage()}`);
    const fillMs = (await page.evaluate(`clearpressPictures.fillLibrary(${ARTICLES})`)) as number;
    console.log(`${ARTICLES} records written in ${ms(fillMs)}`);

    // The Markdown zip without pictures is bench/library.ts's figure; here only with them, to keep the run short.
    const before = await measure(page, libraryUrl, optionsUrl, script, profile, ['JSON']);
    const added = (await page.evaluate(`clearpressPictures.addPictures(${PER_ARTICLE}, ${PICTURE_BYTES})`)) as { ms: number; pictures: number; bytes: number };
    console.log(`${added.pictures} pictures (${mb(added.bytes)} of Blobs) kept, 100 articles a transaction, in ${(added.ms / 1000).toFixed(1)} s; load average ${loadAverage()}`);
    const after = await measure(page, libraryUrl, optionsUrl, script, profile, ['JSON', 'Markdown zip']);
    const removal = await removePictures(page, optionsUrl);

    console.log(`\n${''.padEnd(50)} ${'without pictures'.padStart(22)} ${`with ${added.pictures} pictures`.padStart(24)}`);
    const row = (label: string, a: string, b: string) => console.log(`${label.padEnd(50)} ${a.padStart(22)} ${b.padStart(24)}`);
    const median = (values: number[], target?: number) => `${ms(quantile(values, 0.5))}${target === undefined ? '' : ` ${verdict(quantile(values, 0.5), target)}`}`;
    row(`library first row painted, median of ${VISITS - 1} visits`, median(before.firstRow, TARGETS.firstScreen), median(after.firstRow, TARGETS.firstScreen));
    row(`  p95`, ms(quantile(before.firstRow, 0.95)), ms(quantile(after.firstRow, 0.95)));
    row(`search keystroke to painted results, median of ${before.keystrokes.length}`, median(before.keystrokes, TARGETS.keystroke), median(after.keystrokes, TARGETS.keystroke));
    row(`  p95`, ms(quantile(before.keystrokes, 0.95)), ms(quantile(after.keystrokes, 0.95)));
    row(`options page: storage figures shown after navigation, median of ${OPTIONS_VISITS}`, median(before.optionsShown), median(after.optionsShown));
    for (const kind of Object.keys(after.exports)) {
      const [a, b] = [before.exports[kind], after.exports[kind]!];
      const was = (figure: (e: Figures['exports'][string]) => string) => (a ? figure(a) : 'not measured');
      row(`export all as ${kind}: time`, was((e) => ms(e.ms)), ms(b.ms));
      row(`  file size`, was((e) => mb(e.size)), mb(b.size));
      row(`  Chromium resident memory, before → peak`, was((e) => `${mb(e.rssBase)} → ${mb(e.rssPeak)}`), `${mb(b.rssBase)} → ${mb(b.rssPeak)}`);
      row(`  library page's JS heap, before → peak`, was((e) => `${mb(e.heapBase)} → ${mb(e.heapPeak)}`), `${mb(b.heapBase)} → ${mb(b.heapPeak)}`);
    }
    console.log(`\noptions page without pictures: ${before.storageText}`);
    console.log(`options page with pictures:    ${after.storageText}`);
    console.log(`Remove stored pictures (${added.pictures} pictures, ${ARTICLES} articles): ${ms(removal.ms)} from the confirming click to "${removal.outcome}"`);
    console.log(`options page after removing: ${removal.storageText}`);
    console.log(`\nwhole run ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadAverage()}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The figures of the library as it is now: first screen, search, options page, exports. */
async function measure(page: Page, libraryUrl: string, optionsUrl: string, script: string, profile: string, exportKinds: readonly string[]): Promise<Figures> {
  // The first visit builds the search index and saves it; the others start from that snapshot, as a reader's do.
  const firstRow: number[] = [];
  for (let visit = 0; visit < VISITS; visit++) {
    await page.goto('about:blank');
    await page.goto(libraryUrl);
    log(`visit ${visit}`);
    const at = (await page.evaluate(FIRST_ROW_TIME)) as number;
    log(`first row at ${at}`);
    await page.waitForSelector('main[data-indexed="yes"]', { timeout: 600_000 });
    if (visit > 0) firstRow.push(at);
    else if (await page.evaluate(`performance.getEntriesByName('library-index-ready')[0].detail.source === 'rebuilt'`)) await waitInPage(page, `performance.getEntriesByName('library-index-saved').length > 0`);
    // A snapshot brought up to date is saved a moment later.
    else await page.waitForTimeout(3000);
  }
  log('searching');
  const input = page.getByLabel('Search the library');
  const keystrokes: number[] = [];
  for (const phrase of TYPED) {
    await input.fill('');
    await page.waitForTimeout(300);
    for (const char of phrase) keystrokes.push((await page.evaluate(`(${TYPE_AND_PAINT})(${JSON.stringify(char)})`)) as number);
  }
  await input.fill('');

  log('options page');
  const optionsShown: number[] = [];
  let storageText = '';
  for (let visit = 0; visit < OPTIONS_VISITS; visit++) {
    await page.goto('about:blank');
    await page.goto(optionsUrl);
    await page.waitForSelector('.library-storage .storage-pictures', { timeout: 60_000 });
    optionsShown.push((await page.evaluate(`performance.now()`)) as number);
    storageText = (await page.locator('.library-storage').innerText()).replace(/\s+/g, ' ');
  }

  await page.goto(libraryUrl);
  await page.waitForSelector('main[data-indexed="yes"]', { timeout: 600_000 });
  await page.evaluate(script);
  const exports: Figures['exports'] = {};
  for (const kind of exportKinds) exports[kind] = await timeExport(page, kind, profile);
  return { firstRow, keystrokes, optionsShown, storageText, exports };
}

/** One export of everything, from the click to the file handed to the downloads, with memory sampled meanwhile. */
async function timeExport(page: Page, kind: string, profile: string): Promise<Figures['exports'][string]> {
  await page.waitForTimeout(500);
  const rssBase = chromiumRssBytes(profile);
  let rssPeak = rssBase;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      rssPeak = Math.max(rssPeak, chromiumRssBytes(profile));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await page.evaluate('clearpressPictures.startHeapSampling()');
  const start = Date.now();
  const cpuBefore = await chromiumCpuSeconds(profile);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: `Export all (${kind})` }).click()]);
  const took = Date.now() - start;
  const cpu = ((await chromiumCpuSeconds(profile)) - cpuBefore) * 1000;
  const heap = (await page.evaluate('clearpressPictures.stopHeapSampling()')) as { base: number; peak: number };
  sampling = false;
  await sampler;
  const file = await download.path();
  const size = statSync(file).size;
  await download.delete();
  console.log(`  export ${kind}: ${ms(took)} (cpu ${ms(cpu)}), ${mb(size)}`);
  return { ms: took, size, rssBase, rssPeak, heapBase: heap.base, heapPeak: heap.peak };
}

/** "Remove stored pictures" on the options page, timed from the confirming click to its outcome shown. */
async function removePictures(page: Page, optionsUrl: string): Promise<{ ms: number; outcome: string; storageText: string }> {
  await page.goto(optionsUrl);
  await page.getByRole('button', { name: 'Remove stored pictures' }).click();
  const start = Date.now();
  await page.getByRole('button', { name: 'Remove pictures', exact: true }).click();
  const status = page.locator('.library-storage [role="status"]', { hasText: /^Removed/ });
  await status.waitFor({ timeout: 600_000 });
  const took = Date.now() - start;
  await page.waitForSelector('.library-storage .storage-pictures');
  return { ms: took, outcome: await status.innerText(), storageText: (await page.locator('.library-storage').innerText()).replace(/\s+/g, ' ') };
}

await main();
