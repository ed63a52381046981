/**
 * The Firefox build in Debian's firefox-esr over WebDriver BiDi (puppeteer-core). No automation can click
 * Firefox's toolbar button, so this uses the test-only build (`--mode e2e`, .output/firefox-mv2-e2e) whose
 * one difference is host access to 127.0.0.1; everything else is the production code.
 * Run after `NODE_ENV=production wxt build -b firefox --mode e2e`:  npx tsx --test e2e/firefox.e2e.ts
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from './firefox';
import { requestsWhenQuiet, startFixtureServer, type FixtureServer } from './fixture-server';
import { assertPixelNeverAsked, PICTURES_PAGE, SHOW_EVERY_PICTURE } from './live-pictures';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_DIR ?? '.output/firefox-mv2-e2e');
const UUID = 'a3c9a0de-5c1e-4d7b-9d7e-0c1ea59e55e1';
const ORIGIN = `moz-extension://${UUID}`;
const SHOTS = path.resolve('e2e/screenshots');
const SEED = '/2025/06/07/wagner-mali-exit';
const SEED_HEADLINE = 'Mercenaries affiliated with the Russian Wagner Group seek to terminate their operations in Mali.';

let server: FixtureServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(path.join(EXT_DIR, 'manifest.json')), `No build at ${EXT_DIR}: run NODE_ENV=production npx wxt build -b firefox --mode e2e first.`);
  server = await startFixtureServer();
  browser = await launchFirefox({ extensionDir: EXT_DIR, uuid: UUID });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function extensionPage(pathname: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${pathname}`, { waitUntil: 'networkidle0' });
  return page;
}

/**
 * Waits until `page` shows `href`. Not waitForFunction: its polling evaluates in the page while the page navigates,
 * and Firefox's BiDi then fails the evaluation with a protocol error instead of retrying in the new document.
 */
async function waitForAddress(page: Page, href: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await page.evaluate(() => location.href).catch(() => null)) === href) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The tab never showed ${href}`);
}

/** The id Firefox gave the tab showing `url` (the e2e build may query tabs on 127.0.0.1). */
async function tabIdOf(url: string): Promise<number> {
  const page = await extensionPage('/options.html');
  const id = await page.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id: number; url: string }[]> } } }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === u)?.id ?? -1;
  }, url);
  await page.close();
  return id;
}

test('Firefox: the popup extracts the seed page and shows the article', async () => {
  const article = await browser.newPage();
  const url = `${server.url(SEED)}?visit=ff-1`;
  await article.goto(url);
  const tabId = await tabIdOf(url);
  assert.ok(tabId >= 0, 'found the article tab');
  const popup = await extensionPage(`/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-state="article"]', { timeout: 15_000 });
  const content = await popup.evaluate(() => ({
    headlines: [...document.querySelectorAll('h1')].map((h) => h.textContent),
    implications: document.querySelectorAll('.implications li').length,
    notes: document.querySelectorAll('.source-notes li').length,
    buttons: [...document.querySelectorAll('button')].filter((b) => !b.closest('details.removed')).map((b) => b.textContent),
  }));
  assert.deepEqual(content, { headlines: [SEED_HEADLINE], implications: 5, notes: 3, buttons: ['Save', 'Reader view', 'Copy as Markdown'] });
  mkdirSync(SHOTS, { recursive: true });
  await popup.setViewport({ width: 420, height: 900 });
  await popup.screenshot({ path: path.join(SHOTS, 'firefox-popup-seed.png') });

  // Reader view: the same tab turns into reader.html; Esc brings the page back.
  // Clicked after the evaluation returns: the popup closes itself, and an evaluation still running in it when it
  // goes fails with a protocol error now and then.
  await popup.evaluate(() => void setTimeout(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reader view')!.click(), 0));
  const readerHref = `${ORIGIN}/reader.html`;
  await waitForAddress(article, readerHref);
  await article.waitForSelector('main[data-state="article"]');
  assert.deepEqual(
    await article.evaluate(() => ({ h1: [...document.querySelectorAll('h1')].map((h) => h.textContent), notes: document.querySelectorAll('.source-notes li[id^="source-"]').length, body: document.querySelectorAll('.article-body p').length === 3 })),
    { h1: [SEED_HEADLINE], notes: 3, body: true },
  );
  await article.screenshot({ path: path.join(SHOTS, 'firefox-reader-seed.png') });
  await article.keyboard.press('Escape');
  await waitForAddress(article, url);
  await article.close();
});

test('Firefox: the reader shortcut is Alt+Shift+R, and the options page names it', async () => {
  const options = await extensionPage('/options.html');
  await options.waitForSelector('p.shortcut kbd');
  const assigned = await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { commands: { getAll: () => Promise<{ name?: string; shortcut?: string }[]> } } }).browser;
    return (await api.commands.getAll()).find((c) => c.name === 'toggle-reader')?.shortcut;
  });
  assert.equal(assigned, 'Alt+Shift+R');
  assert.equal(await options.$eval('p.shortcut', (p) => [...p.querySelectorAll('kbd')].map((k) => k.textContent).join('+')), 'Alt+Shift+R');
  await options.close();
});

test('Firefox: the reader view of a live page shows its pictures from the web, never its tracking pixel', async () => {
  const article = await browser.newPage();
  const url = `${server.url(PICTURES_PAGE)}?visit=ff-3`;
  await article.goto(url);
  // The page itself asks for the pixel as it loads: only what comes after counts.
  const from = await requestsWhenQuiet(server);
  const popup = await extensionPage(`/popup.html?tabId=${await tabIdOf(url)}`);
  await popup.waitForSelector('body[data-state="article"]', { timeout: 15_000 });
  await popup.evaluate(() => void setTimeout(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reader view')!.click(), 0));
  await waitForAddress(article, `${ORIGIN}/reader.html`);
  await article.waitForSelector('main[data-state="article"] .article-body img');
  await assertPixelNeverAsked(server, from, (await article.evaluate(SHOW_EVERY_PICTURE)) as string[], 'firefox');
  await article.close();
});

test('Firefox: a page without an article says so', async () => {
  const page = await browser.newPage();
  const url = `${server.url('/section/world')}?visit=ff-2`;
  await page.goto(url);
  const popup = await extensionPage(`/popup.html?tabId=${await tabIdOf(url)}`);
  await popup.waitForSelector('body[data-state="problem"]');
  assert.equal(await popup.$eval('.problem-message', (el) => el.textContent), 'No article found on this page');
  await popup.close();
  await page.close();
});
