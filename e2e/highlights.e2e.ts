/**
 * Highlights and notes in real Chromium (production build) and Firefox (the e2e build), one scenario for both:
 * an article comes in through the library's import (what a reader moving from another app does), then is
 * highlighted in the reader view with the mouse bar and with the keyboard alone, noted, reloaded, updated with
 * a paragraph changed (the highlight moves with its text; one whose passage is gone is listed, not dropped),
 * deleted with Undo, found in the library's Highlights view, exported and imported back, axe-checked.
 * Run after `npm run build:e2e`:  npx tsx --test e2e/highlights.e2e.ts
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { launchFirefox } from './firefox';
import type { Article } from '../utils/extract/types';
import { launchChromium } from './chromium';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_DIR ?? '.output/firefox-mv2-e2e');
const SHOTS = path.resolve('e2e/screenshots');
const FIREFOX_UUID = 'b1e4d7c2-6a0f-4e0b-9c61-2f7d3a1e8b90';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const ARTICLE_ID = 'e2e-night-ferries';
const FIRST_QUOTE = 'doubles its pilot boats and hires twelve more crew';
const NOTED_QUOTE = '4,800 people cross after midnight on a typical Saturday';
const KEYBOARD_QUOTE = 'the board promised quieter hulls by the end of next year';
const NOTE = 'Check the 4,800 figure against the port’s own report <b>bold?</b>';
const INSERTED = 'The vote was eleven to two, with the two members from the old town against.';

const PARAGRAPHS = [
  'The harbour board voted on Tuesday to run the ferries through the night from June, ending a decade of arguments about the last crossing at 11 pm.',
  'Under the plan, the harbour at Cork doubles its pilot boats and hires twelve more crew, paid for by a levy on cruise ships.',
  'Night workers at the container terminal have asked for the change since 2019, when the last bus to the quays was cut.',
  'The board’s own survey found that 4,800 people cross after midnight on a typical Saturday, most of them hospital and port staff.',
  'Residents of the old town fear the noise of engines at 3 am; the board promised quieter hulls by the end of next year.',
  'A final vote on the levy is due in September.',
];

/** A short news article, as the pipeline hands it to the library. */
function articleOf(paragraphs: readonly string[]): Article {
  const base = JSON.parse(readFileSync(path.resolve('tests/expected/clean-page.json'), 'utf8')) as Article;
  const textContent = paragraphs.join('\n\n');
  return {
    ...base,
    url: 'https://harbour-news.example/2026/01/02/night-ferries',
    canonicalUrl: null,
    headline: 'Ferries to run through the night from June',
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    textContent,
    wordCount: textContent.split(/\s+/).length,
    summary: 'Ferries will cross the harbour all night from June, paid for by a levy on cruise ships.',
    sources: [],
    implications: [],
    removed: [],
  };
}

const original = articleOf(PARAGRAPHS);

/** The article as an export file of one record, as the library's JSON export writes it. */
function exportFile(article: Article, updatedAt: string): string {
  const record = { id: ARTICLE_ID, canonicalUrl: article.url, savedAt: '2026-01-02T08:00:00.000Z', updatedAt, tags: [], read: false, readingPosition: 0, article };
  return JSON.stringify({ format: 'clearpress-library', version: 1, exportedAt: updatedAt, records: [record] });
}

/** The same article a day later: a paragraph added before the first highlight, the noted paragraph rewritten. */
const updatedArticle = (): Article =>
  articleOf([PARAGRAPHS[0]!, INSERTED, PARAGRAPHS[1]!, PARAGRAPHS[2]!, 'A survey commissioned by the union counts far fewer night passengers than the board claims.', PARAGRAPHS[4]!, PARAGRAPHS[5]!]);

