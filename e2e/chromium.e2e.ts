/**
 * The popup and the reader view in Debian's Chromium, on the production build (no host permissions): a
 * fixture server on 127.0.0.1, the toolbar click simulated with CDP `Extensions.triggerAction`, the real popup
 * driven over CDP. Run after `wxt build`:  npx tsx --test e2e/chromium.e2e.ts
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { clickToolbarButton, launchChromium, type Chromium, type TargetSession } from './chromium';
import { requestsWhenQuiet, startFixtureServer, type FixtureServer } from './fixture-server';
import { assertPixelNeverAsked, PICTURES_PAGE, SHOW_EVERY_PICTURE } from './live-pictures';
import { hugePage } from '../bench/huge-page';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const SHOTS = path.resolve('e2e/screenshots');
const SEED = '/2025/06/07/wagner-mali-exit';
const VERY_LARGE = '/2026/01/02/river-homes-comments';
const SEED_HEADLINE = 'Mercenaries affiliated with the Russian Wagner Group seek to terminate their operations in Mali.';
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-e2e-'));

let server: FixtureServer;
let browser: Chromium;

interface PopupContent {
  state: string;
  headlines: string[];
  headlineCount: number;
  subtitle: string | null;
  meta: string | null;
  summary: string | null;
  implications: { label: string | null; labelIsBold: boolean; chips: { text: string; href: string; targetExists: boolean }[] }[];
  notes: { id: string; number: string; title: string; href: string | null; target: string | null; cited: string }[];
  removedSummary: string | null;
  removedOpen: boolean;
  removedItems: number;
  buttons: string[];
  libraryHref: string | null;
  order: string[];
  textDirection: string[];
}

/** Everything the popup shows, read from its DOM. */
const READ_POPUP = `(() => {
  const q = (s) => document.querySelector(s);
  const text = (el) => el ? el.textContent.replace(/\\s+/g, ' ').trim() : null;
  const headline = text(q('h1'));
  const body = document.body.innerText;
  return {
    state: document.body.dataset.state,
    headlines: [...document.querySelectorAll('h1')].map(text),
    headlineCount: headline ? body.split(headline).length - 1 : 0,
    subtitle: text(q('.subtitle')),
    meta: text(q('.meta')),
    summary: text(q('.summary p')),
    implications: [...document.querySelectorAll('.implications li')].map((li) => ({
      label: text(li.querySelector('.label')),
      labelIsBold: li.querySelector('.label') ? Number(getComputedStyle(li.querySelector('.label')).fontWeight) >= 600 : false,
      chips: [...li.querySelectorAll('a.chip')].map((a) => ({ text: text(a), href: a.getAttribute('href'), targetExists: !!document.getElementById(a.getAttribute('href').slice(1)) })),
    })),
    notes: [...document.querySelectorAll('.source-notes li')].map((li) => {
      const link = li.querySelector('a[href^="http"]');
      return { id: li.id, number: text(li.querySelector('.note-number')), title: text(link ?? li.querySelector('span:not(.note-number)')), href: link?.getAttribute('href') ?? null, target: link?.getAttribute('target') ?? null, cited: text(li.querySelector('.cited')) };
    }),
    removedSummary: text(q('details.removed > summary')),
    removedOpen: q('details.removed')?.open ?? false,
    removedItems: document.querySelectorAll('details.removed li').length,
    buttons: [...document.querySelectorAll('button')].filter((b) => !b.closest('details.removed')).map(text),
    libraryHref: q('a.library-link')?.getAttribute('href') ?? null,
    // The article's own words sit in wrappers that carry its dir and lang: their parts count in the order.
    order: [...document.querySelectorAll('main > :not(.article-text), main > .article-text > *')].map((el) => el.className.split(' ')[0] || el.tagName.toLowerCase()),
    textDirection: [...document.querySelectorAll('main > .article-text')].map((el) => el.getAttribute('dir') + ' ' + el.getAttribute('lang')),
  };
})()`;

