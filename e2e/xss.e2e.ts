/**
 * The XSS corpus in the real extension: Chromium with the production build, the vectors of
 * e2e/fixtures/xss ten per article page (tests/security/xss.test.ts runs each alone), served from 127.0.0.1.
 * Each page is extracted by a real toolbar click, shown in the popup, saved, switched into the reader view;
 * then the library lists them all and the reader opens each saved copy.
 * Nothing may run: no dialog, no navigation away, no `__xss` global, no request to the marker path, no request
 * to any other host; and the article must survive. Run after `wxt build`:  npx tsx --test e2e/xss.e2e.ts
 *
 * The vector pages are served with a CSP that blocks their own scripts, frames and styles, so any marker
 * request the server sees came from an extension page, never from the hostile page itself.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium, type TargetSession } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { batchPage, HEADLINE, MARKER_PATH, SURVIVING_SENTENCE, VECTORS, vectorBatches, type XssVector } from './fixtures/xss/vectors';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const PAGE_CSP = "default-src 'none'; img-src http: https:";
/** `XSS_VECTORS=id,id` runs only those vectors (for debugging one). */
const ONLY = process.env.XSS_VECTORS?.split(',');
const RUN = ONLY ? VECTORS.filter((vector) => ONLY.includes(vector.id)) : VECTORS;
/** A page of up to ten vectors, each at its own place in the article; the unit test runs each one alone. */
interface VectorPage {
  name: string;
  vectors: XssVector[];
}
const PAGES: VectorPage[] = vectorBatches(RUN).map((vectors, i) => ({ name: `batch-${i + 1}`, vectors }));
const DEBUG = process.env.XSS_DEBUG === '1';
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-xss-e2e-'));

let server: FixtureServer;
let browser: Chromium;
let extensionOrigin = '';

/** What went wrong anywhere, as readable lines; the tests assert it stays empty. */
const incidents: string[] = [];
const savedIds = new Map<string, string>();

const pagePath = (page: VectorPage) => `/xss/${page.name}`;

/**
 * Records dialogs (dismissing them), navigations away from `expected`, frames, and requests to other hosts,
 * while `page` shows an extension page (the hostile page itself may do what it likes in its own tab).
 */
function watch(page: Page, where: string, expectedUrl: () => string | null): void {
  const inExtension = () => page.url().startsWith(extensionOrigin);
  page.on('dialog', (dialog) => {
    incidents.push(`${where}: dialog "${dialog.message()}"`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (!inExtension()) return;
    const expected = expectedUrl();
    if (frame === page.mainFrame() && expected !== null && frame.url() !== expected) incidents.push(`${where}: navigated to ${frame.url().slice(0, 120)}`);
    if (frame !== page.mainFrame()) incidents.push(`${where}: a frame loaded ${frame.url().slice(0, 120)}`);
  });
  page.on('request', (request) => {
    if (!inExtension()) return;
    const url = request.url();
    if (url.startsWith(extensionOrigin) || url.startsWith(`${server.origin}/`)) return;
    incidents.push(`${where}: request to ${url.slice(0, 120)}`);
  });
}

/** `window.__xss`, elements carrying an inline handler (Preact never writes one), and the text of an extension page. */
const READ_PAGE = `(() => ({
  marker: window.__xss ?? null,
  handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => el.localName + '[' + a.name + ']')),
  text: document.body.innerText,
}))()`;

async function checkExtensionPage(page: Page, where: string, mustContain: string[]): Promise<void> {
  const { marker, handlers, text } = await page.evaluate<{ marker: unknown; handlers: string[]; text: string }>(READ_PAGE);
  if (marker !== null) incidents.push(`${where}: window.__xss = ${JSON.stringify(marker)}`);
  if (handlers.length > 0) incidents.push(`${where}: inline handlers ${handlers.join(', ')}`);
  for (const words of mustContain) if (!text.includes(words)) incidents.push(`${where}: the text lost "${words.slice(0, 60)}"`);
}

interface CdpEvent {
  method?: string;
  params?: { frame?: { url: string; parentId?: string }; request?: { url: string }; message?: string };
}

/** Dialogs, navigations, frames and requests in the real popup (not a Playwright page: watched over CDP). */
async function watchPopup(popup: TargetSession, where: string): Promise<() => void> {
  const listener = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== popup.sessionId) return;
    const { method, params } = JSON.parse(event.message) as CdpEvent;
    if (method === 'Page.javascriptDialogOpening') {
      incidents.push(`${where}: dialog "${params?.message}"`);
      void popup.send('Page.handleJavaScriptDialog', { accept: false }).catch(() => undefined);
    }
    const frame = params?.frame;
    if (method === 'Page.frameNavigated' && frame) {
      if (frame.parentId) incidents.push(`${where}: a frame loaded ${frame.url.slice(0, 120)}`);
      else if (!frame.url.startsWith(`${extensionOrigin}/popup.html`)) incidents.push(`${where}: navigated to ${frame.url.slice(0, 120)}`);
    }
    const url = params?.request?.url;
    if (method === 'Network.requestWillBeSent' && url && !url.startsWith(extensionOrigin) && !url.startsWith(`${server.origin}/`)) incidents.push(`${where}: request to ${url.slice(0, 120)}`);
  };
  browser.cdp.on('Target.receivedMessageFromTarget', listener);
  await popup.send('Page.enable');
  await popup.send('Network.enable');
  return () => browser.cdp.off('Target.receivedMessageFromTarget', listener);
}