/** What the scenario needs of a browser page, the same over Playwright (Chromium) and Puppeteer (Firefox). */
interface TestPage {
  evaluate<T>(expression: string): Promise<T>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  reload(): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

interface TestBrowser {
  open(pathname: string): Promise<TestPage>;
  close(): Promise<void>;
}

/** Waits until `expression` is truthy (a boolean crosses both protocols; an element does not). */
async function waitFor(page: TestPage, expression: string, what = expression): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const value = await page.evaluate<boolean>(`!!(${expression})`).catch(() => false);
    if (value) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Selects `quote` in the article body, as a reader's drag would. */
const selectText = (page: TestPage, quote: string) =>
  page.evaluate<boolean>(`(() => {
    const body = document.querySelector('.article-body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${JSON.stringify(quote)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${quote.length});
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  })()`);

const click = (page: TestPage, selector: string, text?: string) =>
  page.evaluate<void>(`(() => {
    const found = [...document.querySelectorAll(${JSON.stringify(selector)})].find((el) => ${JSON.stringify(text ?? null)} === null || el.textContent.trim() === ${JSON.stringify(text ?? '')});
    if (!found) throw new Error('nothing to click: ${selector.replace(/'/g, '')}');
    found.click();
  })()`);

/** The painted highlights: id, colour, text, and the head mark's accessible name. */
const paintedHighlights = (page: TestPage) =>
  page.evaluate<{ id: string; color: string; text: string; label: string | null }[]>(`(() => {
    const byId = new Map();
    for (const mark of document.querySelectorAll('.article-body mark[data-highlight-id]')) {
      const id = mark.dataset.highlightId;
      const entry = byId.get(id) ?? { id, color: [...mark.classList].find((c) => c.startsWith('highlight-')), text: '', label: null };
      entry.text += mark.textContent;
      if (mark.getAttribute('role') === 'button') entry.label = mark.getAttribute('aria-label');
      byId.set(id, entry);
    }
    return [...byId.values()];
  })()`);

/** Puts `text` into the library's import field as a chosen file. */
const importText = (page: TestPage, text: string) =>
  page.evaluate<void>(`(() => {
    const input = document.querySelector('.import input[type=file]');
    const files = new DataTransfer();
    files.items.add(new File([${JSON.stringify(text)}], 'library.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);

/** Presses an export button and returns the file's text, read from the Blob the page hands to its download link. */
const exportedText = (page: TestPage, button: string) =>
  page.evaluate<string>(`new Promise((resolve, reject) => {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      HTMLAnchorElement.prototype.click = click;
      fetch(this.href).then((response) => response.text()).then(resolve, reject);
    };
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(button)}).click();
  })`);

async function seriousViolations(page: TestPage): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate<{ id: string; impact: string | null; nodes: string[] }[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  );
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.join(', ')}`);
}

async function openReader(browser: TestBrowser): Promise<TestPage> {
  const reader = await browser.open(`/reader.html?id=${ARTICLE_ID}`);
  await waitFor(reader, `document.querySelector('main[data-state="article"] .article-body p')`, 'the reader view');
  return reader;
}