const clickButton = (popup: TargetSession, label: string) =>
  popup.evaluate(`(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(${JSON.stringify(label)})); if (!b) throw new Error('no button ${label}'); b.click(); return true; })()`);

let visits = 0;

/** Opens a fixture in a new tab; the query makes each tab's address unique, so the click finds its tab. */
async function openPage(pathname: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url(pathname)}?visit=${++visits}`);
  return page;
}

/** Clicks the toolbar button on `page` and waits until the popup shows an article or a message. */
async function openPopup(page: Page): Promise<{ popup: TargetSession; content: PopupContent; latencyMs: number }> {
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.body.dataset.state === 'article' || document.body.dataset.state === 'problem'`, 15_000);
  const content = await popup.evaluate<PopupContent>(READ_POPUP);
  const shownAt = Number(await popup.evaluate<string>('document.body.dataset.shownAt ?? "0"'));
  return { popup, content, latencyMs: shownAt ? shownAt - clickedAt : NaN };
}

async function closePopup(popup: TargetSession): Promise<void> {
  await popup.evaluate('window.close(), true').catch(() => undefined);
}

async function screenshot(popup: TargetSession, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, name), await popup.screenshot());
}

before(async () => {
  assert.ok(existsSync(path.join(EXT_DIR, 'popup.html')), `No build at ${EXT_DIR}: run npx wxt build first.`);
  // An article under thousands of reader comments: over the 30,000 elements from which only its region is read.
  const veryLarge = hugePage(35_000).html;
  server = await startFixtureServer({ pages: (pathname) => (pathname === VERY_LARGE ? { html: veryLarge } : undefined) });
  browser = await launchChromium(profile, EXT_DIR);
});

