/**
 * Saved copies and the library load nothing from the network unless the reader asks, in real Chromium and Firefox
 * (production builds). The truth is the same in both: the requests that reach the fixture server, which serves
 * the article page and every picture it names.
 *
 * 50 copies of a news article whose pictures come in every form (src, srcset, <picture> sources, lazy data-src,
 * protocol-relative, a video with sources and captions, a tracking pixel) go into the library through its own
 * import; the library, its story view and a saved copy ask for nothing; "Show pictures" loads them for that visit
 * only; "Always show pictures from <site>" loads them for that site's copies, and Remove in the options undoes it.
 * Run after `npm run build:e2e`:  npx tsx --test --test-concurrency=1 e2e/remote-content.e2e.ts
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { parsePage } from '../cli/dom';
import { extractArticle, type Article } from '../utils/extract';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { requestsWhenQuiet, startFixtureServer, type FixtureServer } from './fixture-server';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_PROD_DIR ?? '.output/firefox-mv2');
const FIREFOX_UUID = '5d0c8f3e-2b7a-4c19-9e4d-7a1f0b6c3e21';
const ARTICLE_PATH = '/2026/03/12/night-cranes';
const COPIES = 50;
/** Copies from 41 on carry another site's address (their pictures still come from the fixture server). */
const OTHER_SITE_FROM = 41;
const SITE = '127.0.0.1';

/** Every address the article names: what "Show pictures" may ask for, and nothing else. */
const ARTICLE_ADDRESSES = new Set([
  '/pictures/cranes-800.png',
  '/pictures/cranes-1600.png',
  '/pictures/quay-wide.png',
  '/pictures/quay-narrow.png',
  '/pictures/quay.png',
  '/pictures/placeholder-grey.gif',
  '/pictures/residents.png',
  '/pictures/residents-2x.png',
  '/pictures/ring-road.png',
  '/pictures/map.png',
  '/media/quay-night.webm',
  '/media/quay-night.mp4',
  '/media/quay-night.en.vtt',
]);
/**
 * What every browser asks for once pictures are allowed: one address of each picture and of the video, which one
 * being the browser's choice (srcset widths, <picture> media, the lazy srcset promoted, the first video it can play).
 */
const PICTURES_LOADED: { picture: string; oneOf: RegExp }[] = [
  { picture: 'lead, src and srcset', oneOf: /^\/pictures\/cranes-(?:800|1600)\.png$/ },
  { picture: '<picture> sources', oneOf: /^\/pictures\/quay(?:-wide|-narrow)?\.png$/ },
  { picture: 'lazy data-src and data-srcset', oneOf: /^\/pictures\/(?:placeholder-grey\.gif|residents(?:-2x)?\.png)$/ },
  { picture: 'lazy data-lazy-src', oneOf: /^\/pictures\/ring-road\.png$/ },
  { picture: 'protocol-relative in copy 2', oneOf: /^\/pictures\/map\.png$/ },
  { picture: 'video sources', oneOf: /^\/media\/quay-night\.(?:webm|mp4)$/ },
];
/** Kept as placeholders in a saved copy: the lead picture, the <picture>, the two lazy ones, the map, the video. */
const PLACEHOLDERS = 6;
/** How long a page is given to ask for something it should not. */
const SETTLE_MS = 1000;

let server: FixtureServer;
let article: Article;

