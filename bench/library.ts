/**
 * The library at 5,000 articles with 20,000 highlights: first-screen data, search keystrokes, the Highlights view,
 * export of everything (highlight figures: bench/library-highlights.ts).
 * Node with fake-indexeddb: `npx tsx bench/library.ts` (add `--articles N` to change the size).
 * `--browser` also measures (`--browser-only`: only) the real library page in headless Chromium on the production build
 * (`npx wxt build` first, or CLEARPRESS_EXT_DIR=dir): the honest figures. The library is filled by importing one JSON
 * file through the page, as a reader moving a library in would. Each figure is repeated: median and p95, with the
 * CPU time all Chromium processes spent (less sensitive than wall time to a busy machine) and the load average.
 */
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { chromiumPath } from '../e2e/browsers';
import { chromiumCpuSeconds, loadAverage, unpackedExtensionId } from './chromium-processes';
import { FIRST_ROW_TIME, ms, quantile, stat, TYPE_AND_PAINT, verdict, waitInPage, type Page } from './library-page';
import { libraryToHtml, libraryToJson, libraryToMarkdownZip, readRecordsForExport } from '../utils/library/export';
import { changeTags, closeLibrary, listAllCards, listNewestCards, saveArticle } from '../utils/library/index';
import { sampleArticle, sampleTags } from '../utils/library/sample-articles';
import { NOTE_ONLY_WORD } from '../utils/library/sample-highlights';
import { openSearchIndex, saveSearchSnapshot } from '../utils/library/search-source';
import type { SavedArticle } from '../utils/library/schema';
import { addSampleHighlights, allHighlights, FILTER_COLOR, FILTER_TAG, HIGHLIGHT_TARGETS, HIGHLIGHTS_SHOWN, highlightsOf, inPageScript, timeHighlightReads, typeNoteWord } from './library-highlights';

const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf('--articles') + 1]) || 5000;
const FIRST_SCREEN = 40;
const TARGETS = { firstScreen: 300, keystroke: 50, exportAll: 10_000 };

// What a reader types, one prefix per keystroke.
const TYPED = ['climate bill', 'rate rise lyon', 'hospitals', 'vermo', 'budget deal amid protests', 'the'];

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
  console.log(`${COUNT} articles saved one transaction each in ${(fillTime / 1000).toFixed(1)} s (${Math.round(words / COUNT)} words on average)`);
  const [highlightCount, highlightTime] = await time(() => addSampleHighlights(records));
  console.log(`${highlightCount} highlights added one transaction per article in ${(highlightTime / 1000).toFixed(1)} s\n`);

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
  const noted = typeNoteWord(index);
  line(`"${NOTE_ONLY_WORD}" (notes only, ${noted.found} found), median of ${noted.latencies.length}`, quantile(noted.latencies, 0.5), HIGHLIGHT_TARGETS.keystroke);
  line(`"${NOTE_ONLY_WORD}" keystroke, worst`, Math.max(...noted.latencies), HIGHLIGHT_TARGETS.keystroke);

  await closeLibrary();
  const reads = await timeHighlightReads();
  line(`Highlights view: open + newest ${reads.shown} of ${reads.total}`, reads.recent, HIGHLIGHT_TARGETS.firstScreen);
  line(`  ${HIGHLIGHTS_SHOWN} ${FILTER_COLOR} of ${reads.filteredTotal} (every match counted)`, reads.filtered, HIGHLIGHT_TARGETS.firstScreen);
  line(`  ${HIGHLIGHTS_SHOWN} tagged "${FILTER_TAG}" (any case) of ${reads.taggedTotal}`, reads.tagged, HIGHLIGHT_TARGETS.firstScreen);
  line('  highlight tags for the filter', reads.tags);

  const [json, jsonTime] = await time(async () => {
    const { records: all } = await readRecordsForExport();
    return libraryToJson(all, new Date(), await allHighlights());
  });
  line(`export all as JSON (${(json.length / 1e6).toFixed(1)} MB)`, jsonTime, TARGETS.exportAll);
  const [zip, zipTime] = await time(async () => libraryToMarkdownZip((await readRecordsForExport()).records, await allHighlights()));
  line(`export all as Markdown zip (${(zip.length / 1e6).toFixed(1)} MB)`, zipTime, TARGETS.exportAll);
  // jsdom sanitizes ~20 times slower than a browser: 500 records here, all of them in the --browser run.
  const { window } = new JSDOM('');
  const some = (await readRecordsForExport()).records.slice(0, 500);
  const [html, htmlTime] = await time(() => libraryToHtml(some, window as unknown as Window & typeof globalThis));
  line(`export ${some.length} as HTML in jsdom (${(html.length / 1e6).toFixed(1)} MB)`, htmlTime);
  await closeLibrary();
}