after(async () => {
  await browser?.context.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('the production manifest asks for no host access and has no content scripts', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
  assert.deepEqual(Object.keys(manifest.icons as object), ['16', '32', '48', '128']);
});

test('popup on the seed page: headline once, metadata, summary, five implications, three source notes', async () => {
  const page = await openPage(SEED);
  const { popup, content, latencyMs } = await openPopup(page);
  console.log(`# popup latency on the seed page (click → article shown, cold): ${Math.round(latencyMs)} ms`);
  await screenshot(popup, 'popup-seed-light.png');
  assert.equal(content.state, 'article');
  assert.deepEqual(content.headlines, [SEED_HEADLINE]);
  assert.equal(content.headlineCount, 1);
  assert.equal(content.subtitle, 'Completed the mission or accomplished the objective?');
  assert.equal(content.meta, 'Staff Writer · Meridian Post · June 7, 2025 · 2 min read');
  assert.ok((content.summary ?? '').length > 40, `summary: ${content.summary}`);
  assert.deepEqual(content.order, ['article-header', 'actions', 'auto-reader', 'summary', 'implications', 'source-notes', 'removed']);
  assert.deepEqual(content.textDirection, ['ltr en', 'ltr en']);
  assert.deepEqual(content.buttons, ['Save', 'Reader view', 'Copy as Markdown']);
  assert.equal(content.libraryHref, '/library.html');
  assert.equal(content.removedOpen, false);
  assert.match(content.removedSummary ?? '', /^Removed from this page \(\d+\)$/);
  assert.equal(content.removedSummary, `Removed from this page (${content.removedItems})`);

  assert.equal(content.notes.length, 3);
  assert.deepEqual(
    content.notes.map((n) => [n.number, n.title, n.href, n.target]),
    [
      ['1.', 'Sahel Wire: Wagner announces end of Mali deployment', 'https://sahel-wire.example/2025/06/06/wagner-announces-mali-exit', '_blank'],
      ['2.', 'Eurasia Monitor: Wagner channel claims “mission accomplished” in Mali', 'https://eurasia-monitor.example/news/wagner-telegram-mission-accomplished', '_blank'],
      ['3.', 'Defence Review: Africa Corps to take over Russian operations in Mali', 'https://defence-review.example/analysis/africa-corps-takes-over', '_blank'],
    ],
  );
  for (const note of content.notes) assert.match(note.cited, /^cited (once|\d+ times)$/);

  assert.deepEqual(
    content.implications.map((i) => i.label),
    ['Enduring Russian Influence:', 'Ongoing Security Challenges:', 'Human Rights Woes:', 'Diplomatic Tensions:', 'Regional Instability:'],
  );
  assert.ok(content.implications.every((i) => i.labelIsBold && i.chips.length > 0 && i.chips.every((c) => /^\[\d\]$/.test(c.text) && c.targetExists)));
  // A chip jumps to its note.
  const chip = content.implications[0]!.chips[0]!;
  await popup.evaluate(`document.querySelector('.implications a.chip').click(), true`);
  assert.equal(await popup.evaluate<string>('location.hash'), chip.href);
  await closePopup(popup);
  await page.close();
});

test('popup on a second news page (CMS footnotes) shows its headline and byline', async () => {
  const page = await openPage('/2025/03/04/cms-footnotes');
  const { popup, content } = await openPopup(page);
  assert.equal(content.state, 'article');
  assert.deepEqual(content.headlines, ['Port automation will cut 1,200 dock jobs by 2030, study finds']);
  assert.equal(content.headlineCount, 1);
  assert.match(content.meta ?? '', /^Priya Raman · The Harbour Ledger · March 14, 2025 · \d+ min read$/);
  assert.ok((content.summary ?? '').length > 40);
  await closePopup(popup);
  await page.close();
});

test('a very large page: the article at once, and the popup says only its article region was read', async () => {
  const page = await openPage(VERY_LARGE);
  const { popup, content } = await openPopup(page);
  assert.equal(content.state, 'article');
  assert.deepEqual(content.headlines, ['Council approves river homes plan']);
  const notice = await popup.evaluate<string | null>(`document.querySelector('.large-page-notice')?.textContent ?? null`);
  assert.match(notice ?? '', /^This page is very large \(3\d,\d{3} elements\), so Clearpress read only the part that holds the article, as the page marks it\.$/);
  await closePopup(popup);
  await page.close();
});

test('a page without an article says so', async () => {
  const page = await openPage('/section/world');
  const { popup, content } = await openPopup(page);
  assert.equal(content.state, 'problem');
  assert.equal(await popup.evaluate<string>(`document.querySelector('.problem-message').textContent`), 'No article found on this page');
  await closePopup(popup);
  await page.close();
});

test('a restricted page (chrome://version, via ?tabId) gets a clear message, not a blank popup', async () => {
  const worker = browser.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version', active: false })).id!);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-state="problem"]');
  assert.equal(await popup.locator('h1').textContent(), 'This page can’t be read');
  assert.equal(await popup.locator('.problem-message').textContent(), 'This browser page cannot be read by extensions. Open a news article and try again.');
  await popup.close();
  await worker.evaluate((id) => chrome.tabs.remove(id), tabId);
});

