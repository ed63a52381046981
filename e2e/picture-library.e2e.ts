/**
 * Kept pictures through the library's own tools, in real Chromium and Firefox (production builds), read back as
 * the Blobs in the extension's IndexedDB. In each browser, on the story of ./picture-story saved with the click's
 * access alone (its own two pictures kept, the other site's not):
 * - JSON export from the library page, the library emptied with its Delete (Undo tried first: it puts the same
 *   pictures back; then deleted again and the page closed, so Undo is gone), the downloaded file imported: the
 *   same pictures come back byte for byte (address, type, size, SHA-256), and the saved copy shows them, asking
 *   neither server for anything, and again with both servers stopped, asking the network for nothing;
 * - "Remove stored pictures" in the options, confirmed: the pictures store is empty, the article stays with its
 *   text, the options say no pictures are kept, the saved copy shows placeholders and asks for nothing; the
 *   export imported again merges into the article and brings the pictures back.
 *
 * Run after `npm run build:e2e`:  npx tsx --test --test-concurrency=1 e2e/picture-library.e2e.ts
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import type { LibraryExport } from '../utils/library/export';
import { launchChromium, type Chromium } from './chromium';
import { GECKO_ID } from './firefox';
import { launchFirefoxAtOptions, type FirefoxChrome } from './firefox-chrome';
import { requestsWhenQuiet } from './fixture-server';
import { exportJsonFile, exportJsonFileInFirefox, firefoxDownloadPrefs, importJsonFile, importJsonFileInFirefox } from './library-transfer';
import {
  expectedStored,
  OWN_SITE_STATUS,
  PICTURES,
  readStoredArticles,
  readStoredPictures,
  saveInChromium,
  saveInFirefox,
  SHOWN_OWN_SITE,
  shownPictures,
  startServers,
  stopServers,
  storedShape,
  STORY,
  type Servers,
  type ShownPicture,
  type StoredArticleRow,
  type StoredPictureRow,
} from './picture-story';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_PROD_DIR ?? '.output/firefox-mv2');
const SUITE_TIMEOUT_MS = 240_000;
const HEADLINE = 'Harbour cranes go electric at the north terminal';

/** The saved copy once its pictures are gone: each one a placeholder named after its alt text. */
const PLACEHOLDERS_ONLY: ShownPicture[] = [
  { placeholder: 'Picture: Cranes at the north terminal' },
  { placeholder: 'Picture: The terminal at dusk' },
  { placeholder: 'Picture: Berth seven from the water' },
];

const CONFIRM_TWO = 'Remove the 2 pictures kept with saved articles? The articles stay; their saved copies will show placeholders where the pictures were.';
const REMOVED_ONE = 'Removed the pictures of 1 article. Its saved copy now shows placeholders.';
const NO_PICTURES = 'No pictures are kept with saved articles.';

/** An extension page, the same to the scenario in both browsers. */
interface ExtensionPage {
  /** Runs a function in the page (extension pages refuse eval of source text from their own script). */
  call<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Evaluates source text from outside (the automation's own channel, which the page's policy does not govern). */
  evaluate<T>(expression: string): Promise<T>;
  /** Every http(s) request the page made since it opened. */
  requested: string[];
  /** On the library page: Export all (JSON); the downloaded file's path. */
  exportJson(): Promise<string>;
  /** On the library page: the file at `file` chosen in the import field. */
  importJson(file: string): Promise<void>;
  close(): Promise<void>;
}

interface PictureBrowser {
  /** The story saved from the popup's Save with the toolbar click's access; returns the popup's pictures line. */
  saveStory(): Promise<string>;
  open(pathname: string): Promise<ExtensionPage>;
}

/**
 * Polls `expression` until it is truthy and returns it (an element as `true`: Puppeteer over BiDi hands elements
 * back as undefined); evaluations that fail while the page starts count as not yet.
 */
