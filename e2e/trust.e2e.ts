/**
 * Reader trust in Chromium on the production build: the completeness warning and "Show the full page
 * section" from the real popup, what changed since the saved copy after saving a page twice, and a highlight on a
 * live page saving it.
 * Run after a build:  npx tsx --test e2e/trust.e2e.ts   (CLEARPRESS_EXT_DIR picks another build directory)
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, type Chromium, type TargetSession } from './chromium';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-trust-e2e-'));

/** The corrected article's current version: the test switches it from v1 to v2 between two saves. */
let correctedVersion: 'v1' | 'v2' = 'v1';
const PAGES: Record<string, () => string> = {
  '/2025/05/12/harbour-dredging-delayed': () => 'trust-truncated.html',
  '/2025/04/02/tram-extension-approved': () => `trust-corrected-${correctedVersion}.html`,
};

let server: Server;
let origin = '';
let browser: Chromium;

before(async () => {
  assert.ok(existsSync(path.join(EXT_DIR, 'manifest.json')), `No build at ${EXT_DIR}: run npx wxt build first.`);
  server = createServer((request, response) => {
    const page = PAGES[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!page) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(readFileSync(path.join(FIXTURES, page())));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium(profile, EXT_DIR);
});

after(async () => {
  await browser?.context.close();
  server?.closeAllConnections();
  server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openPopupOn(page: Page): Promise<TargetSession> {
  const { popup } = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.body.dataset.state === 'article'`);
  return popup;
}

const clickButton = (popup: TargetSession, label: string) =>
  popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}).click()`);

test('a truncated page: the popup warns, and "Show the full page section" opens the whole main section in the reader', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/2025/05/12/harbour-dredging-delayed`);
  const popup = await openPopupOn(page);
  const warning = await popup.waitFor<string>(`document.querySelector('.completeness-warning p')?.textContent`);
  assert.equal(warning, 'This article may be incomplete: about 210 of 620 words were found.');
  await clickButton(popup, 'Show the full page section');
  await page.waitForURL(/\/reader\.html/);
  const body = page.locator('.article-body');
  await body.getByText('Engineers now expect the treatment plant').waitFor();
  assert.equal(await page.locator('.completeness-warning p').textContent(), 'This article may be incomplete: about 210 of 620 words were found.');
  // Back to the extraction, which stops before the subscriber gate.
  await page.getByRole('button', { name: 'Show the extracted article' }).click();
  await page.getByRole('button', { name: 'Show the full page section' }).waitFor();
  assert.equal(await body.getByText('Engineers now expect').count(), 0);
  assert.equal(await body.locator('p').count(), 5);
  // Sanitized like the article: nothing of the page's markup that could run or style.
  await page.getByRole('button', { name: 'Show the full page section' }).click();
  assert.equal(await body.locator('script, style, [class*="story"], [onclick]').count(), 0);
  await page.close();
});

test('saved twice: the popup counts the changed paragraphs, the reader shows them before Update', async () => {
  correctedVersion = 'v1';
  const page = await browser.context.newPage();
  await page.goto(`${origin}/2025/04/02/tram-extension-approved`);
  let popup = await openPopupOn(page);
  await popup.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Save')`);
  await clickButton(popup, 'Save');
  await popup.waitFor(`/Saved to your library/.test(document.querySelector('.status')?.textContent ?? '')`);
  await popup.evaluate('window.close()').catch(() => undefined);

  correctedVersion = 'v2';
  await page.reload();
  popup = await openPopupOn(page);
  const count = await popup.waitFor<string>(`document.querySelector('.changes-since-saved-count')?.textContent`);
  assert.equal(count, '3 paragraphs changed since you saved it. Open the reader view to see what changed.');
  const correction = await popup.waitFor<string>(`document.querySelector('.corrections li')?.textContent`);
  assert.equal(correction, 'Correction: An earlier version of this article gave the cost of the project as 240 million euros. It is 210 million euros.');
  assert.equal(await popup.evaluate<string>(`document.querySelector('.attribution-notes li')?.textContent`), 'Reuters credited in 1 paragraph');
  await clickButton(popup, 'Reader view');
  await page.waitForURL(/\/reader\.html/);

  const changes = page.locator('.changes-since-saved');
  await changes.waitFor();
  assert.equal(await changes.locator('summary').textContent(), '3 paragraphs changed since you saved it');
  assert.deepEqual(await changes.locator('.change-kind').allTextContents(), ['Changed', 'Removed', 'Added']);
  assert.match((await changes.locator('li').first().locator('del').textContent()) ?? '', /240 million euros/);
  assert.match((await changes.locator('li').first().locator('ins').textContent()) ?? '', /210 million euros/);
  // The correction is shown at the top of the reader, and not again in the body.
  assert.equal(await page.locator('.corrections .modified').textContent(), 'Updated April 3, 2025');
  assert.equal(await page.locator('.article-body').getByText('Correction').count(), 0);

  await changes.getByRole('button', { name: 'Update saved copy' }).click();
  await changes.getByText('Updated the saved copy in your library.').waitFor();
  // Saved again: nothing left to show on the next visit.
  await page.reload();
  await page.locator('.article-body').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.changes-since-saved').count(), 0);
  await page.close();
});

test('highlighting a live page in the reader view saves it, with its highlight', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/2025/05/12/harbour-dredging-delayed`);
  const popup = await openPopupOn(page);
  await clickButton(popup, 'Reader view');
  await page.waitForURL(/\/reader\.html/);
  await page.locator('.article-body p').first().waitFor();
  const quote = await page.evaluate(() => {
    const text = document.createTreeWalker(document.querySelector('.article-body p')!, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.data.indexOf(' ', 30));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  });
  await page.locator('.highlight-bar').waitFor();
  await page.keyboard.press('h');
  await page.locator('.highlight-notice').getByText('Highlighted.').waitFor();
  assert.equal(await page.locator('.article-body mark[data-highlight-id]').textContent(), quote);

  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.locator('.row .meta').filter({ hasText: '1 highlight' }).waitFor();
  await library.getByRole('button', { name: 'Highlights', exact: true }).click();
  assert.deepEqual(await library.locator('.highlight-entry blockquote').allTextContents(), [quote]);
  await library.close();
  await page.close();
});
