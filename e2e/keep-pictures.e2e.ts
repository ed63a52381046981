/**
 * Pictures kept with a saved article, in real browsers on the production builds. A fixture article on one server
 * shows two pictures from its own site (one 2,400 px wide) and one from a second server (another origin, as a
 * CDN would be). In each browser, in order:
 * - the toolbar click's access alone: Save keeps the page's own two pictures (the wide one resized to 2,000 px),
 *   leaves the other site's alone, and says so. The evidence for fetching them from inside the page: Firefox's
 *   activeTab does not let the extension's own pages fetch the tab's origin (Chromium's does);
 * - "Also keep pictures from other sites" in the options asks the browser; allowed, Save keeps the third;
 * - the saved copy shows the three stored pictures and asks the network for nothing, and still shows them with
 *   both servers stopped.
 * How the browser's question is answered, and how Firefox's toolbar click is given: see e2e/auto-reader.e2e.ts.
 *
 * Run after `npm run build:e2e`:  npx tsx --test --test-concurrency=1 e2e/keep-pictures.e2e.ts
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { clickToolbarButton, launchChromium, startVirtualDisplay, type Chromium, type TargetSession } from './chromium';
import { GECKO_ID } from './firefox';
import { launchFirefoxAtOptions, type FirefoxChrome } from './firefox-chrome';
import { startFixtureServer, type FixtureServer, type GeneratedPage } from './fixture-server';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_PROD_DIR ?? '.output/firefox-mv2');
const STORY = '/2025/10/02/harbour-cranes';
const SUITE_TIMEOUT_MS = 240_000;
const WIDE_ACCESS = ['http://*/*', 'https://*/*'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PNG of one colour, written here so the test needs no image files. */
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const PICTURES: Record<string, Buffer> = {
  '/img/cranes.png': png(400, 300, [30, 90, 160]),
  '/img/terminal-at-dusk.png': png(2400, 1200, [200, 120, 40]),
  '/cdn/berth-seven.png': png(600, 400, [40, 140, 60]),
};

const paragraph = (n: number) =>
  `<p>The port authority said the electric cranes at the north terminal moved ${n * 120} containers in their first week, ` +
  'with crews reporting quieter shifts and fewer delays at the berths than under the diesel machines they replace. ' +
  'Dock workers’ representatives welcomed the change but asked for more training before the night shifts switch over.</p>';

