/**
 * Restore and "Always keep this", and the same-story group view, in Chromium with the production build.
 * Run after a build:  CLEARPRESS_EXT_DIR=$PWD/.output-NAME npx tsx --test e2e/restore.e2e.ts
 * The popup is opened by a real toolbar click (CDP Extensions.triggerAction grants activeTab as a click does).
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
import { articleOf, FERRY_OUTLETS, UNRELATED_SAME_ISLAND } from '../tests/fixtures/story/ferry-outlets';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const PAGE = path.resolve('tests/fixtures/restore/harbour-ferry.html');
const PROMO = 'Sign up for The Harbour Bulletin today';
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-restore-e2e-'));

let server: Server;
let articleUrl = '';
let browser: Chromium;

before(async () => {
  assert.ok(existsSync(path.join(EXT_DIR, 'popup.html')), `No build at ${EXT_DIR}: run npx wxt build first.`);
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(PAGE));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  articleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/local/2025/10/14/harbour-ferry-returns`;
  browser = await launchChromium(profile, EXT_DIR);
});

after(async () => {
  await browser?.context.close();
  server?.close();
  rmSync(profile, { recursive: true, force: true });
});

const removedRules = `[...document.querySelectorAll('.removed li')].map((li) => li.dataset.rule)`;

async function openPopup(page: Page): Promise<TargetSession> {
  const { popup } = await clickToolbarButton(browser, page);
  await popup.waitFor(`document.body.dataset.state === 'article' && document.querySelector('.removed li') !== null`, 15_000);
  return popup;
}

async function closePopup(popup: TargetSession): Promise<void> {
  await browser.cdp.send('Target.closeTarget', { targetId: popup.targetId });
}

test('Restore, then "Always keep this": the next extraction on the site keeps the block', async () => {
  const page = await browser.context.newPage();
  await page.goto(articleUrl);

  const popup = await openPopup(page);
  assert.deepEqual(await popup.evaluate(removedRules), ['consent-banner', 'related-links', 'byline-line', 'promo-line']);
  assert.equal(await popup.evaluate(`document.querySelector('.removed summary').textContent`), 'Removed from this page (4)');
  await popup.evaluate(`document.querySelector('.removed li[data-rule="promo-line"] button.restore').click()`);
  const keep = await popup.waitFor<string>(`document.querySelector('.removed li[data-rule="promo-line"] button.keep')?.textContent`);
  assert.equal(keep, 'Always keep this on 127.0.0.1');
  assert.equal(await popup.evaluate(`document.querySelector('.removed summary').textContent`), 'Removed from this page (3)');
  await popup.evaluate(`document.querySelector('.removed li[data-rule="promo-line"] button.keep').click()`);
  const kept = await popup.waitFor<string>(`document.querySelector('.removed li[data-rule="promo-line"] .restored-actions')?.textContent.includes('Kept on') && document.querySelector('.removed li[data-rule="promo-line"] .restored-actions').textContent.trim()`);
  assert.equal(kept, 'Restored. Kept on 127.0.0.1: it stays in place next time.');
  await closePopup(popup);

  // Re-open: the pipeline ran with the rule, so the block is no longer removed at all.
  const again = await openPopup(page);
  assert.deepEqual(await again.evaluate(removedRules), ['consent-banner', 'related-links', 'byline-line']);
  // And the reader view shows it in the body, in its place.
  await again.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reader view').click()`);
  await page.waitForURL(/reader\.html/, { timeout: 15_000 });
  const paragraphs = await page.locator('.article-body p').allTextContents();
  const at = paragraphs.findIndex((p) => p.startsWith(PROMO));
  assert.ok(at > 0, 'the kept block is in the body');
  assert.match(paragraphs[at - 1] ?? '', /according to figures published last week\.$/);
  await page.close();
});

test('the options page lists the rule, and Delete removes it', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const rule = page.locator('.site-rules li[data-site="127.0.0.1"]');
  await rule.waitFor();
  assert.match((await rule.textContent()) ?? '', /^promo-line Sign up for The Harbour Bulletin today/);
  await rule.getByRole('button', { name: /^Delete the rule keeping/ }).click();
  await page.locator('.site-rules-empty').waitFor();
  await page.close();
});

test('the reader view restores a removed block in place, marked as restored', async () => {
  const page = await browser.context.newPage();
  await page.goto(articleUrl);
  const popup = await openPopup(page);
  assert.deepEqual(await popup.evaluate(removedRules), ['consent-banner', 'related-links', 'byline-line', 'promo-line']);
  await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reader view').click()`);
  await page.waitForURL(/reader\.html/, { timeout: 15_000 });
  await page.locator('.removed summary').click();
  await page.locator('.removed li[data-rule="related-links"]').getByRole('button', { name: /^Restore/ }).click();
  const restored = page.locator('.article-body [data-restored="related-links"]');
  await restored.waitFor();
  assert.equal((await restored.locator('h3').textContent())?.trim(), 'Read also');
  // In place: right after the paragraph it followed in the page.
  const before = await restored.evaluate((el) => el.previousElementSibling?.textContent ?? '');
  assert.match(before, /queued at the slipway before seven o'clock\.$/);
  await page.close();
});

test('the library groups three outlets on one story and shows what each adds', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.waitForSelector('main[data-indexed="yes"]');
  const savedAt = '2025-10-15T10:00:00.000Z';
  const records = [...FERRY_OUTLETS, UNRELATED_SAME_ISLAND].map((story) => ({
    id: story.id,
    canonicalUrl: story.url,
    savedAt,
    updatedAt: savedAt,
    tags: [],
    read: false,
    readingPosition: 0,
    article: articleOf(story),
  }));
  const file = JSON.stringify({ format: 'clearpress-library', version: 1, exportedAt: savedAt, records });
  await page.getByLabel('Import a JSON export').setInputFiles({ name: 'outlets.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByText('4 added').waitFor();
  const links = page.getByRole('button', { name: 'Same story (3)' });
  await links.first().waitFor();
  assert.equal(await links.count(), 3);
  const unrelated = page.locator('.row', { hasText: UNRELATED_SAME_ISLAND.headline });
  assert.equal(await unrelated.locator('.same-story').count(), 0);

  await page.locator('.row', { hasText: 'repair bill questioned' }).getByRole('button', { name: 'Same story (3)' }).click();
  const panel = page.getByRole('dialog', { name: 'Same story, 3 articles' });
  await panel.locator('.outlet').nth(2).waitFor();
  const outlets = await panel.locator('.outlet').evaluateAll((els) => els.map((el) => [el.querySelector('h3')?.textContent, [...el.querySelectorAll('.adds li')].length]));
  assert.deepEqual(outlets, [
    ['Western Daily', 2],
    ['Island Courier', 2],
    ['Coastal Herald', 1],
  ]);
  assert.match((await panel.locator('.outlet', { hasText: 'Western Daily' }).locator('.adds li').first().textContent()) ?? '', /^Opposition councillor David Okafor/);
  await panel.getByRole('button', { name: 'Close' }).click();
  assert.equal(await panel.count(), 0);
  await page.close();
});
