/**
 * The library at 5,000 articles (issue 4): first-screen data, search keystrokes, export of everything.
 * Node with fake-indexeddb: `npx tsx bench/library.ts` (add `--articles N` to change the size).
 * `--browser` also measures (`--browser-only`: only) the real library page in headless Chromium on the production build
 * (`npx wxt build` first): the honest first-screen figure.
 */
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { libraryToHtml, libraryToJson, libraryToMarkdownZip, readRecordsForExport } from '../utils/library/export';
import { changeTags, closeLibrary, listAllCards, listNewestCards, saveArticle } from '../utils/library/index';
import { sampleArticle, sampleTags } from '../utils/library/sample-articles';
import { openSearchIndex, saveSearchSnapshot } from '../utils/library/search-source';
import { cardOf, type SavedArticle } from '../utils/library/schema';

const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf('--articles') + 1]) || 5000;
const FIRST_SCREEN = 40;
const TARGETS = { firstScreen: 300, keystroke: 50, exportAll: 10_000 };

// What a reader types, one prefix per keystroke.
const TYPED = ['climate bill', 'rate rise lyon', 'hospitals', 'vermo', 'budget deal amid protests', 'the'];

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (value: number, target: number) => (value <= target ? 'ok' : 'OVER TARGET');
function line(label: string, value: number, target?: number): void {
  console.log(`${label.padEnd(44)} ${ms(value).padStart(11)}${target === undefined ? '' : `   target ${target} ms: ${verdict(value, target)}`}`);
}
async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function fill(): Promise<SavedArticle[]> {
  const records: SavedArticle[] = [];
  for (let n = 0; n < COUNT; n++) {
    const saved = await saveArticle(sampleArticle(n), { now: new Date(Date.UTC(2025, 0, 1) + n * 600_000) });
    if (!saved.ok) throw new Error(saved.message);
    const tags = sampleTags(n);
    if (tags.length > 0) await changeTags([saved.record.id], { add: tags });
    records.push(saved.record);
  }
  return records;
}

async function node(): Promise<void> {
  console.log(`Library benchmark, Node ${process.version}, fake-indexeddb, ${COUNT} articles\n`);
  const [records, fillTime] = await time(fill);
  const words = records.reduce((sum, record) => sum + record.article.wordCount, 0);
  console.log(`${COUNT} articles saved one transaction each in ${(fillTime / 1000).toFixed(1)} s (${Math.round(words / COUNT)} words on average)\n`);

  await closeLibrary();
  const [first, firstTime] = await time(() => listNewestCards(FIRST_SCREEN));
  line(`first screen: open + newest ${first.cards.length} cards`, firstTime, TARGETS.firstScreen);
  const [all, allTime] = await time(() => listAllCards());
  line(`then all ${all.cards.length} cards (filters, paging)`, allTime);

  const [cold, coldTime] = await time(() => openSearchIndex(all.cards, { batchSize: 200 }));
  line(`then search index, no snapshot: ${cold.refreshed} read and tokenized`, coldTime);
  line('  of which reading records', cold.stats?.readMs ?? Number.NaN);
  line('  of which tokenizing into the index', cold.stats?.indexMs ?? Number.NaN);
  const [, saveTime] = await time(() => saveSearchSnapshot(cold.index));
  line('saving the index snapshot (idle, after changes)', saveTime);
  await closeLibrary();
  const [warm, warmTime] = await time(async () => openSearchIndex((await listAllCards()).cards));
  line(`next visit: cards + index from snapshot (${warm.source})`, warmTime);
  const index = warm.index;

  const latencies: number[] = [];
  for (const phrase of TYPED) {
    for (let i = 1; i <= phrase.length; i++) {
      const [, took] = await time(() => index.search(phrase.slice(0, i)));
      latencies.push(took);
    }
  }
  line(`search keystroke, median of ${latencies.length}`, quantile(latencies, 0.5), TARGETS.keystroke);
  line('search keystroke, p95', quantile(latencies, 0.95), TARGETS.keystroke);
  line('search keystroke, worst', Math.max(...latencies));

  const [json, jsonTime] = await time(async () => libraryToJson((await readRecordsForExport()).records));
  line(`export all as JSON (${(json.length / 1e6).toFixed(1)} MB)`, jsonTime, TARGETS.exportAll);
  const [zip, zipTime] = await time(async () => libraryToMarkdownZip((await readRecordsForExport()).records));
  line(`export all as Markdown zip (${(zip.length / 1e6).toFixed(1)} MB)`, zipTime, TARGETS.exportAll);
  // jsdom sanitizes ~20 times slower than a browser: 500 records here, all of them in the --browser run.
  const { window } = new JSDOM('');
  const some = (await readRecordsForExport()).records.slice(0, 500);
  const [html, htmlTime] = await time(() => libraryToHtml(some, window as unknown as Window & typeof globalThis));
  line(`export ${some.length} as HTML in jsdom (${(html.length / 1e6).toFixed(1)} MB)`, htmlTime);
  await closeLibrary();
}