function storyPage(cdnOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour cranes go electric at the north terminal</title></head>
<body><header><nav><a href="/">Harbour Ledger</a></nav></header><main><article>
<h1>Harbour cranes go electric at the north terminal</h1>
<p class="byline">By Ines Marlow</p>
<figure><img src="/img/cranes.png" width="400" height="300" alt="Cranes at the north terminal"><figcaption>The first electric cranes.</figcaption></figure>
${[1, 2, 3, 4].map(paragraph).join('\n')}
<figure><img src="/img/terminal-at-dusk.png" width="2400" height="1200" alt="The terminal at dusk"><figcaption>The terminal at dusk.</figcaption></figure>
${[5, 6, 7].map(paragraph).join('\n')}
<figure><img src="${cdnOrigin}/cdn/berth-seven.png" width="600" height="400" alt="Berth seven from the water"><figcaption>Berth seven.</figcaption></figure>
${[8, 9].map(paragraph).join('\n')}
</article></main></body></html>`;
}

const picture = (pathname: string): GeneratedPage | undefined => {
  const bytes = PICTURES[pathname];
  return bytes ? { html: bytes, headers: { 'content-type': 'image/png' } } : undefined;
};

interface Servers {
  site: FixtureServer;
  cdn: FixtureServer;
}

async function startServers(): Promise<Servers> {
  const cdn = await startFixtureServer({ pages: picture });
  const site = await startFixtureServer({ pages: (pathname) => (pathname === STORY ? { html: storyPage(cdn.origin) } : picture(pathname)) });
  return { site, cdn };
}

/** What the extension stores, read in one of its pages (as a function: extension pages forbid eval of strings). */
function readStoredPictures(): Promise<{ articleId: string; url: string; width: number; height: number; type: string; bytes: number }[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('clearpress-library');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('pictures').objectStore('pictures').getAll();
      all.onsuccess = () => {
        open.result.close();
        const rows = all.result as { articleId: string; url: string; width: number; height: number; blob: Blob; bytes: number }[];
        resolve(rows.map(({ articleId, url, width, height, blob, bytes }) => ({ articleId, url, width, height, type: blob.type, bytes })));
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** The saved copy's pictures once all have loaded: what they show from, and their natural width. */
function shownPictures(): { src: string; width: number }[] | null {
  const images = [...document.querySelectorAll<HTMLImageElement>('.article-body img')];
  if (!document.querySelector('main[data-state="article"]') || images.length === 0 || images.some((img) => !img.complete)) return null;
  return images.map((img) => ({ src: img.src.replace(/^(blob:)[^/]+\/\/[^/]+\/.*$/, '$1'), width: img.naturalWidth }));
}

/** A popup-side fetch of the page's own picture: what the click's access lets the extension itself do. */
const popupFetch = (url: string) => `fetch(${JSON.stringify(url)}, { credentials: 'omit', cache: 'no-store' }).then((r) => 'answered ' + r.status, () => 'refused')`;

const OWN_SITE_STATUS = '2 pictures kept with it. 1 on another site not kept (the options can allow pictures from other sites).';
const ALL_STATUS = '3 pictures kept with it.';
const SHOWN = [
  { src: 'blob:', width: 400 },
  { src: 'blob:', width: 2000 },
  { src: 'blob:', width: 600 },
];

/** The stored pictures, without their article id and sizes in bytes (which vary with the encoder). */
const storedShape = (rows: Awaited<ReturnType<typeof readStoredPictures>>) => rows.map(({ url, width, height, type }) => ({ url, width, height, type })).sort((a, b) => a.url.localeCompare(b.url));

function expectedStored(servers: Servers, withCdn: boolean) {
  const rows = [
    { url: servers.site.url('/img/cranes.png'), width: 400, height: 300, type: 'image/png' },
    { url: servers.site.url('/img/terminal-at-dusk.png'), width: 2000, height: 1000, type: 'image/png' },
    ...(withCdn ? [{ url: servers.cdn.url('/cdn/berth-seven.png'), width: 600, height: 400, type: 'image/png' }] : []),
  ];
  return rows.sort((a, b) => a.url.localeCompare(b.url));
}

/** Milliseconds from pressing Save to the popup saying what came of the pictures, per browser and save. */
const figures: Record<string, number[]> = { Chromium: [], Firefox: [] };
after(() => {
  for (const [name, runs] of Object.entries(figures)) if (runs.length > 0) console.log(`${name}: Save pressed → pictures kept and said ${runs.join(', ')} ms (2 then 3 pictures, one 2,400 px resized)`);
});

const pictureRequests = (server: FixtureServer) => server.requests.filter((r) => /\.png$/.test(r.path));

// ─────────────────────────────────────────────── Chromium ───────────────────────────────────────────────

const missingX = ['Xvfb', 'xdotool'].filter((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);

describe('Chromium', { timeout: SUITE_TIMEOUT_MS, skip: missingX.length > 0 ? `the browser's question is answered on a virtual display: needs ${missingX.join(' and ')}` : false }, () => {
  const DISPLAY = `:${90 + (process.pid % 9)}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-pictures-'));
  let xvfb: ChildProcess | undefined;
  let browser: Chromium;
  let servers: Servers;
  let ext: Page;
  let article: Page;

  const press = (...keys: string[]) => execFileSync('xdotool', ['key', ...keys], { env: { ...process.env, DISPLAY } });

  before(async () => {
    assert.ok(existsSync(path.join(CHROME_DIR, 'manifest.json')), `No build at ${CHROME_DIR}: run npx wxt build first.`);
    servers = await startServers();
    xvfb = await startVirtualDisplay(DISPLAY);
    browser = await launchChromium(profile, CHROME_DIR, { display: DISPLAY });
    ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  after(async () => {
    await browser?.context.close();
    xvfb?.kill();
    await servers?.site.close().catch(() => undefined);
    await servers?.cdn.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  async function saveFromPopup(button: string): Promise<{ popup: TargetSession; pictures: string }> {
    const { popup } = await clickToolbarButton(browser, article);
    await popup.waitFor(`document.body.dataset.state === 'article'`, 15_000);
    await popup.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === ${JSON.stringify(button)})`);
    const pressed = Date.now();
    await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(button)}).click()`);
    const pictures = await popup.waitFor<string>(`document.querySelector('.pictures-status[data-state="done"]')?.textContent`, 20_000);
    figures.Chromium!.push(Date.now() - pressed);
    return { popup, pictures };
  }

  test('with the click’s access alone, Save keeps the page’s own pictures, the wide one resized', async () => {
    article = await browser.context.newPage();
    await article.goto(servers.site.url(STORY));
    const { popup: probe } = await clickToolbarButton(browser, article);
    await probe.waitFor(`document.body.dataset.state === 'article'`, 15_000);
    // Chromium's activeTab lets the extension's own pages fetch the tab's origin too (Firefox's does not, below).
    assert.equal(await probe.evaluate(popupFetch(servers.site.url('/img/cranes.png'))), 'answered 200');
    await browser.cdp.send('Target.closeTarget', { targetId: probe.targetId });

    const cdnBefore = pictureRequests(servers.cdn).length;
    const { popup, pictures } = await saveFromPopup('Save');
    assert.equal(await popup.evaluate(`document.querySelector('.status').textContent`), 'Saved to your library.');
    assert.equal(pictures, OWN_SITE_STATUS);
    assert.deepEqual(storedShape(await ext.evaluate(readStoredPictures)), expectedStored(servers, false));
    // Nothing was asked of the other site.
    assert.equal(pictureRequests(servers.cdn).length, cdnBefore);
    await browser.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  });

  test('turning on pictures from other sites asks the browser; allowed, Save keeps the other site’s picture too', async () => {
    await ext.reload();
    const box = ext.locator('input.other-sites-pictures');
    await box.waitFor();
    assert.equal(await ext.locator('input.keep-pictures').isChecked(), true);
    assert.equal(await box.isChecked(), false);
    await box.click({ noWaitAfter: true });
    // The dialog is drawn inside the browser window: a moment for its focus, then Tab to "Allow" and Enter.
    await sleep(1000);
    press('Tab', 'Return');
    const deadline = Date.now() + 5000;
    while (!(await ext.evaluate((origins) => chrome.permissions.contains({ origins }), WIDE_ACCESS))) {
      if (Date.now() > deadline) throw new Error('The browser did not grant access to other sites');
      await sleep(50);
    }
    await ext.locator('input.other-sites-pictures:checked').waitFor();

    const cdnBefore = pictureRequests(servers.cdn).length;
    const { popup, pictures } = await saveFromPopup('Update saved copy');
    assert.equal(pictures, ALL_STATUS);
    assert.deepEqual(storedShape(await ext.evaluate(readStoredPictures)), expectedStored(servers, true));
    // The other site got the picture's GET alone: no Referer (and no cookies: credentials are omitted).
    assert.deepEqual(pictureRequests(servers.cdn).slice(cdnBefore), [{ path: '/cdn/berth-seven.png', referer: null }]);
    await browser.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  });

  test('the saved copy shows its stored pictures, asks the network for nothing, and shows them offline', async () => {
    const { articleId } = (await ext.evaluate(readStoredPictures))[0]!;
    const before = { site: servers.site.requests.length, cdn: servers.cdn.requests.length };
    const reader = await browser.context.newPage();
    const requested: string[] = [];
    reader.on('request', (request) => /^https?:/.test(request.url()) && requested.push(request.url()));
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?id=${articleId}`);
    assert.deepEqual(await (await reader.waitForFunction(shownPictures, undefined, { timeout: 10_000 })).jsonValue(), SHOWN);
    assert.deepEqual(requested, []);
    assert.deepEqual({ site: servers.site.requests.length, cdn: servers.cdn.requests.length }, before);

    // The network cut: both servers stopped, the saved copy opened again.
    await servers.site.close();
    await servers.cdn.close();
    await reader.reload();
    assert.deepEqual(await (await reader.waitForFunction(shownPictures, undefined, { timeout: 10_000 })).jsonValue(), SHOWN);
    assert.deepEqual(requested, []);
    await reader.close();
  });
});