async function scenario(name: string, browser: TestBrowser): Promise<void> {
  const library = await browser.open('/library.html');
  await waitFor(library, `document.querySelector('main[data-indexed="yes"]')`, 'the library page');
  await importText(library, exportFile(original, '2026-01-02T08:00:00.000Z'));
  await waitFor(library, `document.querySelector('.status')?.textContent.includes('1 added')`, 'the import');

  // With the mouse: select, and the bar's Highlight button (yellow, the default colour).
  const reader = await openReader(browser);
  assert.ok(await selectText(reader, FIRST_QUOTE));
  await waitFor(reader, `document.querySelector('.highlight-bar')`, 'the selection bar');
  assert.deepEqual(await reader.evaluate(`[...document.querySelectorAll('.highlight-bar button')].map((b) => b.getAttribute('aria-label') ?? b.textContent.trim())`), ['Highlight', 'Green', 'Blue', 'Pink', 'Add note', 'Copy quote']);
  await click(reader, '.highlight-bar .highlight-button');
  await waitFor(reader, `document.querySelector('.article-body mark.highlight-yellow')`, 'the first mark');
  // With the keyboard: N highlights and opens the note, Escape keeps the note and returns to the highlight.
  assert.ok(await selectText(reader, NOTED_QUOTE));
  await waitFor(reader, `document.querySelector('.highlight-bar')`);
  await reader.press('n');
  await waitFor(reader, `document.activeElement?.matches('.highlight-editor textarea')`, 'the note field');
  await reader.type(NOTE);
  await reader.press('Escape');
  await waitFor(reader, `!document.querySelector('.highlight-editor') && document.activeElement?.matches('mark[data-highlight-id]')`, 'focus back on the highlight');
  await waitFor(reader, `document.querySelector('mark[aria-label^="Highlight, yellow, with a note"]')`, 'the note saved');
  const before = await paintedHighlights(reader);
  assert.deepEqual(
    before.map((h) => [h.color, h.text, h.label]),
    [
      ['highlight-yellow', FIRST_QUOTE, `Highlight, yellow: ${FIRST_QUOTE}`],
      ['highlight-yellow', NOTED_QUOTE, `Highlight, yellow, with a note: ${NOTED_QUOTE}`],
    ],
  );
  assert.deepEqual(await seriousViolations(reader), [], `${name}: axe, reader view with highlights`);

  // Reloaded, both are where they were; the note opens from the keyboard alone (Tab to the highlight, Enter).
  await reader.reload();
  await waitFor(reader, `document.querySelectorAll('.article-body mark[data-highlight-id]').length === 2`, 'the highlights after a reload');
  assert.deepEqual((await paintedHighlights(reader)).map((h) => h.text), [FIRST_QUOTE, NOTED_QUOTE]);
  await reader.evaluate(`document.activeElement?.blur(), window.scrollTo(0, 0)`);
  for (let tabs = 0; tabs < 80; tabs++) {
    await reader.press('Tab');
    if (await reader.evaluate<boolean>(`document.activeElement?.textContent === ${JSON.stringify(NOTED_QUOTE)}`)) break;
  }
  await reader.press('Enter');
  await waitFor(reader, `document.activeElement?.matches('.highlight-editor textarea')`, 'the editor, opened by keyboard');
  assert.equal(await reader.evaluate(`document.querySelector('.highlight-editor textarea').value`), NOTE);
  assert.deepEqual(await seriousViolations(reader), [], `${name}: axe, a highlight's editor open`);
  // Tab from the note to the colours' buttons? The colours come first: Shift+Tab back to Pink, Enter.
  await reader.press('Shift+Tab');
  await reader.press('Enter');
  await waitFor(reader, `document.querySelector('.article-body mark.highlight-pink')`, 'the colour changed by keyboard');
  await reader.press('Escape');

  // A third highlight by keyboard alone: a selection, then H.
  assert.ok(await selectText(reader, KEYBOARD_QUOTE));
  await waitFor(reader, `document.querySelector('.highlight-bar')`);
  await reader.press('h');
  await waitFor(reader, `document.querySelectorAll('.article-body mark[data-highlight-id]').length === 3`, 'the H key');
  // In the colour used last: pink, picked in the editor above.
  assert.deepEqual((await paintedHighlights(reader)).map((h) => h.color), ['highlight-yellow', 'highlight-pink', 'highlight-pink']);
  if (name === 'chromium') {
    // For the README: the highlights, and the bar over a new selection.
    await selectText(reader, 'Night workers at the container terminal');
    await waitFor(reader, `document.querySelector('.highlight-bar')`);
    assert.deepEqual(await seriousViolations(reader), [], `${name}: axe, the selection bar shown`);
    await reader.screenshot(path.join(SHOTS, 'highlights-reader.png'));
    await reader.evaluate(`getSelection().removeAllRanges()`);
    await waitFor(reader, `!document.querySelector('.highlight-bar')`);
  }

  // Deleted, then Undo: the highlight comes back, painted and stored.
  await reader.evaluate(`document.querySelector('mark[aria-label$=${JSON.stringify(KEYBOARD_QUOTE)}]').click()`);
  await waitFor(reader, `document.querySelector('.highlight-editor')`);
  await click(reader, '.highlight-editor button', 'Delete highlight');
  await waitFor(reader, `document.querySelectorAll('.article-body mark[data-highlight-id]').length === 2 && document.querySelector('.highlight-notice')?.textContent.includes('Highlight deleted.')`, 'the delete');
  await click(reader, '.highlight-notice button', 'Undo');
  await waitFor(reader, `document.querySelectorAll('.article-body mark[data-highlight-id]').length === 3`, 'the Undo');

  // The saved copy updated with a paragraph added before the first highlight and the noted passage rewritten.
  await importText(library, exportFile(updatedArticle(), '2026-01-03T08:00:00.000Z'));
  await waitFor(library, `document.querySelector('.status')?.textContent.includes('1 merged')`, 'the update');
  await reader.reload();
  await waitFor(reader, `document.querySelector('.orphaned-highlights')`, 'the orphaned highlight');
  assert.deepEqual((await paintedHighlights(reader)).map((h) => h.text), [FIRST_QUOTE, KEYBOARD_QUOTE]);
  assert.equal(await reader.evaluate(`document.querySelector('.article-body mark.highlight-yellow').closest('p').previousElementSibling.textContent`), INSERTED);
  assert.deepEqual(await reader.evaluate(`[document.querySelector('.orphaned-highlights h2').textContent, document.querySelector('.orphaned-highlights blockquote').textContent, document.querySelector('.orphan-note').textContent]`), [
    'Highlights that no longer match the text (1)',
    NOTED_QUOTE,
    NOTE,
  ]);
  assert.deepEqual(await seriousViolations(reader), [], `${name}: axe, reader view with an orphaned highlight`);

  // The library's Highlights view: newest first, filtered by colour, each linking to its place.
  await library.reload();
  await waitFor(library, `document.querySelector('main[data-indexed="yes"]')`);
  await click(library, '.views button', 'Highlights');
  await waitFor(library, `document.querySelectorAll('.highlight-entry').length === 3`, 'the Highlights view');
  assert.deepEqual(await library.evaluate(`[...document.querySelectorAll('.highlight-entry blockquote')].map((q) => q.textContent)`), [KEYBOARD_QUOTE, NOTED_QUOTE, FIRST_QUOTE]);
  assert.equal(await library.evaluate(`document.querySelector('.highlight-entry a').getAttribute('href').startsWith('/reader.html?id=${ARTICLE_ID}#highlight-')`), true);
  await library.evaluate(`(() => { const s = document.querySelector('.highlights-view select'); s.value = 'pink'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
  await waitFor(
    library,
    `[...document.querySelectorAll('.highlight-entry blockquote')].map((q) => q.textContent).join('|') === ${JSON.stringify(`${KEYBOARD_QUOTE}|${NOTED_QUOTE}`)} && document.querySelector('.highlight-note')?.textContent === ${JSON.stringify(NOTE)}`,
    'the colour filter',
  );
  assert.deepEqual(await seriousViolations(library), [], `${name}: axe, Highlights view`);
  if (name === 'chromium') await library.screenshot(path.join(SHOTS, 'highlights-library.png'));

  const annotations = JSON.parse(await exportedText(library, 'Export highlights (Web Annotation)')) as { type: string; total: number; first: { items: { motivation: string; target: { source: string; selector: { type: string; exact?: string }[] } }[] } };
  assert.deepEqual([annotations.type, annotations.total], ['AnnotationCollection', 3]);
  assert.deepEqual(
    annotations.first.items.map((item) => [item.motivation, item.target.source, item.target.selector[0]?.exact]).sort(),
    [
      ['commenting', original.url, NOTED_QUOTE],
      ['highlighting', original.url, FIRST_QUOTE],
      ['highlighting', original.url, KEYBOARD_QUOTE],
    ].sort(),
  );

  // Export, wipe, import: the same highlights and notes.
  await click(library, '.views button', 'Articles');
  const exported = JSON.parse(await exportedText(library, 'Export all (JSON)')) as { highlights: { id: string; note: string }[] };
  assert.equal(exported.highlights.length, 3);
  await click(library, '.row .actions button', 'Delete');
  await waitFor(library, `document.body.textContent.includes('Nothing saved yet')`, 'the delete');
  await reader.reload();
  await waitFor(reader, `document.querySelector('main[data-state="missing"]')`, 'the article gone');
  await importText(library, JSON.stringify(exported));
  await waitFor(library, `document.querySelector('.status')?.textContent.includes('1 added')`, 'the re-import');
  const again = JSON.parse(await exportedText(library, 'Export all (JSON)')) as { highlights: unknown[] };
  assert.deepEqual(again.highlights, exported.highlights);
  await reader.reload();
  await waitFor(reader, `document.querySelectorAll('.article-body mark[data-highlight-id]').length === 2 && document.querySelector('.orphaned-highlights')`, 'the highlights after the round trip');
  await reader.close();
  await library.close();
}

const browsers: TestBrowser[] = [];
after(async () => {
  for (const browser of browsers) await browser.close().catch(() => undefined);
});

test('Chromium: highlight, note, reload, update, orphan, Undo, Highlights view, export and import, keyboard only, axe', async () => {
  assert.ok(existsSync(path.join(CHROME_DIR, 'reader.html')), `No build at ${CHROME_DIR}: run npx wxt build first.`);
  mkdirSync(SHOTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-highlights-'));
  const { context, extensionId } = await launchChromium(profile, CHROME_DIR);
  const browser: TestBrowser = {
    async open(pathname) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}${pathname}`);
      return {
        evaluate: (expression) => page.evaluate(expression),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        reload: async () => void (await page.reload()),
        screenshot: async (file) => void (await page.screenshot({ path: file, fullPage: false })),
        close: () => page.close(),
      };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  browsers.push(browser);
  await scenario('chromium', browser);
});