/** A promise that rejects after `ms`: a dialog left open in the popup would block its evaluations. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);
}

const POPUP_STATE = `({ state: document.body.dataset.state, marker: window.__xss ?? null, headline: document.querySelector('h1')?.textContent ?? '', href: location.href })`;
const clickButton = (label: string) => `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}); setTimeout(() => b.click()); return !!b; })()`;

/**
 * The real popup of a toolbar click on `tab`: it extracts the page and shows the article; nothing in it may
 * run. Then Save, then Reader view (which turns the tab into reader.html and closes the popup).
 */
async function throughPopup(tab: Page, where: string): Promise<void> {
  const { popup } = await clickToolbarButton(browser, tab);
  const unwatch = await watchPopup(popup, where);
  try {
    await within(popup.waitFor(`document.body.dataset.state === 'article' || document.body.dataset.state === 'problem'`, 20_000), 21_000, where);
    const seen = await within(popup.evaluate<{ state: string; marker: unknown; headline: string; href: string }>(POPUP_STATE), 5000, where);
    if (seen.state !== 'article') incidents.push(`${where}: the popup shows "${seen.state}", not the article`);
    if (seen.marker !== null) incidents.push(`${where}: window.__xss = ${JSON.stringify(seen.marker)}`);
    if (!seen.headline.startsWith(HEADLINE)) incidents.push(`${where}: headline "${seen.headline.slice(0, 80)}"`);
    await within(popup.evaluate(clickButton('Save')), 5000, where);
    await within(popup.waitFor(`document.querySelector('.status')?.textContent === 'Saved to your library.'`, 10_000), 11_000, `${where} saving`);
    const after = await within(popup.evaluate<{ marker: unknown; href: string }>(POPUP_STATE), 5000, where);
    if (after.marker !== null) incidents.push(`${where}: window.__xss = ${JSON.stringify(after.marker)} after saving`);
    await within(popup.evaluate(clickButton('Reader view')), 5000, where);
  } finally {
    unwatch();
  }
}