async function waitFor<T>(page: ExtensionPage, expression: string, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate<T>(`((value) => (value instanceof Node ? true : value))(${expression})`).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const clickButton = (page: ExtensionPage, text: string) =>
  page.evaluate(`(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}); if (!b) throw new Error('no button ${text.replace(/['\\]/g, '')}'); b.click(); return true; })()`);

const textOf = (page: ExtensionPage, selector: string) => page.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)})?.textContent.trim() ?? null`);

async function openLibraryPage(browser: PictureBrowser): Promise<ExtensionPage> {
  const library = await browser.open('/library.html');
  await waitFor(library, `document.querySelector('main[data-indexed="yes"]')`, 'the library page');
  return library;
}

/** The saved copy once its pictures have loaded (or given way to placeholders): what shows, and what it asked for. */
async function openSavedCopy(browser: PictureBrowser, id: string): Promise<{ shown: ShownPicture[]; requested: string[] }> {
  const reader = await browser.open(`/reader.html?id=${id}`);
  const shown = await waitFor<ShownPicture[]>(reader, `(${shownPictures.toString()})()`, 'the saved copy’s pictures');
  const requested = [...reader.requested];
  await reader.close();
  return { shown, requested };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The exported pictures in the shape the tests read the stored ones, sorted by address. */
function exportedPictures(file: LibraryExport): StoredPictureRow[] {
  return file.pictures
    .map(({ articleId, url, width, height, type, bytes, data }) => {
      const decoded = Buffer.from(data, 'base64');
      return { articleId, url, width, height, type, bytes, size: decoded.length, sha256: sha256(decoded) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** "… 2 pictures for 1 article, 12 kB." with the size checked against `bytes` to the figure's own rounding. */
function assertPictureFigure(text: string | null, bytes: number): void {
  const match = /^Pictures kept with saved articles: 2 pictures for 1 article, ([\d.,]+) (bytes|kB|MB)\.$/.exec(text ?? '');
  assert.ok(match, `storage figure: ${text}`);
  const scale = { bytes: 1, kB: 1000, MB: 1_000_000 }[match[2] as 'bytes' | 'kB' | 'MB'];
  const shown = Number(match[1]!.replace(/,/g, ''));
  const step = match[1]!.includes('.') ? 0.1 : 1;
  assert.ok(Math.abs(shown - bytes / scale) <= step / 2 + 1e-9, `storage figure ${match[1]} ${match[2]} for ${bytes} bytes`);
}

/** Milliseconds per step and browser, printed at the end. */
const figures: Record<string, Record<string, number>> = {};
after(() => {
  for (const [name, steps] of Object.entries(figures)) console.log(`${name}: ${Object.entries(steps).map(([step, ms]) => `${step} ${ms} ms`).join(', ')}`);
});

function pictureLibraryTests(name: string, start: () => Promise<{ browser: PictureBrowser; ext: ExtensionPage; servers: Servers }>): void {
  let browser: PictureBrowser;
  let ext: ExtensionPage;
  let servers: Servers;
  let articleId = '';
  let saved: StoredArticleRow | undefined;
  /** Test 1's export, and the pictures it was made from. */
  let exportFile = '';
  let exportedFrom: StoredPictureRow[] = [];
  const took = (figures[name] = {} as Record<string, number>);
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await run();
    took[step] = Date.now() - started;
    return result;
  };

  before(async () => {
    ({ browser, ext, servers } = await start());
  });

  test(`${name}: JSON export, the library emptied and the import bring back every picture byte for byte; the copy shows them offline`, async () => {
    assert.equal(await timed('save', () => browser.saveStory()), OWN_SITE_STATUS);
    const before = await ext.call(readStoredPictures);
    assert.deepEqual(storedShape(before), expectedStored(servers, false));
    articleId = before[0]!.articleId;
    assert.deepEqual(
      before.map((row) => [row.articleId, row.bytes]),
      before.map((row) => [articleId, row.size]),
    );
    // The picture small enough to keep as it came is the server's file, byte for byte.
    assert.equal(before.find((row) => row.url.endsWith('/img/cranes.png'))!.sha256, sha256(PICTURES['/img/cranes.png']!));
    const articles = await ext.call(readStoredArticles);
    assert.deepEqual(
      articles.map(({ id, headline, pictureCount, pictureBytes, cardPictureCount }) => ({ id, headline, pictureCount, pictureBytes, cardPictureCount })),
      [{ id: articleId, headline: HEADLINE, pictureCount: 2, pictureBytes: before[0]!.size + before[1]!.size, cardPictureCount: 2 }],
    );
    saved = articles[0];

    // Export through the library page's button: the file holds the two pictures as stored.
    let library = await openLibraryPage(browser);
    await waitFor(library, `document.querySelector('.row[data-id="${articleId}"]')`, 'the saved article listed');
    const file = await timed('export', () => library.exportJson());
    exportFile = file;
    exportedFrom = before;
    assert.match(path.basename(file), /^clearpress-library-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as LibraryExport;
    assert.deepEqual([exported.format, exported.version, exported.records.map((r) => r.id)], ['clearpress-library', 3, [articleId]]);
    assert.deepEqual(exportedPictures(exported), before);
    await waitFor(library, `document.querySelector('.status')?.textContent === 'Exported 1 article.'`, 'the export’s notice');

    // Emptied through the library's own Delete: every row selected, Delete. Undo puts the pictures back as they
    // were (Blobs read before their records were deleted); deleted again and the page closed, Undo is gone with it.
    const deleteAll = async () => {
      await library.evaluate(`document.querySelector('.list-head input[type=checkbox]').click()`);
      await waitFor(library, `document.querySelector('.bulk')`, 'the bulk actions');
      await library.evaluate(`document.querySelector('.bulk button.danger').click()`);
      await waitFor(library, `document.querySelector('.empty') && document.querySelector('.undo')?.textContent.startsWith('Deleted 1 article.')`, 'the empty library');
      assert.deepEqual(await ext.call(readStoredPictures), []);
    };
    await deleteAll();
    await clickButton(library, 'Undo');
    await waitFor(library, `document.querySelector('.status')?.textContent === 'Restored 1 article.'`, 'the Undo’s notice');
    assert.deepEqual(await ext.call(readStoredPictures), before);
    assert.deepEqual(await ext.call(readStoredArticles), articles);
    await deleteAll();
    await library.close();
    assert.deepEqual(await ext.call(readStoredPictures), []);
    assert.deepEqual(await ext.call(readStoredArticles), []);

    // The downloaded file chosen in a new library page's import field.
    library = await openLibraryPage(browser);
    await timed('import', async () => {
      await library.importJson(file);
      await waitFor(library, `document.querySelector('.status')?.textContent.startsWith('Imported ')`, 'the import’s notice');
    });
    assert.equal(await textOf(library, '.status'), `Imported ${path.basename(file)}: 1 added, 0 merged with saved articles, 0 already here.`);
    assert.equal(await textOf(library, '.error'), '');
    await waitFor(library, `document.querySelector('.row[data-id="${articleId}"]')`, 'the imported article listed');
    await library.close();

    // Same addresses, types, sizes and bytes, for the same article.
    const afterImport = await ext.call(readStoredPictures);
    assert.equal(afterImport.length, 2);
    assert.deepEqual(afterImport, before);
    assert.deepEqual(await ext.call(readStoredArticles), articles);

    // The saved copy shows the kept pictures (the other site's is a placeholder) and neither server hears of it.
    const heard = () => Promise.all([requestsWhenQuiet(servers.site), requestsWhenQuiet(servers.cdn)]);
    const heardBefore = await heard();
    const online = await openSavedCopy(browser, articleId);
    assert.deepEqual(online, { shown: SHOWN_OWN_SITE, requested: [] });
    assert.deepEqual(await heard(), heardBefore);
    // Both servers stopped: the same, and the page asks for nothing.
    await stopServers(servers);
    const offline = await timed('saved copy offline', () => openSavedCopy(browser, articleId));
    assert.deepEqual(offline, { shown: SHOWN_OWN_SITE, requested: [] });
  });

  test(`${name}: Remove stored pictures in the options empties the pictures store; the article stays and its copy shows placeholders until the export is imported again`, async () => {
    assert.ok(saved, 'the article was saved by the test before');
    const stored = await ext.call(readStoredPictures);
    assert.equal(stored.length, 2);

    const options = await browser.open('/options.html');
    await waitFor(options, `document.querySelector('.storage-pictures')`, 'the storage figures');
    assertPictureFigure(await textOf(options, '.storage-pictures'), stored[0]!.size + stored[1]!.size);
    await clickButton(options, 'Remove stored pictures');
    assert.equal(await waitFor(options, `document.querySelector('.storage-confirm p')?.textContent`, 'the confirmation'), CONFIRM_TWO);
    // Nothing is removed before the confirmation is answered.
    assert.equal((await ext.call(readStoredPictures)).length, 2);
    await timed('remove pictures', async () => {
      await clickButton(options, 'Remove pictures');
      await waitFor(options, `document.querySelector('.storage-notice')?.textContent === ${JSON.stringify(REMOVED_ONE)}`, 'the removal’s notice');
    });
    assert.equal(await textOf(options, '.storage-pictures'), NO_PICTURES);
    assert.equal(await options.evaluate(`[...document.querySelectorAll('button')].filter((b) => b.textContent.trim() === 'Remove stored pictures').length`), 0);
    await options.close();

    assert.deepEqual(await ext.call(readStoredPictures), []);
    // The record stays, text and body as saved, without its picture fields (record and card).
    assert.deepEqual(await ext.call(readStoredArticles), [{ ...saved, pictureCount: null, pictureBytes: null, cardPictureCount: null }]);

    // Opened again, the options page says the same.
    const reopened = await browser.open('/options.html');
    assert.equal(await waitFor(reopened, `document.querySelector('.storage-pictures')?.textContent`, 'the storage figures'), NO_PICTURES);
    await reopened.close();

    assert.deepEqual(await openSavedCopy(browser, articleId), { shown: PLACEHOLDERS_ONLY, requested: [] });

    // The export made before brings them back into the article, which it merges with: the backup a reader keeps.
    const library = await openLibraryPage(browser);
    await library.importJson(exportFile);
    await waitFor(library, `document.querySelector('.status')?.textContent.startsWith('Imported ')`, 'the import’s notice');
    assert.equal(await textOf(library, '.status'), `Imported ${path.basename(exportFile)}: 0 added, 1 merged with saved articles, 0 already here.`);
    await library.close();
    assert.deepEqual(await ext.call(readStoredPictures), exportedFrom);
    assert.deepEqual(await ext.call(readStoredArticles), [saved]);
    assert.deepEqual(await openSavedCopy(browser, articleId), { shown: SHOWN_OWN_SITE, requested: [] });
  });
}

// ─────────────────────────────────────────────── Chromium ───────────────────────────────────────────────

describe('Chromium', { timeout: SUITE_TIMEOUT_MS }, () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-picture-library-'));
  const downloads = mkdtempSync(path.join(tmpdir(), 'clearpress-picture-library-downloads-'));
  let chromium: Chromium | undefined;
  let servers: Servers | undefined;

  const pageOf = (page: Page, requested: string[]): ExtensionPage => ({
    call: (fn) => page.evaluate(fn),
    evaluate: (expression) => page.evaluate(expression),
    requested,
    exportJson: () => exportJsonFile(page, downloads),
    importJson: (file) => importJsonFile(page, file),
    close: () => page.close(),
  });

  pictureLibraryTests('Chromium', async () => {
    servers = await startServers();
    const browser = await launchChromium(profile, CHROME_DIR);
    chromium = browser;
    const open = async (pathname: string): Promise<ExtensionPage> => {
      const page = await browser.context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        if (/^https?:/.test(request.url())) requested.push(request.url());
      });
      await page.goto(`chrome-extension://${browser.extensionId}${pathname}`);
      return pageOf(page, requested);
    };
    const article = await browser.context.newPage();
    await article.goto(servers.site.url(STORY));
    const saveStory = async () => {
      const { popup, pictures } = await saveInChromium(browser, article, 'Save');
      await browser.cdp.send('Target.closeTarget', { targetId: popup.targetId });
      return pictures;
    };
    return { browser: { saveStory, open }, ext: await open('/options.html'), servers };
  });

  after(async () => {
    await chromium?.context.close();
    await stopServers(servers);
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });
});