interface TestPage {
  evaluate<T>(expression: string): Promise<T>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

interface TestBrowser {
  open(pathname: string): Promise<TestPage>;
  close(): Promise<void>;
}

const idOf = (n: number): string => `e2e-night-cranes-${String(n).padStart(2, '0')}`;

/** The library's JSON export format, with the 50 copies: the article as the pipeline gave it, each at its own address. */
function exportFile(): string {
  const records = Array.from({ length: COPIES }, (_, i) => {
    const n = i + 1;
    const url = n >= OTHER_SITE_FROM ? `https://elsewhere.example/night-cranes-${n}` : `${server.url(ARTICLE_PATH)}-${n}`;
    // A copy made by an older tool: the map's address stayed protocol-relative.
    const contentHtml = n === 2 ? article.contentHtml.replace(`${server.origin}/pictures/map.png`, `//${SITE}:${new URL(server.origin).port}/pictures/map.png`) : article.contentHtml;
    const savedAt = new Date(Date.UTC(2026, 2, 12, 8, n)).toISOString();
    return { id: idOf(n), canonicalUrl: url, savedAt, updatedAt: savedAt, tags: [], read: false, readingPosition: 0, article: { ...article, url, canonicalUrl: null, contentHtml } };
  });
  return JSON.stringify({ format: 'clearpress-library', version: 1, exportedAt: '2026-03-12T09:00:00.000Z', records });
}

/** Waits until `expression` is truthy; evaluations that fail while a page reloads count as not yet. */
async function waitFor(page: TestPage, expression: string, what = expression): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (await page.evaluate<boolean>(`!!(${expression})`).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** The paths asked of the fixture server from request number `from` on. */
const requestsSince = (from: number): string[] => server.requests.slice(from).map((request) => request.path);

const documentStarted = (page: TestPage) => page.evaluate<number>('performance.timeOrigin');

/** Waits for the page to be a new document (after it reloaded itself), with its article shown. */
async function reloaded(page: TestPage, startedBefore: number): Promise<void> {
  await waitFor(page, `performance.timeOrigin !== ${startedBefore} && document.querySelector('main[data-state="article"] .article-body p')`, 'the reloaded saved copy');
}

const savedCopyShown = `document.querySelector('main[data-state="article"] .article-body p')`;

/** A picture the test adds itself: the page's policy, not only its code, keeps it from loading. */
const addProbePicture = (page: TestPage) =>
  page.evaluate(`(() => { const img = document.createElement('img'); img.src = ${JSON.stringify(server.url('/pictures/csp-probe.png'))}; img.alt = ''; document.body.append(img); return true; })()`);

const clickButton = (page: TestPage, selector: string, text: string) =>
  page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].find((b) => b.textContent.trim() === ${JSON.stringify(text)}).click()`);

const noticeText = (page: TestPage) => page.evaluate<string>(`document.querySelector('.remote-pictures p').textContent`);

/**
 * Asserts that a page with pictures allowed asked for the article's pictures, and only for those. Each picture is
 * scrolled into view in turn: the lazy one (`loading="lazy"`) loads only near the view, nearer in Firefox than in Chromium.
 */
async function assertPicturesLoaded(page: TestPage, from: number, where: string): Promise<void> {
  const missing = () => PICTURES_LOADED.filter(({ oneOf }) => !requestsSince(from).some((p) => oneOf.test(p))).map(({ picture }) => picture);
  for (let tries = 0; tries < 200 && missing().length > 0; tries++) {
    await page.evaluate(`(() => { const all = document.querySelectorAll('.article-body img'); all[${tries} % all.length]?.scrollIntoView(); })()`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.deepEqual(missing(), [], `${where}: every picture asked for`);
  console.log(`# ${where}: ${requestsSince(from).length} requests (${[...new Set(requestsSince(from))].join(' ')})`);
  assert.deepEqual(requestsSince(from).filter((p) => !ARTICLE_ADDRESSES.has(p)), [], `${where}: nothing but the article's own addresses`);
}

