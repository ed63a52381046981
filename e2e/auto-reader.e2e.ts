/**
 * "Always use the reader view on <site>" in real browsers, on the production builds (neither has any host access
 * at install, so the grant is the reader's own). In each browser, in order: a fresh install reads no page by itself;
 * the reader refuses, then allows, the site from the popup; articles of the site then open in the reader view by
 * themselves, a page that is no article stays, and Back stays back; the options page gives the access back.
 *
 * How the browser's question is answered:
 * - Chromium has no switch or DevTools command that answers `permissions.request` (its auto-confirm is a C++
 *   test hook), so it runs headed on a virtual X display (Xvfb) and the test answers the real dialog with the
 *   keyboard through xdotool, as a reader would: Esc refuses, Tab then Enter moves to "Allow" and presses it.
 * - Firefox opens its real doorhanger in headless mode; the test presses its button through the browser's own
 *   chrome (privileged script, allowed by --remote-allow-system-access). No automation can click Firefox's toolbar
 *   button, so the same privileged script gives the article tab activeTab exactly as that click does
 *   (`tabManager.addActiveTabPermission`), and the popup page is opened in a tab for that tab.
 *
 * Run after `npm run build:e2e` (or `wxt build && wxt build -b firefox`):  npx tsx --test e2e/auto-reader.e2e.ts
 * Needs `apt-get install xvfb xdotool` for the Chromium part (skipped, saying so, without them).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { GECKO_ID } from './firefox';
import { clickToolbarButton, launchChromium, popupTargets, startVirtualDisplay, type Chromium, type TargetSession } from './chromium';
import { launchFirefoxAtOptions, type FirefoxChrome } from './firefox-chrome';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_PROD_DIR ?? '.output/firefox-mv2');
const SEED = '/2025/06/07/wagner-mali-exit';
const SEED_HEADLINE = 'Mercenaries affiliated with the Russian Wagner Group seek to terminate their operations in Mali.';
const CLEAN = '/2025/09/02/library-reopens';
const SECTION = '/section/world';
const HOST = '127.0.0.1';
const ORIGINS = [`http://${HOST}/*`, `https://${HOST}/*`];
/** How long a page must stay put to count as left alone: several times the slowest switch measured here. */
const STAYS_MS = 2500;
/** Each page of the fixture server reports when its load event fired, on the browser's clock. */
const LOADED_PATH = '/__loaded';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reports the page's load time to the fixture server; runs in every document before its own scripts. */
function reportLoad(loadedPath: string): void {
  if (location.protocol !== 'http:') return;
  addEventListener('load', () => void fetch(`${loadedPath}?at=${Date.now()}&page=${encodeURIComponent(location.pathname + location.search)}`, { keepalive: true }).catch(() => undefined));
}

let server: FixtureServer;
/** Milliseconds from an article's load event to its reader view showing the article, per browser, by part. */
const figures: Record<string, { total: number; background: number; reader: number }[]> = { Chromium: [], Firefox: [] };

before(async () => {
  server = await startFixtureServer({ pages: (pathname) => (pathname === LOADED_PATH ? { html: '' } : undefined) });
});

after(async () => {
  await server?.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [name, runs] of Object.entries(figures)) {
    if (runs.length === 0) continue;
    console.log(
      `${name}, ${runs.length} switches: article load event → reader view showing it ${runs.map((run) => run.total).join(', ')} ms (median ${median(runs.map((run) => run.total))}); ` +
        `of it, load → reader page requested (background: read and open) median ${median(runs.map((run) => run.background))} ms, → article shown (reader page) median ${median(runs.map((run) => run.reader))} ms`,
    );
  }
});

/** When the page at `pathWithQuery` reported its load event (browser clock), waiting for the report. */
async function loadedAt(pathWithQuery: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const report = server.requests.find((r) => r.path.startsWith(`${LOADED_PATH}?`) && new URL(r.path, server.origin).searchParams.get('page') === pathWithQuery);
    if (report) return Number(new URL(report.path, server.origin).searchParams.get('at'));
    if (Date.now() > deadline) throw new Error(`${pathWithQuery} never reported its load`);
    await sleep(20);
  }
}

/**
 * The in-page check for the reader view showing an article: when it was seen shown and when the reader page's
 * navigation started (the background's work ends there), on the browser's clock; else 0. A function, not a
 * string: extension pages' CSP forbids the eval a string predicate needs.
 */