// Page scripts as source text: tsx would wrap functions handed to page.evaluate in a helper the page lacks.
const PUT_RECORDS = `({ records, cards }) => new Promise((resolve, reject) => {
  const open = indexedDB.open('clearpress-library');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction(['articles', 'cards'], 'readwrite');
    for (const record of records) tx.objectStore('articles').put(record);
    for (const card of cards) tx.objectStore('cards').put(card);
    tx.oncomplete = () => { open.result.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
})`;
const FIRST_ROW_TIME = `new Promise((resolve) => {
  const check = () => (document.querySelector('.row') ? resolve(performance.now()) : requestAnimationFrame(check));
  check();
})`;
// The keystroke is answered when the results have been painted: the frame after the input event, then its task.
const TYPE_AND_PAINT = `(char) => new Promise((resolve) => {
  const field = document.querySelector('input[type=search]');
  const start = performance.now();
  field.value += char;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
})`;

/** The library page of the production build in headless Chromium, with COUNT records written through the page. */
async function browser(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const extDir = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const libraryUrl = `chrome-extension://${new URL(worker.url()).host}/library.html`;
    const page = await context.newPage();
    await page.goto(libraryUrl);
    await page.waitForSelector('main');
    const batch = 250;
    for (let start = 0; start < COUNT; start += batch) {
      const records: SavedArticle[] = [];
      for (let n = start; n < Math.min(COUNT, start + batch); n++) {
        const article = sampleArticle(n);
        const savedAt = new Date(Date.UTC(2025, 0, 1) + n * 600_000).toISOString();
        records.push({ id: `bench-${n}`, canonicalUrl: article.url!.replace(/\?.*$/, ''), savedAt, updatedAt: savedAt, tags: sampleTags(n), read: n % 3 === 0, readingPosition: 0, article });
      }
      const cards = records.map(cardOf);
      await page.evaluate(`(${PUT_RECORDS})(${JSON.stringify({ records, cards })})`);
    }
    const runs: Array<{ firstRow: number; indexed: number; readMs: number; indexMs: number; data: number; source: string }> = [];
    // Visit 1 builds the index from every record and saves it; visits 2-4 start from that snapshot.
    for (let run = 0; run < 4; run++) {
      if (run === 1) await page.waitForTimeout(4000);
      await page.goto('about:blank');
      await page.goto(libraryUrl);
      const firstRow = (await page.evaluate(FIRST_ROW_TIME)) as number;
      await page.waitForSelector('main[data-indexed="yes"]', { timeout: 120_000 });
      const ready = (await page.evaluate(`(() => { const m = performance.getEntriesByName('library-index-ready')[0]; const d = performance.getEntriesByName('library-first-screen-data')[0]; return { at: m.startTime, ...m.detail, data: d.startTime }; })()`)) as { at: number; readMs?: number; indexMs?: number; data: number; source: string };
      runs.push({ firstRow, indexed: ready.at, readMs: ready.readMs ?? Number.NaN, indexMs: ready.indexMs ?? Number.NaN, data: ready.data, source: ready.source });
    }
    console.log(`\nHeadless Chromium, production build, ${COUNT} records (4 page loads)`);
    const [first, ...next] = runs as [(typeof runs)[number], ...typeof runs];
    line('first row painted after navigation, median', quantile(runs.map((r) => r.firstRow), 0.5), TARGETS.firstScreen);
    line('first-screen data read, median', quantile(runs.map((r) => r.data), 0.5));
    line(`visit 1: search index ready (${first.source})`, first.indexed);
    line('  of which reading records', first.readMs);
    line('  of which tokenizing into the index', first.indexMs);
    line(`visits 2-4: search index ready (${next.map((r) => r.source).join(', ')}), median`, quantile(next.map((r) => r.indexed), 0.5));

    const input = page.getByLabel('Search the library');
    const keystrokes: number[] = [];
    for (const phrase of ['climate bill', 'hospitals']) {
      await input.fill('');
      for (const char of phrase) {
        const took = (await page.evaluate(`(${TYPE_AND_PAINT})(${JSON.stringify(char)})`)) as number;
        keystrokes.push(took);
      }
    }
    line(`keystroke to painted results, median of ${keystrokes.length}`, quantile(keystrokes, 0.5), TARGETS.keystroke);
    line('keystroke to painted results, p95', quantile(keystrokes, 0.95), TARGETS.keystroke);

    // Export of everything, from the click to the file handed to the browser's downloads.
    for (const kind of ['JSON', 'Markdown zip', 'HTML']) {
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: `Export all (${kind})` }).click()]);
      const took = Date.now() - start;
      const { size } = (await import('node:fs')).statSync(await download.path());
      line(`export all as ${kind}, click to download (${(size / 1e6).toFixed(1)} MB)`, took, TARGETS.exportAll);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (!args.includes('--browser-only')) await node();
if (args.includes('--browser') || args.includes('--browser-only')) await browser();
