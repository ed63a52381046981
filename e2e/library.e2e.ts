/**
 * The library in a real browser: Chromium with the production build, a fixture page served from
 * 127.0.0.1. Run after `npx wxt build`:  npx tsx --test e2e/library.e2e.ts
 * The article is saved the way a reader does it: toolbar click (CDP `Extensions.triggerAction`, which grants
 * `activeTab` like a click), then the popup's Save button.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath } from './browsers';
import { exportJson, importJson } from './library-transfer';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIXTURE = path.resolve('tests/fixtures/pages/clean-page.html');
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-library-e2e-'));

let server: Server;
let articleUrl = '';
let context: BrowserContext;
let extensionId = '';

async function launch(): Promise<void> {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--enable-unsafe-extension-debugging', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}

async function openLibrary(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.waitForSelector('main[data-indexed="yes"]');
  return page;
}

/**
 * Clicks the toolbar button on `page`, presses Save in the popup it opens, and returns the popup's status line.
 * The popup is its own target, which Playwright does not list: it is driven with raw CDP messages.
 */
async function saveFromPopup(page: Page): Promise<string> {
  const cdp: CDPSession = await context.browser()!.newBrowserCDPSession();
  await page.bringToFront();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((t) => t.url === page.url());
  assert.ok(tab, 'the article tab is a CDP tab target');
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  let popupId: string | undefined;
  for (let tries = 0; !popupId && tries < 200; tries++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    popupId = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${extensionId}/popup.html`))?.targetId;
    if (!popupId) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.ok(popupId, 'the toolbar click opened the popup');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popupId, flatten: false });
  type Reply = { id?: number; result?: { result?: { value?: unknown } } };
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as Reply;
    if (event.sessionId === sessionId && message.id !== undefined) pending.get(message.id)?.(message);
  });
  let nextId = 1;
  const evaluate = async (expression: string): Promise<unknown> => {
    const id = nextId++;
    const reply = new Promise<Reply>((resolve) => pending.set(id, resolve));
    const params = { expression, returnByValue: true, awaitPromise: true, userGesture: true };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) });
    return (await reply).result?.result?.value;
  };
  const waitFor = async (expression: string): Promise<unknown> => {
    for (let tries = 0; tries < 400; tries++) {
      const value = await evaluate(expression).catch(() => undefined);
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Timed out in the popup waiting for ${expression}`);
  };
  await waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Save')`);
  await evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save').click()`);
  const status = (await waitFor(`(() => { const s = document.querySelector('[role=status], .status'); return s && /library/.test(s.textContent) && s.textContent.trim(); })()`)) as string;
  await cdp.detach();
  return status;
}

before(async () => {
  assert.ok(existsSync(path.join(EXT_DIR, 'library.html')), `No build at ${EXT_DIR}: run npx wxt build first.`);
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(FIXTURE));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  articleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2025/09/02/library-reopens?utm_source=newsletter`;
  await launch();
});

after(async () => {
  await context?.close();
  server?.close();
  rmSync(profile, { recursive: true, force: true });
});

let savedHeadline = '';
let savedId = '';

test('an article saved from the popup is listed, unread, newest first', async () => {
  const library = await openLibrary();
  await library.getByText('Nothing saved yet').waitFor();
  const article = await context.newPage();
  await article.goto(articleUrl);
  savedHeadline = ((await article.locator('h1').first().textContent()) ?? '').trim();
  assert.equal(await saveFromPopup(article), 'Saved to your library.');
  await article.close();
  // The library page open beside it hears of the save and lists it without a reload.
  const row = library.locator('.row');
  await row.first().waitFor();
  assert.equal(await row.count(), 1);
  assert.equal((await row.locator('.headline a').textContent())?.trim(), savedHeadline);
  assert.equal(await row.locator('.unread-dot').count(), 1);
  savedId = (await row.getAttribute('data-id')) ?? '';
  assert.match(savedId, /^[0-9a-f-]{36}$/);
  await library.close();
});

test('search finds it as you type and highlights the words', async () => {
  const page = await openLibrary();
  const search = page.getByLabel('Search the library');
  const word = savedHeadline.split(' ').find((w) => w.length > 5)!.toLowerCase();
  await search.fill(word.slice(0, 4));
  await page.locator('.row mark').first().waitFor();
  assert.equal((await page.locator('.row mark').first().textContent())?.toLowerCase(), word);
  await search.fill('zzqxnotaword');
  await page.getByText('0 matches').waitFor();
  assert.equal(await page.locator('.row').count(), 0);
  await page.close();
});

test('the reader link opens the saved copy with the fixture server stopped', async () => {
  // The browser keeps its connection alive; cut it so the server is really gone.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  const page = await openLibrary();
  const link = page.locator('.row .headline a');
  assert.equal(await link.getAttribute('href'), `/reader.html?id=${savedId}`);
  await link.click();
  await page.waitForURL(`**/reader.html?id=${savedId}`);
  await page.locator('h1').getByText(savedHeadline).waitFor({ timeout: 10_000 });
  // The body came from the library, not the network: its first paragraph is there.
  assert.ok(((await page.locator('.article-body p').first().textContent()) ?? '').length > 40);
  await page.close();
});

test('mark read, tag, delete with Undo', async () => {
  const page = await openLibrary();
  await page.getByRole('button', { name: `Mark read: “${savedHeadline}”` }).click();
  await page.waitForSelector('.row:not(.unread)');
  await page.getByRole('button', { name: `Edit tags: “${savedHeadline}”` }).click();
  await page.getByLabel('Tags, separated by commas').fill('e2e, to-cite, e2e');
  await page.getByRole('button', { name: 'Save tags' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.row .tags li').length === 2);
  await page.getByRole('button', { name: `Delete “${savedHeadline}”` }).click();
  await page.getByText('Nothing saved yet').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.row').first().waitFor();
  assert.equal(await page.locator('.row').count(), 1);
  await page.close();
});

test('export and re-import bring back every field', async () => {
  const page = await openLibrary();
  const exported = await exportJson(page);
  assert.equal(exported.records.length, 1);
  const [record] = exported.records;
  assert.deepEqual([record?.id, record?.read, record?.tags, record?.canonicalUrl], [savedId, true, ['e2e', 'to-cite'], articleUrl.replace(/\?.*$/, '')]);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.locator('.row .select').check();
  await page.locator('.bulk').getByRole('button', { name: 'Delete' }).click();
  await page.getByText('Nothing saved yet').waitFor();
  await importJson(page, JSON.stringify(exported));
  await page.getByText('1 added').waitFor();
  const again = await exportJson(page);
  assert.deepEqual(again.records, exported.records);
  await page.close();
});

test('the Markdown export is a zip of one file per article, compressed on a worker', async () => {
  const page = await openLibrary();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all (Markdown zip)' }).click()]);
  const files = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(files);
  assert.equal(names.length, 1);
  assert.match(names[0]!, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
  const text = strFromU8(files[names[0]!]!);
  assert.equal(text.split('\n')[1], `title: ${JSON.stringify(savedHeadline)}`);
  assert.ok(text.includes('tags: ["e2e", "to-cite"]'));
  assert.ok(text.includes(`# ${savedHeadline}`));
  // The extension's CSP lets its own worker script run; a refused one would have left the work to the page.
  assert.equal(workers.filter((url) => /\/assets\/deflate-worker-[\w-]+\.js$/.test(url)).length, 1);
  await page.getByText('Exported 1 article.').waitFor();
  await page.close();
});