async function scenario(name: string, browser: TestBrowser): Promise<void> {
  // The library, filled through its own import, and its story view: nothing asked for.
  let from = server.requests.length;
  const library = await browser.open('/library.html');
  await waitFor(library, `document.querySelector('main[data-indexed="yes"]')`, 'the library page');
  // What the page tries to load from elsewhere and its policy stops: only the test's own picture, so the library
  // asks for nothing of itself. (Inline script attributes the manifest's policy stops are no load, and not counted.)
  await library.evaluate(`(() => {
    window.blocked = [];
    document.addEventListener('securitypolicyviolation', (event) => event.blockedURI !== 'inline' && blocked.push(event.effectiveDirective + ' ' + event.blockedURI));
    return true;
  })()`);
  await library.evaluate(`(() => {
    const input = document.querySelector('.import input[type=file]');
    const files = new DataTransfer();
    files.items.add(new File([${JSON.stringify(exportFile())}], 'library.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await waitFor(library, `document.querySelector('.status')?.textContent.includes('${COPIES} added')`, 'the import');
  await waitFor(library, `document.querySelector('.same-story')`, 'the story link');
  await library.evaluate(`document.querySelector('.same-story').click()`);
  await waitFor(library, `document.querySelectorAll('.story-group .outlet').length > 0`, 'the story view');
  await addProbePicture(library);
  await settle();
  assert.deepEqual(requestsSince(from), [], `${name}: the library with ${COPIES} saved articles asks for nothing`);
  assert.deepEqual(await library.evaluate<string[]>('blocked'), [`img-src ${server.url('/pictures/csp-probe.png')}`], `${name}: the library tries nothing but the probe`);
  await library.close();

  // A saved copy: placeholders, nothing asked for, axe-clean.
  from = server.requests.length;
  const reader = await browser.open(`/reader.html?id=${idOf(1)}`);
  await waitFor(reader, `${savedCopyShown} && document.querySelector('.remote-pictures')`, 'the saved copy and its notice');
  assert.equal(await reader.evaluate<number>(`document.querySelectorAll('.article-body .picture-placeholder').length`), PLACEHOLDERS);
  assert.deepEqual(await reader.evaluate<string[]>(`[...document.querySelectorAll('.article-body [src], .article-body [srcset], .article-body [poster]')].map((el) => el.outerHTML)`), []);
  assert.equal(await reader.evaluate<string>(`document.querySelector('.article-body .picture-placeholder').getAttribute('aria-label')`), 'Picture: Container cranes lit up over Quay 4 at night');
  assert.equal(await noticeText(reader), `${PLACEHOLDERS} pictures from the web are not shown: loading them would tell their sites that you are reading this.`);
  assert.deepEqual(await seriousViolations(reader), [], `${name}: axe, saved copy with placeholders`);
  await addProbePicture(reader);
  await settle();
  assert.deepEqual(requestsSince(from), [], `${name}: a saved copy asks for nothing`);

  // "Show pictures", from the keyboard: this visit loads them, the address does not keep the choice.
  from = server.requests.length;
  let started = await documentStarted(reader);
  await reader.evaluate(`[...document.querySelectorAll('.remote-pictures button')].find((b) => b.textContent.trim() === 'Show pictures').focus()`);
  await reader.press('Enter');
  await reloaded(reader, started);
  await assertPicturesLoaded(reader, from, `${name}: Show pictures`);
  assert.equal(await reader.evaluate<string>('location.search'), `?id=${idOf(1)}`);
  assert.equal(await noticeText(reader), 'Pictures from the web are shown for this visit only.');
  assert.equal(await reader.evaluate<number>(`document.querySelectorAll('.article-body .picture-placeholder').length`), 0);

  // Not remembered: the same copy reloaded, and the next one, ask for nothing.
  from = await requestsWhenQuiet(server);
  started = await documentStarted(reader);
  await reader.evaluate('void setTimeout(() => location.reload(), 0)');
  await reloaded(reader, started);
  await settle();
  assert.deepEqual(requestsSince(from), [], `${name}: Show pictures is not remembered`);
  await reader.close();

  // "Always show pictures from 127.0.0.1" in copy 2 (whose map is protocol-relative): it reloads with them.
  from = await requestsWhenQuiet(server);
  const second = await browser.open(`/reader.html?id=${idOf(2)}`);
  await waitFor(second, `${savedCopyShown} && document.querySelector('.remote-pictures')`, 'the second saved copy');
  await settle();
  assert.deepEqual(requestsSince(from), [], `${name}: the second copy asks for nothing`);
  started = await documentStarted(second);
  await clickButton(second, '.remote-pictures button', `Always show pictures from ${SITE}`);
  await reloaded(second, started);
  await assertPicturesLoaded(second, from, `${name}: Always show pictures`);
  assert.equal(await noticeText(second), `Pictures from ${SITE} are always shown in saved copies.`);
  await second.close();

  // The site's next copy shows them without a click; another site's does not.
  from = await requestsWhenQuiet(server);
  const third = await browser.open(`/reader.html?id=${idOf(3)}`);
  await waitFor(third, savedCopyShown, 'the third saved copy');
  await assertPicturesLoaded(third, from, `${name}: a copy from an allowed site`);
  await third.close();
  from = await requestsWhenQuiet(server);
  const elsewhere = await browser.open(`/reader.html?id=${idOf(OTHER_SITE_FROM)}`);
  await waitFor(elsewhere, `${savedCopyShown} && document.querySelector('.remote-pictures')`, 'a copy from another site');
  await settle();
  assert.deepEqual(requestsSince(from), [], `${name}: another site's copy asks for nothing`);
  await elsewhere.close();

  // Remove in the options page undoes it.
  const options = await browser.open('/options.html');
  await waitFor(options, `document.querySelector('.picture-sites li[data-host="${SITE}"]')`, 'the site in the options');
  assert.deepEqual(await seriousViolations(options), [], `${name}: axe, options with a picture site`);
  await clickButton(options, '.picture-sites button', 'Remove');
  await waitFor(options, `document.querySelector('.picture-sites-status')?.textContent === 'Removed ${SITE}.' && document.querySelector('.picture-sites-empty')`, 'the removal');
  await options.close();
  from = await requestsWhenQuiet(server);
  const fourth = await browser.open(`/reader.html?id=${idOf(4)}`);
  await waitFor(fourth, `${savedCopyShown} && document.querySelector('.remote-pictures')`, 'the fourth saved copy');
  await settle();
  assert.deepEqual(requestsSince(from), [], `${name}: after Remove, the site's copies ask for nothing again`);
  await fourth.close();
}

before(async () => {
  server = await startFixtureServer();
  // The article as the pipeline gives it from the page, as a reader's Save would store it.
  const html = await (await fetch(server.url(ARTICLE_PATH))).text();
  const extracted = extractArticle(parsePage(html, server.url(ARTICLE_PATH)), { url: server.url(ARTICLE_PATH) });
  assert.ok(extracted, 'the fixture page gives an article');
  // The pipeline drops the page's tracking pixel: no saved copy carries it, whatever the reader allows.
  assert.ok(!extracted.contentHtml.includes('pixel-1x1'), 'no tracking pixel in the article');
  assert.ok(extracted.removed.some((removal) => removal.rule === 'tracking-pixel' && removal.text.endsWith('/pixel-1x1.gif?uid=reader-123')), 'the pixel is listed as removed');
  article = extracted;
});

const browsers: TestBrowser[] = [];
after(async () => {
  for (const browser of browsers) await browser.close().catch(() => undefined);
  await server?.close();
});

test('Chromium: the library and saved copies load nothing until the reader asks', { timeout: 240_000 }, async () => {
  assert.ok(existsSync(path.join(CHROME_DIR, 'reader.html')), `No build at ${CHROME_DIR}: run npx wxt build first.`);
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-remote-content-'));
  const { context, extensionId } = await launchChromium(profile, CHROME_DIR);
  const browser: TestBrowser = {
    async open(pathname) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}${pathname}`);
      return { evaluate: (expression) => page.evaluate(expression), press: (key) => page.keyboard.press(key), close: () => page.close() };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  browsers.push(browser);
  await scenario('chromium', browser);
});

test('Firefox: the same', { timeout: 240_000 }, async () => {
  assert.ok(existsSync(path.join(FIREFOX_DIR, 'manifest.json')), `No build at ${FIREFOX_DIR}: run npx wxt build -b firefox first.`);
  const firefox = await launchFirefox({ extensionDir: FIREFOX_DIR, uuid: FIREFOX_UUID });
  const browser: TestBrowser = {
    async open(pathname) {
      const page = await firefox.newPage();
      await page.goto(`moz-extension://${FIREFOX_UUID}${pathname}`, { waitUntil: 'networkidle0' });
      return { evaluate: (expression) => page.evaluate(expression) as Promise<never>, press: (key) => page.keyboard.press(key as never), close: () => page.close() };
    },
    close: () => firefox.close(),
  };
  browsers.push(browser);
  await scenario('firefox', browser);
});