test('a page still loading: the popup waits briefly, then says so', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url('/2025/01/01/still-loading')}?visit=${++visits}`, { waitUntil: 'domcontentloaded' });
  const { popup, content } = await openPopup(page);
  assert.equal(content.state, 'problem');
  assert.equal(await popup.evaluate<string>(`document.querySelector('.problem-message').textContent`), 'This page is still loading. Try again when it has finished.');
  assert.ok(content.buttons.includes('Try again'));
  await closePopup(popup);
  await page.close();
});

test('Save puts the article in the library, then the button offers an update', async () => {
  const page = await openPage(SEED);
  const first = await openPopup(page);
  await clickButton(first.popup, 'Save');
  const label = await first.popup.waitFor<string>(`(() => { const b = document.querySelector('button[data-save-state]'); return b.dataset.saveState !== 'saving' && b.textContent + ' | ' + document.querySelector('.status').textContent; })()`);
  assert.equal(label, 'Saved | Saved to your library.');
  await closePopup(first.popup);

  const again = await openPopup(page);
  await again.popup.waitFor(`document.querySelector('button[data-save-state="update"]')`);
  await closePopup(again.popup);

  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.locator('.row .headline a', { hasText: SEED_HEADLINE }).waitFor();
  await library.close();
  await page.close();
});

test('a saved article opens in the reader where it was left, and the reader remembers where it is', async () => {
  // The seed was saved by the test above; the library links to it as reader.html?id=ID.
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  const href = await library.locator('.row .headline a', { hasText: SEED_HEADLINE }).first().getAttribute('href');
  await library.close();
  assert.match(href ?? '', /^\/reader\.html\?id=/);

  const reader = await browser.context.newPage();
  await reader.setViewportSize({ width: 1000, height: 360 });
  await reader.goto(`chrome-extension://${browser.extensionId}${href}`);
  await reader.waitForSelector('main[data-state="article"]');
  assert.equal(await reader.evaluate(() => window.scrollY), 0, 'a saved article never read opens at the top');
  const target = await reader.evaluate(() => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.round(max * 0.6));
    return { y: window.scrollY, max };
  });
  assert.ok(target.max > 200, `the article must scroll: ${target.max}`);
  // Saved at most once a second while scrolling, and when the page is left. A new tab, not a reload: a reload
  // would get its place back from the browser's own scroll restoration.
  await reader.waitForTimeout(1200);
  await reader.close();
  const again = await browser.context.newPage();
  await again.setViewportSize({ width: 1000, height: 360 });
  await again.goto(`chrome-extension://${browser.extensionId}${href}`);
  await again.waitForSelector('main[data-state="article"]');
  await again.waitForFunction(() => window.scrollY > 0);
  const reopenedAt = await again.evaluate(() => window.scrollY);
  assert.ok(Math.abs(reopenedAt - target.y) <= 2, `reopens at the same place: ${reopenedAt}, left at ${target.y}`);
  await again.close();
});

test('Copy as Markdown puts the article on the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openPage(SEED);
  const { popup } = await openPopup(page);
  await clickButton(popup, 'Copy as Markdown');
  assert.equal(await popup.waitFor<string>(`document.querySelector('.status').textContent`), 'Copied as Markdown.');
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const markdown = await reader.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.startsWith(`# ${SEED_HEADLINE}\n\n*Completed the mission or accomplished the objective?*\n`), markdown.slice(0, 200));
  assert.match(markdown, /\n## Sources\n\n\[\^1\]: \[Sahel Wire/);
  await reader.close();
  await closePopup(popup);
  await page.close();
});

/** Reader view from the popup: the same tab changes to reader.html. */
async function openReaderFromPopup(page: Page): Promise<void> {
  const { popup } = await openPopup(page);
  await clickButton(popup, 'Reader view');
  await page.waitForURL(`chrome-extension://${browser.extensionId}/reader.html`);
  await page.waitForSelector('main[data-state="article"]');
}

test('Reader view turns the same tab into the reader; Esc, the button and Back return', async () => {
  const page = await openPage(SEED);
  const original = page.url();
  const tabsBefore = browser.context.pages().length;
  await openReaderFromPopup(page);
  assert.equal(browser.context.pages().length, tabsBefore);

  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('h1').textContent(), SEED_HEADLINE);
  assert.equal(await page.title(), SEED_HEADLINE);
  assert.equal(await page.locator('.summary').count(), 1);
  // The seed's body keeps three paragraphs: its bold headline repeat and closing recap are removed.
  assert.equal(await page.locator('.article-body p').count(), 3);
  assert.equal(await page.locator('.source-notes li').count(), 3);
  assert.equal(await page.locator('[role=progressbar]').getAttribute('aria-valuenow'), '0');
  // Citation markers and notes link both ways.
  const marker = page.locator('.article-body a[data-source-id]').first();
  assert.equal(await marker.count(), 1, 'the body has citation markers');
  const markerId = await marker.getAttribute('id');
  const noteHref = await marker.getAttribute('href');
  assert.match(markerId ?? '', /^cite-.+-1$/);
  assert.equal(await page.locator(`${noteHref} a.backlink[href="#${markerId}"]`).count(), 1);
  await marker.click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), noteHref?.slice(1));
  assert.equal(page.url(), `chrome-extension://${browser.extensionId}/reader.html`, 'following a citation adds no history entry');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')) === 100);

  const violations = await seriousViolations(page);
  assert.deepEqual(violations, []);

  await page.keyboard.press('Escape');
  await page.waitForURL(original);

  await openReaderFromPopup(page);
  await page.getByRole('button', { name: 'Back to page' }).click();
  await page.waitForURL(original);

  await openReaderFromPopup(page);
  await page.goBack();
  await page.waitForURL(original);
  await page.close();
});