test('the library is intact after a browser restart on the same profile', async () => {
  const before = await exportJson(await openLibrary());
  await context.close();
  await launch();
  const page = await openLibrary();
  await page.locator('.row').first().waitFor();
  assert.equal((await page.locator('.row .headline a').textContent())?.trim(), savedHeadline);
  const afterRestart = await exportJson(page);
  assert.deepEqual(afterRestart.records, before.records);
});

// Page script as source text: tsx would wrap a function handed to page.evaluate in a helper the page lacks.
const PUT_RAW = `(values) => new Promise((resolve, reject) => {
  const open = indexedDB.open('clearpress-library');
  open.onsuccess = () => {
    const tx = open.result.transaction(['articles', 'cards'], 'readwrite');
    for (const { store, value } of values) tx.objectStore(store).put(value);
    tx.oncomplete = () => { open.result.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
})`;

test('damaged and hand-edited records do not break the library page or the reader', async () => {
  const page = await openLibrary();
  const [good] = (await exportJson(page)).records;
  assert.ok(good);
  const hostile = '<img src=x onerror="window.pwned=1">Ferry vote<script>window.pwned=1</script>';
  const savedAt = '2030-01-01T00:00:00.000Z';
  const values = [
    // Hand-edited: a hostile headline and body, the rest of a good record.
    { store: 'articles', value: { ...good, id: 'hand-edited', canonicalUrl: 'https://x.example/edited', savedAt, article: { ...good.article, headline: hostile, contentHtml: `<p>Kept text${hostile}</p><a href="javascript:window.pwned=1">link</a>` } } },
    { store: 'cards', value: { id: 'hand-edited', canonicalUrl: 'https://x.example/edited', headline: hostile, summary: '', siteName: null, byline: null, publishedTime: null, savedAt, updatedAt: savedAt, readingMinutes: 1, tags: [], read: false, readingPosition: 0 } },
    // Corrupted: fields missing or of the wrong type.
    { store: 'articles', value: { id: 'corrupted', savedAt: 5, tags: 'x', article: { headline: 'Corrupted ferry record', contentHtml: '<p>Only this survived.</p>', sources: 'none' } } },
    { store: 'cards', value: { id: 'corrupted', savedAt: '2030-01-02T00:00:00.000Z', headline: ['x'], tags: 3 } },
  ];
  let dialogs = 0;
  page.on('dialog', (dialog) => (dialogs++, void dialog.dismiss()));
  await page.evaluate(`(${PUT_RAW})(${JSON.stringify(values)})`);
  await page.reload();
  await page.waitForSelector('main[data-indexed="yes"]');
  await page.getByText('1 saved record could not be read and is not shown.').waitFor();
  const edited = page.locator('.row[data-id="hand-edited"] .headline a');
  assert.equal(await edited.textContent(), hostile);
  assert.equal(await page.locator('.row img, .row script').count(), 0);
  assert.equal(await page.locator('.row').count(), 2);
  // Search lists the hand-edited record; the corrupted one has no readable card, so it is not listed there either.
  await page.getByLabel('Search the library').fill('ferry');
  await page.getByText('1 match', { exact: true }).waitFor();
  assert.equal(await page.locator('.row').getAttribute('data-id'), 'hand-edited');

  await page.goto(`chrome-extension://${extensionId}/reader.html?id=hand-edited`);
  await page.locator('.article-body').getByText('Kept text').waitFor();
  assert.equal(await page.locator('.article-body script, .article-body [onerror], .article-body a[href^="javascript:"]').count(), 0);
  await page.goto(`chrome-extension://${extensionId}/reader.html?id=corrupted`);
  await page.getByText('Only this survived.').waitFor();
  assert.equal(await page.locator('h1').first().textContent(), 'Corrupted ferry record');
  assert.equal(await page.evaluate('window.pwned'), undefined);
  assert.equal(dialogs, 0);
  await page.close();
});