// ─────────────────────────────────────────────── Firefox ────────────────────────────────────────────────

describe('Firefox', { timeout: SUITE_TIMEOUT_MS }, () => {
  const UUID = '8e2f4a61-0c3b-4d97-a5e8-61b7c9d04f23';
  const ORIGIN = `moz-extension://${UUID}`;
  const downloads = mkdtempSync(path.join(tmpdir(), 'clearpress-picture-library-downloads-'));
  let firefox: FirefoxBrowser | undefined;
  let servers: Servers | undefined;

  const pageOf = (page: FirefoxPage, requested: string[]): ExtensionPage => ({
    call: (fn) => page.evaluate(fn),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    requested,
    exportJson: () => exportJsonFileInFirefox(page, downloads),
    importJson: (file) => importJsonFileInFirefox(page, file),
    close: () => page.close(),
  });

  pictureLibraryTests('Firefox', async () => {
    let privileged: FirefoxChrome;
    let options: FirefoxPage;
    let browser: FirefoxBrowser;
    ({ browser, privileged, options } = await launchFirefoxAtOptions(FIREFOX_DIR, UUID, firefoxDownloadPrefs(downloads)));
    firefox = browser;
    servers = await startServers();
    // A new tab for every page: puppeteer's BiDi waits forever on an extension page navigated again.
    const open = async (pathname: string): Promise<ExtensionPage> => {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        if (/^https?:/.test(request.url())) requested.push(request.url());
      });
      await page.goto(`${ORIGIN}${pathname}`, { waitUntil: 'networkidle0' });
      return pageOf(page, requested);
    };
    const address = servers.site.url(STORY);
    await (await browser.newPage()).goto(address);
    // What the toolbar click would give: activeTab on the article's tab.
    const tabId = await privileged.grantActiveTab(GECKO_ID, address);
    const saveStory = async () => {
      const { popup, pictures } = await saveInFirefox(browser, ORIGIN, tabId, 'Save');
      await popup.close();
      return pictures;
    };
    return { browser: { saveStory, open }, ext: pageOf(options, []), servers };
  });

  after(async () => {
    await firefox?.close();
    await stopServers(servers);
    rmSync(downloads, { recursive: true, force: true });
  });
});