test('Firefox: the same scenario', async () => {
  assert.ok(existsSync(path.join(FIREFOX_DIR, 'manifest.json')), `No build at ${FIREFOX_DIR}: run NODE_ENV=production npx wxt build -b firefox --mode e2e first.`);
  const firefox = await launchFirefox({ extensionDir: FIREFOX_DIR, uuid: FIREFOX_UUID });
  const browser: TestBrowser = {
    async open(pathname) {
      const page = await firefox.newPage();
      const url = `moz-extension://${FIREFOX_UUID}${pathname}`;
      await page.goto(url, { waitUntil: 'networkidle0' });
      return {
        evaluate: (expression) => page.evaluate(expression) as Promise<never>,
        press: (key) => (key.startsWith('Shift+') ? shiftPress(page, key.slice(6)) : page.keyboard.press(key as never)),
        type: (text) => page.keyboard.type(text),
        // Puppeteer over BiDi loses track of a moz-extension page's address, so its reload() never settles: the
        // page reloads itself, and the new document is told by its new time origin.
        reload: async () => {
          const before = await page.evaluate(() => performance.timeOrigin);
          await page.evaluate(() => void setTimeout(() => location.reload(), 0));
          for (let tries = 0; tries < 200; tries++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            const now = await page.evaluate(() => document.readyState === 'complete' && performance.timeOrigin).catch(() => false);
            if (now && now !== before) return;
          }
          throw new Error(`${url} did not reload`);
        },
        screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
        close: () => page.close(),
      };
    },
    close: () => firefox.close(),
  };
  browsers.push(browser);
  await scenario('firefox', browser);
});

async function shiftPress(page: import('puppeteer-core').Page, key: string): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.press(key as never);
  await page.keyboard.up('Shift');
}