/** One page of vectors, the way a reader meets it: toolbar click, popup, Save, Reader view in the same tab. */
async function runPage(vectorPage: VectorPage): Promise<void> {
  const name = vectorPage.name;
  const t0 = Date.now();
  const step = (what: string) => DEBUG && console.log(`# ${name}: ${what} at ${Date.now() - t0} ms`);
  const tab = await browser.context.newPage();
  const vectorUrl = server.url(pagePath(vectorPage));
  let tabExpected: string | null = vectorUrl;
  watch(tab, `${name} (tab)`, () => tabExpected);
  await tab.goto(vectorUrl);
  step('page loaded');

  tabExpected = null;
  await throughPopup(tab, `${name} (popup)`);
  step('popup done');

  const readerUrl = `${extensionOrigin}/reader.html`;
  await tab.waitForURL(readerUrl, { timeout: 10_000 });
  tabExpected = readerUrl;
  await tab.waitForSelector('main[data-state="article"]', { timeout: 10_000 });
  await checkExtensionPage(tab, `${name} (reader)`, [HEADLINE, SURVIVING_SENTENCE]);
  if (tab.url() !== readerUrl) incidents.push(`${name} (reader): left for ${tab.url()}`);
  step('reader checked');
  await tab.close();
}

before(async () => {
  assert.ok(existsSync(path.join(EXT_DIR, 'popup.html')), `No build at ${EXT_DIR}: run npx wxt build first.`);
  const byPath = new Map(PAGES.map((page) => [pagePath(page), page]));
  server = await startFixtureServer({
    pages: (pathname, origin) => {
      const page = byPath.get(pathname);
      return page && { html: batchPage(page.vectors, origin, page.name), headers: { 'content-security-policy': PAGE_CSP } };
    },
  });
  browser = await launchChromium(profile, EXT_DIR);
  extensionOrigin = `chrome-extension://${browser.extensionId}`;
});

after(async () => {
  await browser?.context.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

// A vector page's own loads (its prefetch links, its CSS url()) are the hostile page acting in its own tab, with
// or without the extension; what counts is a marker request from an extension page (its origin or no referer).
const fromVectorPage = (referer: string | null) => referer !== null && /^http:\/\/127\.0\.0\.1:\d+\/xss\//.test(referer);
const markerRequests = () => server.requests.filter((request) => request.path.startsWith(MARKER_PATH) && !fromVectorPage(request.referer)).map((request) => `${request.path} (from ${request.referer ?? 'no referer'})`);

test(`${RUN.length} vectors on ${PAGES.length} pages: extracted, shown in the popup, saved, opened in the reader; nothing runs`, async () => {
  const started = Date.now();
  // One page at a time: a new tab would take the front from the one being clicked and close its popup.
  for (const page of PAGES) await runPage(page).catch((error: Error) => incidents.push(`${page.name}: ${error.message.split('\n')[0]}`));
  console.log(`# ${RUN.length} vectors on ${PAGES.length} pages through popup, save and reader view in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(incidents, []);
  assert.deepEqual(markerRequests(), []);
});

test('the library lists every saved vector page, and each saved copy opens in the reader inertly', async () => {
  const started = Date.now();
  const library = await browser.context.newPage();
  const libraryUrl = `${extensionOrigin}/library.html`;
  watch(library, 'library', () => libraryUrl);
  await library.goto(libraryUrl);
  await library.waitForSelector('main[data-indexed="yes"]');
  // The library shows rows a screenful at a time: show them all, so every saved vector is rendered.
  const more = library.locator('button.more');
  while (await more.count()) await more.click();
  const ids = await library.evaluate(() => [...document.querySelectorAll<HTMLElement>('.row')].map((row) => row.dataset.id ?? ''));
  assert.equal(ids.length, PAGES.length, 'one record per vector page');
  await checkExtensionPage(library, 'library', [HEADLINE]);
  await library.close();

  const reader = await browser.context.newPage();
  let expected = '';
  watch(reader, 'saved reader', () => expected);
  for (const id of ids) {
    expected = `${extensionOrigin}/reader.html?id=${id}`;
    await reader.goto(expected);
    await reader.waitForSelector('main[data-state="article"]', { timeout: 10_000 });
    await checkExtensionPage(reader, `saved reader ${id}`, [HEADLINE, SURVIVING_SENTENCE]);
  }
  await reader.close();
  console.log(`# library and ${ids.length} saved copies in the reader in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(incidents, []);
  assert.deepEqual(markerRequests(), []);
});