// ─────────────────────────────────────────────── Firefox ────────────────────────────────────────────────

describe('Firefox', { timeout: SUITE_TIMEOUT_MS }, () => {
  const UUID = '3c9e51d2-7a44-4f0b-8d61-5be0a2f9c714';
  const ORIGIN = `moz-extension://${UUID}`;
  let browser: FirefoxBrowser;
  let privileged: FirefoxChrome;
  let servers: Servers;
  let ext: FirefoxPage;
  let tabId = 0;

  before(async () => {
    ({ browser, privileged, options: ext } = await launchFirefoxAtOptions(FIREFOX_DIR, UUID));
    servers = await startServers();
  });

  after(async () => {
    await browser?.close();
    await servers?.site.close().catch(() => undefined);
    await servers?.cdn.close().catch(() => undefined);
  });

  /** The popup, opened in a tab for the article's tab (no automation clicks Firefox's toolbar button). */
  async function openPopup(): Promise<FirefoxPage> {
    const popup = await browser.newPage();
    await popup.goto(`${ORIGIN}/popup.html?tabId=${tabId}`, { waitUntil: 'networkidle0' });
    await popup.waitForSelector('body[data-state="article"]', { timeout: 15_000 });
    return popup;
  }

  async function saveFromPopup(button: string): Promise<{ popup: FirefoxPage; pictures: string }> {
    const popup = await openPopup();
    await popup.waitForFunction((label) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label), {}, button);
    const pressed = Date.now();
    await popup.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click(), button);
    await popup.waitForSelector('.pictures-status[data-state="done"]', { timeout: 20_000 });
    figures.Firefox!.push(Date.now() - pressed);
    return { popup, pictures: await popup.$eval('.pictures-status', (p) => p.textContent ?? '') };
  }

  test('Firefox: with the click’s access alone, Save keeps the page’s own pictures, the wide one resized', async () => {
    const article = await browser.newPage();
    const address = servers.site.url(STORY);
    await article.goto(address);
    // What the toolbar click would give: activeTab on the article's tab.
    tabId = await privileged.grantActiveTab(GECKO_ID, address);
    const probe = await openPopup();
    // Firefox's activeTab does not let the extension's own pages fetch the tab's origin: the page must.
    assert.equal(await probe.evaluate(popupFetch(servers.site.url('/img/cranes.png'))), 'refused');
    await probe.close();

    const cdnBefore = pictureRequests(servers.cdn).length;
    const { popup, pictures } = await saveFromPopup('Save');
    assert.equal(await popup.$eval('.status', (p) => p.textContent), 'Saved to your library.');
    assert.equal(pictures, OWN_SITE_STATUS);
    assert.deepEqual(storedShape(await ext.evaluate(readStoredPictures)), expectedStored(servers, false));
    assert.equal(pictureRequests(servers.cdn).length, cdnBefore);
    await popup.close();
  });

  test('Firefox: turning on pictures from other sites asks the browser; allowed, Save keeps the other site’s picture too', async () => {
    // A fresh options page: puppeteer's BiDi waits forever on an extension page navigated again.
    const options = await browser.newPage();
    await options.goto(`${ORIGIN}/options.html`, { waitUntil: 'networkidle0' });
    await options.waitForSelector('input.other-sites-pictures:not([disabled])');
    assert.equal(await options.$eval('input.keep-pictures', (input) => (input as HTMLInputElement).checked), true);
    assert.equal(await options.$eval('input.other-sites-pictures', (input) => (input as HTMLInputElement).checked), false);
    await options.click('input.other-sites-pictures');
    await privileged.answerPermissionDoorhanger(true);
    await options.waitForSelector('input.other-sites-pictures:checked:not([disabled])', { timeout: 5000 });
    assert.equal(await options.evaluate((origins) => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.contains({ origins }), WIDE_ACCESS), true);
    await options.close();

    const cdnBefore = pictureRequests(servers.cdn).length;

    const { popup, pictures } = await saveFromPopup('Update saved copy');
    assert.equal(pictures, ALL_STATUS);
    assert.deepEqual(storedShape(await ext.evaluate(readStoredPictures)), expectedStored(servers, true));
    assert.deepEqual(pictureRequests(servers.cdn).slice(cdnBefore), [{ path: '/cdn/berth-seven.png', referer: null }]);
    await popup.close();
  });

  test('Firefox: the saved copy shows its stored pictures, asks the network for nothing, and shows them offline', async () => {
    const { articleId } = (await ext.evaluate(readStoredPictures))[0]!;
    const before = { site: servers.site.requests.length, cdn: servers.cdn.requests.length };
    const requested: string[] = [];
    /** The saved copy in a new tab (puppeteer's BiDi waits forever on an extension page navigated again). */
    const openSavedCopy = async () => {
      const reader = await browser.newPage();
      reader.on('request', (request) => {
        if (/^https?:/.test(request.url())) requested.push(request.url());
      });
      await reader.goto(`${ORIGIN}/reader.html?id=${articleId}`, { waitUntil: 'networkidle0' });
      assert.deepEqual(await (await reader.waitForFunction(shownPictures, { timeout: 10_000 })).jsonValue(), SHOWN);
      await reader.close();
    };
    await openSavedCopy();
    assert.deepEqual(requested, []);
    assert.deepEqual({ site: servers.site.requests.length, cdn: servers.cdn.requests.length }, before);

    // The network cut: both servers stopped, the saved copy opened again.
    await servers.site.close();
    await servers.cdn.close();
    await openSavedCopy();
    assert.deepEqual(requested, []);
  });
});
