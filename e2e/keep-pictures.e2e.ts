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
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { clickToolbarButton, launchChromium, startVirtualDisplay, type Chromium, type TargetSession } from './chromium';
import { GECKO_ID } from './firefox';
import { launchFirefoxAtOptions, type FirefoxChrome } from './firefox-chrome';
import {
  ALL_STATUS,
  OWN_SITE_STATUS,
  STORY,
  openFirefoxPopup,
  pictureRequests,
  expectedStored,
  readStoredPictures,
  saveInChromium,
  saveInFirefox,
  shownPictures,
  storedShape,
  startServers,
  stopServers,
  type Saved,
  type Servers,
  type ShownPicture,
} from './picture-story';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_PROD_DIR ?? '.output/firefox-mv2');
const SUITE_TIMEOUT_MS = 240_000;
const WIDE_ACCESS = ['http://*/*', 'https://*/*'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A popup-side fetch of the page's own picture: what the click's access lets the extension itself do. */
const popupFetch = (url: string) => `fetch(${JSON.stringify(url)}, { credentials: 'omit', cache: 'no-store' }).then((r) => 'answered ' + r.status, () => 'refused')`;

const SHOWN: ShownPicture[] = [
  { src: 'blob:', width: 400 },
  { src: 'blob:', width: 2000 },
  { src: 'blob:', width: 600 },
];

/** Milliseconds from pressing Save to the popup saying what came of the pictures, per browser and save. */
const figures: Record<string, number[]> = { Chromium: [], Firefox: [] };
after(() => {
  for (const [name, runs] of Object.entries(figures)) if (runs.length > 0) console.log(`${name}: Save pressed → pictures kept and said ${runs.join(', ')} ms (2 then 3 pictures, one 2,400 px resized)`);
});

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
    await stopServers(servers);
    rmSync(profile, { recursive: true, force: true });
  });

  /** Save or Update in the popup, its time kept for the figures. */
  async function saveFromPopup(button: string): Promise<Saved<TargetSession>> {
    const saved = await saveInChromium(browser, article, button);
    figures.Chromium!.push(saved.ms);
    return saved;
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
    await stopServers(servers);
  });

  const openPopup = () => openFirefoxPopup(browser, ORIGIN, tabId);

  async function saveFromPopup(button: string): Promise<Saved<FirefoxPage>> {
    const saved = await saveInFirefox(browser, ORIGIN, tabId, button);
    figures.Firefox!.push(saved.ms);
    return saved;
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