test('the reader view of a live page shows its pictures from the web, never its tracking pixel', async () => {
  const page = await openPage(PICTURES_PAGE);
  // The page itself asks for the pixel as it loads: only what comes after counts.
  const from = await requestsWhenQuiet(server);
  await openReaderFromPopup(page);
  await assertPixelNeverAsked(server, from, await page.evaluate(SHOW_EVERY_PICTURE), 'chromium');
  await page.close();
});

test('reader screenshots, light and dark, and the settings toolbar applies at once', async () => {
  const page = await openPage(SEED);
  await openReaderFromPopup(page);
  await page.getByRole('button', { name: 'Display settings' }).click();
  await page.getByRole('radio', { name: 'Light' }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await page.screenshot({ path: path.join(SHOTS, 'reader-seed-light.png') });
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Highly legible' }).check();
  await page.getByLabel('Font size').fill('22');
  await page.getByLabel('Line height').fill('1.8');
  await page.getByLabel('Column width').selectOption('narrow');
  const applied = await page.evaluate(() => {
    const main = getComputedStyle(document.querySelector('main.reader')!);
    return { theme: document.documentElement.dataset.theme, size: main.fontSize, line: main.lineHeight, font: main.fontFamily.split(',')[0]!.replace(/["']/g, ''), bg: getComputedStyle(document.body).backgroundColor };
  });
  assert.deepEqual(applied, { theme: 'dark', size: '22px', line: '39.6px', font: 'Atkinson Hyperlegible', bg: 'rgb(21, 23, 26)' });
  assert.equal(await seriousViolations(page).then((v) => v.map((x) => x.id)).then((ids) => ids.join()), '');
  await page.keyboard.press('Escape'); // closes the settings panel only
  assert.equal(await page.getByRole('button', { name: 'Display settings' }).getAttribute('aria-expanded'), 'false');
  await page.screenshot({ path: path.join(SHOTS, 'reader-seed-dark.png') });
  await page.close();
});

test('reader settings survive a browser restart on the same profile', async () => {
  await browser.context.close();
  browser = await launchChromium(profile, EXT_DIR);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await page.getByRole('radio', { name: 'Highly legible' }).isChecked(), true);
  assert.equal(await page.getByLabel('Font size').inputValue(), '22');
  assert.equal(await page.getByLabel('Column width').inputValue(), 'narrow');
  // Back to the defaults for the remaining tests and screenshots.
  await page.getByRole('button', { name: 'Restore defaults' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'system');
  await page.close();
});

test('popup screenshot in dark mode', async () => {
  await browser.context.close();
  browser = await launchChromium(profile, EXT_DIR, { colorScheme: 'dark' });
  const page = await openPage(SEED);
  const { popup, content } = await openPopup(page);
  assert.equal(content.state, 'article');
  // Playwright's colorScheme does not reach the popup target: emulate the system's dark mode there directly.
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  assert.equal(await popup.evaluate<string>(`getComputedStyle(document.body).backgroundColor`), 'rgb(21, 23, 26)');
  await screenshot(popup, 'popup-seed-dark.png');
  await closePopup(popup);
  await page.close();
});