function readerShown(): { shown: number; started: number } | 0 {
  return /\/reader\.html$/.test(location.pathname) && document.querySelector('main[data-state="article"] h1') ? { shown: Date.now(), started: Math.round(performance.timeOrigin) } : 0;
}

interface Shown {
  shown: number;
  started: number;
}

/** One switch's figures: page load event → reader page navigation start → article shown. */
function recordSwitch(browserName: string, loaded: number, { shown, started }: Shown): void {
  figures[browserName]!.push({ total: shown - loaded, background: started - loaded, reader: shown - started });
}

// ─────────────────────────────────────────────── Chromium ───────────────────────────────────────────────

const missingX = ['Xvfb', 'xdotool'].filter((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);

// A hang (a browser that stops answering) fails the suite instead of holding up the whole run.
const SUITE_TIMEOUT_MS = 240_000;

describe('Chromium', { timeout: SUITE_TIMEOUT_MS, skip: missingX.length > 0 ? `the browser's question is answered on a virtual display: needs ${missingX.join(' and ')}` : false }, () => {
  const DISPLAY = `:${80 + (process.pid % 9)}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-auto-reader-'));
  let xvfb: ChildProcess | undefined;
  let browser: Chromium;
  /** An extension page the test reads the extension's state through. */
  let ext: Page;
  let visit = 0;

  const press = (...keys: string[]) => execFileSync('xdotool', ['key', ...keys], { env: { ...process.env, DISPLAY } });
  const url = (pathname: string) => `${server.url(pathname)}?visit=cr-${++visit}`;
  const holdsAccess = () => ext.evaluate<boolean>(`chrome.permissions.contains({ origins: ${JSON.stringify(ORIGINS)} })`);
  const grantedOrigins = () => ext.evaluate<string[]>(`chrome.permissions.getAll().then((all) => all.origins)`);
  const chosenSites = () => ext.evaluate<string[]>(`chrome.storage.local.get('auto-reader-sites').then((items) => (items['auto-reader-sites'] ?? []).map((site) => site.host))`);
  const pendingAsk = () => ext.evaluate<boolean>(`chrome.storage.session.get('auto-reader-pending').then((items) => items['auto-reader-pending'] !== undefined)`);

  before(async () => {
    assert.ok(existsSync(path.join(CHROME_DIR, 'manifest.json')), `No build at ${CHROME_DIR}: run npx wxt build first.`);
    xvfb = await startVirtualDisplay(DISPLAY);
    browser = await launchChromium(profile, CHROME_DIR, { display: DISPLAY });
    await browser.context.addInitScript(reportLoad, LOADED_PATH);
    ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  after(async () => {
    await browser?.context.close();
    xvfb?.kill();
    rmSync(profile, { recursive: true, force: true });
  });

  /**
   * Waits until the browser's dialog is up. Chromium closes the popup when its permission dialog opens (as Firefox
   * does with its doorhanger), so the popup going away is the sign; the pending request was recorded before.
   */
  async function untilAsked(popup: TargetSession): Promise<void> {
    const deadline = Date.now() + 5000;
    while ((await popupTargets(browser.cdp, browser.extensionId)).includes(popup.targetId)) {
      if (Date.now() > deadline) throw new Error('The popup stayed open: no dialog came up');
      await sleep(25);
    }
    assert.equal(await pendingAsk(), true);
    // The dialog is drawn inside the browser window, with no window of its own to wait for: a moment for its focus.
    await sleep(500);
  }

  /**
   * Ticks the box. The click opens the browser's dialog, which closes the popup, sometimes before the evaluation's
   * answer leaves it: that answer may never come, so nothing waits for it (untilAsked watches the popup go).
   */
  function tickInClosingPopup(popup: TargetSession): void {
    popup.evaluate(`document.querySelector('.auto-reader input').click()`).catch(() => undefined);
  }

  async function openPopup(page: Page): Promise<TargetSession> {
    const { popup } = await clickToolbarButton(browser, page);
    await popup.waitFor(`document.body.dataset.state === 'article' && !document.querySelector('.auto-reader input').disabled`, 15_000);
    return popup;
  }

  /** Opens `pathname` in a new tab and returns the page when the reader view shows its article. */
  async function opensInReader(pathname: string): Promise<Page> {
    const page = await browser.context.newPage();
    const address = url(pathname);
    await page.goto(address, { waitUntil: 'commit' });
    await page.waitForURL(`chrome-extension://${browser.extensionId}/reader.html`, { timeout: 10_000, waitUntil: 'commit' });
    const shown = (await (await page.waitForFunction(readerShown, undefined, { polling: 'raf', timeout: 10_000 })).jsonValue()) as Shown;
    recordSwitch('Chromium', await loadedAt(new URL(address).pathname + new URL(address).search), shown);
    return page;
  }

  /** Opens `pathname` in a new tab, lets it sit, and checks it is still that page. */
  async function stays(pathname: string): Promise<Page> {
    const page = await browser.context.newPage();
    const address = url(pathname);
    await page.goto(address);
    await sleep(STAYS_MS);
    assert.equal(page.url(), address);
    return page;
  }

  test('a fresh install has no host access, and reads no page by itself', async () => {
    assert.deepEqual(await grantedOrigins(), []);
    assert.equal(await holdsAccess(), false);
    await (await stays(SEED)).close();
  });

  test('from the popup: refused, nothing changes; allowed, the background finishes what the closed popup asked', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(SEED));
    let popup = await openPopup(page);
    assert.equal(await popup.evaluate(`document.querySelector('.auto-reader label').textContent`), ' Always use the reader view on 127.0.0.1');
    assert.equal(await popup.evaluate(`document.querySelector('.auto-reader input').checked`), false);

    // The reader presses Esc on the browser's dialog.
    tickInClosingPopup(popup);
    await untilAsked(popup);
    press('Escape');
    await sleep(1000);
    assert.equal(await holdsAccess(), false);
    assert.deepEqual(await chosenSites(), []);
    popup = await openPopup(page);
    assert.equal(await popup.evaluate(`document.querySelector('.auto-reader input').checked`), false);

    // Asked again: Tab to "Allow", Enter. The popup is gone: permissions.onAdded in the background registers the site.
    tickInClosingPopup(popup);
    await untilAsked(popup);
    press('Tab', 'Return');
    const deadline = Date.now() + 5000;
    while ((await chosenSites()).length === 0 && Date.now() < deadline) await sleep(50);
    assert.deepEqual(await chosenSites(), [HOST]);
    assert.equal(await holdsAccess(), true);
    assert.deepEqual((await grantedOrigins()).sort(), ORIGINS);
    assert.equal(await pendingAsk(), false);

    // Shown ticked the next time.
    popup = await openPopup(page);
    assert.equal(await popup.evaluate(`document.querySelector('.auto-reader input').checked`), true);
    await browser.cdp.send('Target.closeTarget', { targetId: popup.targetId });
    await page.close();
  });

  test('an article of the site opens in the reader view by itself; a page that is no article stays', async () => {
    const page = await opensInReader(SEED);
    assert.deepEqual(await page.locator('main h1').allTextContents(), [SEED_HEADLINE]);
    // The reader view offers the option too, ticked.
    assert.equal(await page.locator('.toolbar .auto-reader input').isChecked(), true);
    await page.close();
    await (await stays(SECTION)).close();
    await (await opensInReader(CLEAN)).close();
  });

  test('"Back to page" and the browser’s Back return to the page, and it stays', async () => {
    const page = await opensInReader(SEED);
    await page.getByRole('button', { name: /Back to page/ }).click();
    await page.waitForURL(/\/2025\/06\/07\/wagner-mali-exit\?visit=/);
    const article = page.url();
    await sleep(STAYS_MS);
    assert.equal(page.url(), article);
    // A reload of it stays too.
    await page.reload();
    await sleep(STAYS_MS);
    assert.equal(page.url(), article);

    // Another article in the same tab switches; the browser's Back returns to it.
    const next = url(CLEAN);
    await page.goto(next, { waitUntil: 'commit' });
    await page.waitForURL(/\/reader\.html$/, { timeout: 10_000 });
    await page.waitForFunction(readerShown, undefined, { polling: 'raf' });
    await page.goBack();
    assert.equal(page.url(), next);
    await sleep(STAYS_MS);
    assert.equal(page.url(), next);
    await page.close();
  });

  test('the options page lists the site; Remove gives the access back, and articles stay pages', async () => {
    await ext.reload();
    const site = ext.locator('.auto-reader-sites li[data-host="127.0.0.1"]');
    await site.waitFor();
    assert.equal(await ext.locator('.auto-reader-sites-count').textContent(), 'Clearpress may read pages on 1 site.');
    await site.getByRole('button', { name: 'Remove 127.0.0.1: its articles stop opening in the reader view, and Clearpress gives back its access' }).click();
    await ext.locator('.auto-reader-sites-status', { hasText: 'Removed 127.0.0.1. Clearpress can no longer read its pages.' }).waitFor();
    await ext.locator('.auto-reader-sites-empty').waitFor();
    assert.equal(await holdsAccess(), false);
    assert.deepEqual(await grantedOrigins(), []);
    assert.deepEqual(await chosenSites(), []);
    await (await stays(SEED)).close();
  });
});