/** The library page of the production build in headless Chromium, filled with COUNT records through its own import. */
async function browser(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { mkdtempSync, rmSync, writeFileSync, statSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const extDir = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const cpu = () => chromiumCpuSeconds(profile);
  try {
    const id = unpackedExtensionId(extDir);
    const libraryUrl = `chrome-extension://${id}/library.html`;
    const page = await context.newPage();
    await page.goto(libraryUrl);
    await page.waitForSelector('main');

    const records: SavedArticle[] = [];
    for (let n = 0; n < COUNT; n++) {
      const article = sampleArticle(n);
      const savedAt = new Date(Date.UTC(2025, 0, 1) + n * 600_000).toISOString();
      records.push({ id: `bench-${n}`, canonicalUrl: article.url!.replace(/\?.*$/, ''), savedAt, updatedAt: savedAt, tags: sampleTags(n), read: n % 3 === 0, readingPosition: 0, article });
    }
    const file = path.join(profile, 'bench-library.json');
    const highlights = highlightsOf(records);
    writeFileSync(file, libraryToJson(records, new Date(), highlights));
    console.log(`\nHeadless Chromium, production build, ${COUNT} records, ${highlights.length} highlights; load average ${loadAverage()}`);
    const importStart = Date.now();
    const cpuBefore = await cpu();
    await page.getByLabel('Import a JSON export').setInputFiles(file);
    await page.getByText(/^Imported bench-library\.json/).waitFor({ timeout: 600_000 });
    stat(`import of ${COUNT} with ${highlights.length} highlights (${(statSync(file).size / 1e6).toFixed(0)} MB JSON, sanitized again)`, [Date.now() - importStart], [((await cpu()) - cpuBefore) * 1000]);

    // `--exports-only`: for comparing builds side by side on the export figures alone.
    if (!args.includes('--exports-only')) {
      await pageFigures(page, libraryUrl, cpu);
      await highlightFigures(page, libraryUrl);
    }
    await exportFigures(page, cpu);
    console.log(`load average at the end: ${loadAverage()}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function pageFigures(page: Page, libraryUrl: string, cpu: () => Promise<number>): Promise<void> {
  // Visit 1 builds the search index from every record and saves it; later visits start from that snapshot.
  const loads: Array<{ firstRow: number; data: number; indexed: number; source: string; cpu: number }> = [];
  for (let run = 0; run < 8; run++) {
    await page.goto('about:blank');
    const before = await cpu();
    await page.goto(libraryUrl);
    const firstRow = (await page.evaluate(FIRST_ROW_TIME)) as number;
    const spent = ((await cpu()) - before) * 1000;
    await page.waitForSelector('main[data-indexed="yes"]', { timeout: 600_000 });
    const ready = (await page.evaluate(`(() => { const m = performance.getEntriesByName('library-index-ready')[0]; const d = performance.getEntriesByName('library-first-screen-data')[0]; return { at: m.startTime, source: m.detail.source, data: d.startTime }; })()`)) as { at: number; data: number; source: string };
    loads.push({ firstRow, data: ready.data, indexed: ready.at, source: ready.source, cpu: spent });
    // After a rebuild the page saves the index at once; the next visits start from that snapshot.
    if (run === 0) await waitInPage(page, `performance.getEntriesByName('library-index-saved').length > 0`);
  }
  const warm = loads.slice(1);
  console.log(`visit 1: search index ready after ${ms(loads[0]!.indexed)} (${loads[0]!.source})`);
  stat('first row painted after navigation (visits 2-8)', warm.map((l) => l.firstRow), warm.map((l) => l.cpu), TARGETS.firstScreen);
  stat('  first-screen data read', warm.map((l) => l.data), null);
  stat(`  search index ready (${[...new Set(warm.map((l) => l.source))].join(', ')})`, warm.map((l) => l.indexed), null);

  const input = page.getByLabel('Search the library');
  const keystrokes: number[] = [];
  for (const phrase of TYPED) {
    await input.fill('');
    await page.waitForTimeout(500);
    for (const char of phrase) keystrokes.push((await page.evaluate(`(${TYPE_AND_PAINT})(${JSON.stringify(char)})`)) as number);
  }
  stat('keystroke to painted results', keystrokes, null, TARGETS.keystroke);
  await input.fill('');
}

/**
 * The Highlights view's reads, evaluated in the library page right after it opens (its own first screen and
 * search index loading meanwhile, as they would be), and a word only in notes typed into its search box.
 */
async function highlightFigures(page: Page, libraryUrl: string): Promise<void> {
  const input = page.getByLabel('Search the library');
  const keystrokes: number[] = [];
  await input.fill('');
  await page.waitForTimeout(500);
  for (const char of NOTE_ONLY_WORD) keystrokes.push((await page.evaluate(`(${TYPE_AND_PAINT})(${JSON.stringify(char)})`)) as number);
  const found = await page.locator('.row').count();
  stat(`"${NOTE_ONLY_WORD}" (in notes only) keystroke to painted results`, keystrokes, null, HIGHLIGHT_TARGETS.keystroke);
  console.log(`  ${found} rows on the first page of results`);
  await input.fill('');

  // The Highlights view itself: the library opened at #highlights, from navigation to its list rendered.
  const viewShown: number[] = [];
  for (let run = 0; run < 6; run++) {
    await page.goto('about:blank');
    await page.goto(`${libraryUrl}#highlights`);
    await waitInPage(page, `!!document.body.dataset.highlightsShownAt && !!document.querySelector('.highlight-entry')`, 60_000);
    viewShown.push((await page.evaluate(`Number(document.body.dataset.highlightsShownAt) - performance.timeOrigin`)) as number);
  }
  stat('Highlights view (library.html#highlights): navigation to its list rendered', viewShown, null, HIGHLIGHT_TARGETS.firstScreen);

  const script = await inPageScript();
  type Reads = Awaited<ReturnType<typeof timeHighlightReads>>;
  const loading: Reads[] = [];
  const idle: Reads[] = [];
  for (let run = 0; run < 8; run++) {
    await page.goto('about:blank');
    await page.goto(libraryUrl);
    await page.waitForSelector('main');
    await page.evaluate(script);
    // At once, while the page reads its cards and search index from the same database; then once it is idle,
    // as when the reader switches to the Highlights view.
    loading.push((await page.evaluate('clearpressBench.reads()')) as Reads);
    await page.waitForSelector('main[data-indexed="yes"]', { timeout: 600_000 });
    await page.waitForTimeout(500);
    idle.push((await page.evaluate('clearpressBench.reads()')) as Reads);
  }
  const [first] = idle;
  console.log(`Highlights view data layer in the page (no view yet): ${first!.shown} shown of ${first!.total}, ${first!.filteredTotal} ${FILTER_COLOR}, ${first!.taggedTotal} tagged "${FILTER_TAG}"`);
  for (const [when, reads] of [['page idle', idle], ['page still loading, own connection opened', loading]] as const) {
    stat(`  newest ${HIGHLIGHTS_SHOWN}, ${when}`, reads.map((r) => r.recent), null, HIGHLIGHT_TARGETS.firstScreen);
    stat(`  ${HIGHLIGHTS_SHOWN} ${FILTER_COLOR}, every match counted, ${when}`, reads.map((r) => r.filtered), null, HIGHLIGHT_TARGETS.firstScreen);
    stat(`  ${HIGHLIGHTS_SHOWN} tagged "${FILTER_TAG}", ${when}`, reads.map((r) => r.tagged), null, HIGHLIGHT_TARGETS.firstScreen);
    stat(`  highlight tags for the filter, ${when}`, reads.map((r) => r.tags), null);
  }
}

async function exportFigures(page: Page, cpu: () => Promise<number>): Promise<void> {
  const { statSync } = await import('node:fs');
  // Export of everything, from the click to the file handed to the browser's downloads.
  for (const kind of ['JSON', 'Markdown zip', 'HTML']) {
    const walls: number[] = [];
    const cpus: number[] = [];
    let size = 0;
    for (let run = 0; run < 3; run++) {
      const start = Date.now();
      const before = await cpu();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: `Export all (${kind})` }).click()]);
      walls.push(Date.now() - start);
      cpus.push(((await cpu()) - before) * 1000);
      size = statSync(await download.path()).size;
    }
    stat(`export all as ${kind} (${(size / 1e6).toFixed(1)} MB)`, walls, cpus, TARGETS.exportAll);
  }
}

if (!args.includes('--browser-only')) await node();
if (args.includes('--browser') || args.includes('--browser-only')) await browser();