// ─────────────────────────────────────────────── Firefox ────────────────────────────────────────────────

describe('Firefox', { timeout: SUITE_TIMEOUT_MS }, () => {
  const UUID = 'b6f1c8e2-3f0a-4c55-9a57-2d8c1f0e7a41';
  const ORIGIN = `moz-extension://${UUID}`;
  let browser: FirefoxBrowser;
  let ext: FirefoxPage;
  let privileged: FirefoxChrome;
  let visit = 0;

  const url = (pathname: string) => `${server.url(pathname)}?visit=ff-${++visit}`;

  const evaluateInExtension = <T>(fn: string): Promise<T> => ext.evaluate(`(async () => { const api = globalThis.browser; ${fn} })()`) as Promise<T>;
  const holdsAccess = () => evaluateInExtension<boolean>(`return api.permissions.contains({ origins: ${JSON.stringify(ORIGINS)} });`);
  const grantedOrigins = () => evaluateInExtension<string[]>('return (await api.permissions.getAll()).origins;');
  const chosenSites = () => evaluateInExtension<string[]>(`return ((await api.storage.local.get('auto-reader-sites'))['auto-reader-sites'] ?? []).map((site) => site.host);`);

  before(async () => {
    ({ browser, privileged, options: ext } = await launchFirefoxAtOptions(FIREFOX_DIR, UUID));
  });

  after(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<FirefoxPage> {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(reportLoad, LOADED_PATH);
    return page;
  }

  /** The href of the page, or null while it is between documents. */
  const hrefOf = (page: FirefoxPage) => page.evaluate(() => location.href).catch(() => null);

  async function opensInReader(pathname: string): Promise<FirefoxPage> {
    const page = await newPage();
    const address = url(pathname);
    await page.goto(address, { waitUntil: 'load' });
    const deadline = Date.now() + 10_000;
    let shown: Shown | 0 = 0;
    while (!shown) {
      shown = (await page.evaluate(readerShown).catch(() => 0 as const)) || 0;
      if (!shown && Date.now() > deadline) throw new Error(`${address} never switched to the reader view (at ${await hrefOf(page)})`);
      if (!shown) await sleep(20);
    }
    assert.equal(await hrefOf(page), `${ORIGIN}/reader.html`);
    recordSwitch('Firefox', await loadedAt(new URL(address).pathname + new URL(address).search), shown);
    return page;
  }

  async function stays(pathname: string): Promise<FirefoxPage> {
    const page = await newPage();
    const address = url(pathname);
    await page.goto(address);
    await sleep(STAYS_MS);
    assert.equal(await hrefOf(page), address);
    return page;
  }

  test('Firefox: a fresh install has no host access, and reads no page by itself', async () => {
    assert.deepEqual(await grantedOrigins(), []);
    assert.equal(await holdsAccess(), false);
    await (await stays(SEED)).close();
  });

  test('Firefox: from the popup, refused then allowed; allowed with the popup gone, the background finishes', async () => {
    const article = await newPage();
    const address = url(SEED);
    await article.goto(address);
    // What the toolbar click would give: activeTab on the article's tab.
    const tabId = await privileged.grantActiveTab(GECKO_ID, address);
    const popup = await browser.newPage();
    await popup.goto(`${ORIGIN}/popup.html?tabId=${tabId}`, { waitUntil: 'networkidle0' });
    await popup.waitForSelector('body[data-state="article"] .auto-reader input:not([disabled])', { timeout: 15_000 });
    assert.equal(await popup.$eval('.auto-reader label', (label) => label.textContent), ' Always use the reader view on 127.0.0.1');

    await popup.click('.auto-reader input');
    await privileged.answerPermissionDoorhanger(false);
    await popup.waitForFunction(() => document.querySelector('.auto-reader-notice')?.textContent === 'Not turned on: your browser did not give Clearpress access to 127.0.0.1.');
    assert.equal(await holdsAccess(), false);
    assert.deepEqual(await chosenSites(), []);

    // Firefox closes a real popup when its doorhanger opens, and the popup's promise goes with it: here the page
    // stops talking to the background before the answer, and the background must finish from permissions.onAdded.
    await popup.click('.auto-reader input');
    await popup.evaluate(() => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage: () => Promise<never> } } }).browser;
      api.runtime.sendMessage = () => new Promise<never>(() => undefined);
    });
    await privileged.answerPermissionDoorhanger(true);
    const deadline = Date.now() + 5000;
    while ((await chosenSites()).length === 0 && Date.now() < deadline) await sleep(50);
    assert.deepEqual(await chosenSites(), [HOST]);
    assert.equal(await holdsAccess(), true);
    assert.deepEqual([...(await grantedOrigins())].sort(), ORIGINS);
    // The page never heard back: the registration was the background's.
    assert.equal(await popup.$eval('.auto-reader-notice', (notice) => notice.textContent), 'Answer your browser’s question to turn this on.');
    await popup.close();
    await article.close();
  });

  test('Firefox: an article of the site opens in the reader view by itself; a page that is no article stays', async () => {
    const page = await opensInReader(SEED);
    assert.deepEqual(await page.$$eval('main h1', (h1s) => h1s.map((h1) => h1.textContent)), [SEED_HEADLINE]);
    assert.equal(await page.$eval('.toolbar .auto-reader input', (input) => (input as HTMLInputElement).checked), true);
    await page.close();
    await (await stays(SECTION)).close();
    await (await opensInReader(CLEAN)).close();
  });

  test('Firefox: "Back to page" and the browser’s Back return to the page, and it stays', async () => {
    const page = await opensInReader(SEED);
    await page.evaluate(() => (document.querySelector('.toolbar button.back') as HTMLButtonElement).click());
    const deadline = Date.now() + 10_000;
    let back: string | null = null;
    while (!back?.includes(SEED) && Date.now() < deadline) {
      await sleep(50);
      back = await hrefOf(page);
    }
    assert.match(back ?? '', /\/2025\/06\/07\/wagner-mali-exit\?visit=ff-/);
    await sleep(STAYS_MS);
    assert.equal(await hrefOf(page), back);
    // A reload of it stays too. (Navigation here is not awaited through puppeteer: its wait for a BiDi navigation
    // event hangs when Firefox restores a page from its back-forward cache.)
    await page.evaluate(() => location.reload());
    await sleep(STAYS_MS);
    assert.equal(await hrefOf(page), back);

    // Another article in the same tab switches; the browser's Back returns to it.
    const next = url(CLEAN);
    await page.goto(next);
    const switched = Date.now() + 10_000;
    while (!(await page.evaluate(readerShown).catch(() => 0)) && Date.now() < switched) await sleep(20);
    await page.goBack({ timeout: 3000 }).catch(() => null);
    const returned = Date.now() + 10_000;
    while ((await hrefOf(page)) !== next && Date.now() < returned) await sleep(50);
    await sleep(STAYS_MS);
    assert.equal(await hrefOf(page), next);
    await page.close();
  });

  test('Firefox: the options page lists the site; Remove gives the access back, and articles stay pages', async () => {
    const options = await browser.newPage();
    await options.goto(`${ORIGIN}/options.html`, { waitUntil: 'networkidle0' });
    await options.waitForSelector('.auto-reader-sites li[data-host="127.0.0.1"]');
    assert.equal(await options.$eval('.auto-reader-sites-count', (p) => p.textContent), 'Clearpress may read pages on 1 site.');
    await options.click('.auto-reader-sites li[data-host="127.0.0.1"] button');
    await options.waitForFunction(() => document.querySelector('.auto-reader-sites-status')?.textContent === 'Removed 127.0.0.1. Clearpress can no longer read its pages.');
    await options.waitForSelector('.auto-reader-sites-empty');
    await options.close();
    assert.equal(await holdsAccess(), false);
    assert.deepEqual(await grantedOrigins(), []);
    assert.deepEqual(await chosenSites(), []);
    await (await stays(SEED)).close();
  });
});
