/**
 * The interface in the browser's language, in real browsers: German Chromium (production build, the toolbar
 * click) and French Firefox (the e2e build, as e2e/firefox.e2e.ts). On an English article: the popup, the reader
 * view, the library with the article saved, the options page; each must say it is in the interface's language
 * (`<html lang>`), show none of the English messages whose translation differs (see ./interface-text), show a
 * few known translations, and pass axe. An Arabic article then reads right to left: its paragraphs from the
 * right edge, the reader's toolbar mirrored (Back on the right), the popup's numbered implications with their
 * numbers on the right; an English article keeps everything left to right.
 * Run after `npm run build:e2e`:  npx tsx --test e2e/l10n.e2e.ts   (screenshots in e2e/screenshots/)
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page as ChromiumPage } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { launchFirefox } from './firefox';
import { seriousViolations } from './axe';
import { clickToolbarButton, launchChromium, type Chromium, type TargetSession } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { describeHit, englishForms, findEnglish, messageCandidates, readMessages, READ_INTERFACE_TEXT, sourceCandidates, translationsOf, type InterfaceTextItem } from './interface-text';
import { interfaceSourceStrings } from './source-strings';
import {
  arabicPageWithImplications,
  assertImplicationsRightToLeft,
  assertReadsLeftToRight,
  assertReadsRightToLeft,
  READ_IMPLICATIONS_GEOMETRY,
  READ_READER_GEOMETRY,
  type ImplicationGeometry,
  type ReaderGeometry,
} from './rtl-geometry';

const CHROME_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const FIREFOX_DIR = path.resolve(process.env.CLEARPRESS_FIREFOX_DIR ?? '.output/firefox-mv2-e2e');
const SHOTS = path.resolve('e2e/screenshots');
const FIREFOX_UUID = '5d0c7a41-3b8e-4f2a-a6d9-81e2c4b7f063';
const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;
const SEED = '/2025/06/07/wagner-mali-exit';
const ARABIC = '/2025/06/14/night-ferries-ar';

/** English interface strings each page shows today: their translations must be there instead. */
const KNOWN_STRINGS: Record<PageName, readonly string[]> = {
  popup: ['Reader view', 'Copy as Markdown', 'Saved to your library.'],
  reader: ['Back to page', 'Display settings', 'Print'],
  library: ['Library', 'Export all (JSON)', 'Read and unread'],
  options: ['Clearpress settings', 'Keyboard shortcut', 'Restore defaults'],
};

type PageName = 'popup' | 'reader' | 'library' | 'options';

/** English prose still in the interface's code, read once for both browsers. */
const SOURCE_STRINGS = interfaceSourceStrings();

/** A page as the checks see it, the same over CDP (the Chromium popup), Playwright and Puppeteer. */
interface Surface {
  name: PageName;
  evaluate<T>(expression: string): Promise<T>;
  screenshot(file: string): Promise<void>;
}

/** One browser in one interface language: its build's messages, and what to look for. */
class LanguageRun {
  readonly messages: { en: Record<string, string>; ui: Record<string, string> };
  readonly forms: ReturnType<typeof englishForms>;

  constructor(
    readonly browser: 'chromium' | 'firefox',
    readonly lang: string,
    extDir: string,
  ) {
    this.messages = { en: readMessages(extDir, 'en'), ui: readMessages(extDir, lang) };
    const fromMessages = messageCandidates(this.messages.en, this.messages.ui);
    this.forms = englishForms([...fromMessages, ...sourceCandidates(SOURCE_STRINGS, fromMessages, this.messages.ui)]);
  }

  /** The labels a button may have: its translations once a message holds the English, else the English. */
  labels(english: string): string[] {
    return [...translationsOf(english, this.messages), english];
  }

  /**
   * Everything wrong with one page's language, all at once (so one run lists every English string on every
   * page): its `<html lang>`, English messages in its interface text, missing known translations, axe.
   */
  async problemsOf(surface: Surface): Promise<string[]> {
    mkdirSync(SHOTS, { recursive: true });
    await surface.screenshot(path.join(SHOTS, `l10n-${this.browser}-${this.lang}-${surface.name}.png`));
    const problems: string[] = [];
    const lang = await surface.evaluate<string>('document.documentElement.lang');
    if (lang.toLowerCase().split('-')[0] !== this.lang) problems.push(`${surface.name}: <html lang="${lang}">, not "${this.lang}"`);
    const items = await surface.evaluate<InterfaceTextItem[]>(READ_INTERFACE_TEXT);
    problems.push(...findEnglish(surface.name, items, this.forms).map(describeHit));
    const shown = items.filter((item) => item.scope === 'interface').map((item) => item.text);
    for (const english of KNOWN_STRINGS[surface.name]) {
      const translations = translationsOf(english, this.messages).filter((t) => t !== english);
      if (translations.length === 0) problems.push(`${surface.name}: no message translates “${english}” yet`);
      else if (!shown.some((text) => translations.some((t) => text.includes(t)))) {
        problems.push(`${surface.name}: “${translations.join('” or “')}” (for “${english}”) is not on the page`);
      }
    }
    for (const v of await seriousViolations(surface)) problems.push(`${surface.name}: axe ${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
    return problems;
  }
}

function assertNoProblems(problems: readonly string[]): void {
  assert.ok(problems.length === 0, `${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

/** Clicks the button showing one of `labels` after the evaluation returns (a popup closes itself under it). */
const clickButtonExpression = (labels: readonly string[]) => `(() => {
  const labels = ${JSON.stringify(labels)};
  const button = [...document.querySelectorAll('button')].find((b) => labels.includes(b.textContent.trim()));
  if (!button) throw new Error('No button labelled ' + labels.join(' or '));
  setTimeout(() => button.click(), 0);
  return true;
})()`;

const CLICK_SAVE = `(() => { document.querySelector('button[data-save-state]').click(); return true; })()`;
const SAVED = `document.querySelector('button[data-save-state]')?.dataset.saveState === 'saved'`;
const OPEN_DISPLAY_SETTINGS = `(() => { document.querySelector('button[aria-controls="display-settings"]').click(); return true; })()`;

interface Language {
  uiLanguage: string;
  message: string;
  toolbarTitle: string;
}

/** The language extensions are given, a message read in it, and the toolbar button's title (`action` is MV3's name, `browserAction` MV2's). */
const readLanguage = (action: 'chrome.action' | 'browser.browserAction') => `(async () => ({
  uiLanguage: ${action.split('.')[0]}.i18n.getUILanguage(),
  message: ${action.split('.')[0]}.i18n.getMessage('actionTitle'),
  toolbarTitle: await ${action}.getTitle({}),
}))()`;

const GERMAN_CHROMIUM_HINT = 'install chromium-l10n (it gives /usr/lib/chromium/locales/de.pak)';

describe('German Chromium, production build', () => {
  const run = new LanguageRun('chromium', 'de', CHROME_DIR);
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-l10n-de-'));
  let server: FixtureServer;
  let chromium: Chromium;
  let articleTab: ChromiumPage;
  let popup: TargetSession;
  let visits = 0;

  const tabSurface = (name: PageName, page: ChromiumPage): Surface => ({
    name,
    evaluate: (expression) => page.evaluate(expression),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
  });
  const popupSurface = (session: TargetSession): Surface => ({
    name: 'popup',
    evaluate: (expression) => session.evaluate(expression),
    screenshot: async (file) => writeFileSync(file, await session.screenshot()),
  });
  const openArticle = async (pathname: string) => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.url(pathname)}?visit=${++visits}`);
    return page;
  };
  const openPopup = async (page: ChromiumPage) => {
    const { popup: session } = await clickToolbarButton(chromium, page);
    await session.waitFor(`document.body.dataset.state === 'article'`, 15_000);
    return session;
  };
  const openReader = async (session: TargetSession, page: ChromiumPage) => {
    await session.evaluate(clickButtonExpression(run.labels('Reader view')));
    await page.waitForURL(/\/reader\.html/);
    await page.waitForSelector('main[data-state="article"] .article-body p');
  };

  before(async () => {
    assert.ok(existsSync(path.join(CHROME_DIR, 'popup.html')), `No build at ${CHROME_DIR}: run npm run build:e2e first.`);
    const arabic = arabicPageWithImplications();
    server = await startFixtureServer({ pages: (pathname) => (pathname === ARABIC ? { html: arabic } : undefined) });
    chromium = await launchChromium(profile, CHROME_DIR, { language: 'de' });
  });

  after(async () => {
    await chromium?.context.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('Chromium and the extension run in German', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    const seen = await page.evaluate<Language>(readLanguage('chrome.action'));
    await page.close();
    assert.ok(seen.uiLanguage.startsWith('de'), `chrome.i18n.getUILanguage() is ${seen.uiLanguage}: ${GERMAN_CHROMIUM_HINT}`);
    assert.deepEqual(seen, { uiLanguage: seen.uiLanguage, message: run.messages.ui.actionTitle, toolbarTitle: run.messages.ui.actionTitle });
  });

  test('popup on an English article, after Save', async () => {
    articleTab = await openArticle(SEED);
    popup = await openPopup(articleTab);
    await popup.evaluate(CLICK_SAVE);
    await popup.waitFor(SAVED);
    assertNoProblems(await run.problemsOf(popupSurface(popup)));
  });

  test('reader view, display settings open', async () => {
    await openReader(popup, articleTab);
    await articleTab.evaluate(OPEN_DISPLAY_SETTINGS);
    assertNoProblems(await run.problemsOf(tabSurface('reader', articleTab)));
  });

  test('library with the article saved', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/library.html`);
    await page.waitForSelector('main[data-indexed="yes"] .row');
    assertNoProblems(await run.problemsOf(tabSurface('library', page)));
    await page.close();
  });

  test('options', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await page.waitForSelector('p.shortcut kbd');
    assertNoProblems(await run.problemsOf(tabSurface('options', page)));
    await page.close();
  });

  test('right to left: an Arabic article reads from the right in the popup and the reader, whose toolbar mirrors', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await openArticle(ARABIC);
    const session = await openPopup(page);
    assert.deepEqual(await session.evaluate(`[...document.querySelectorAll('main > .article-text')].map((el) => el.dir + ' ' + el.lang)`), ['rtl ar', 'rtl ar']);
    assertImplicationsRightToLeft(await session.evaluate<ImplicationGeometry[]>(READ_IMPLICATIONS_GEOMETRY));
    writeFileSync(path.join(SHOTS, 'rtl-popup.png'), await session.screenshot());
    await openReader(session, page);
    assertReadsRightToLeft(await page.evaluate<ReaderGeometry>(READ_READER_GEOMETRY));
    await page.screenshot({ path: path.join(SHOTS, 'rtl-reader.png') });
    await page.close();

    // An English article keeps the page left to right.
    const english = await openArticle(SEED);
    await openReader(await openPopup(english), english);
    assertReadsLeftToRight(await english.evaluate<ReaderGeometry>(READ_READER_GEOMETRY));
    await english.close();
  });
});

describe('French Firefox, e2e build', () => {
  const run = new LanguageRun('firefox', 'fr', FIREFOX_DIR);
  let server: FixtureServer;
  let firefox: FirefoxBrowser;
  let articleTab: FirefoxPage;
  let popup: FirefoxPage;

  const surface = (name: PageName, page: FirefoxPage): Surface => ({
    name,
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
  });
  const extensionPage = async (pathname: string) => {
    const page = await firefox.newPage();
    await page.goto(`${FIREFOX_ORIGIN}${pathname}`, { waitUntil: 'networkidle0' });
    return page;
  };
  const waitFor = async (page: FirefoxPage, expression: string, what: string) => {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (await page.evaluate(`!!(${expression})`).catch(() => false)) return;
    }
    throw new Error(`Timed out waiting for ${what}`);
  };
  /** The popup as a page, for the tab showing `url` (no automation can click Firefox's toolbar button). */
  const openPopupFor = async (url: string) => {
    const lookup = await extensionPage('/options.html');
    const tabId = await lookup.evaluate(`browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url === ${JSON.stringify(url)})?.id ?? -1)`);
    await lookup.close();
    assert.ok(typeof tabId === 'number' && tabId >= 0, `no tab shows ${url}`);
    const page = await extensionPage(`/popup.html?tabId=${tabId}`);
    await page.setViewport({ width: 420, height: 900 });
    await waitFor(page, `document.body.dataset.state === 'article'`, 'the popup');
    return page;
  };
  let visits = 0;
  const openArticle = async (pathname: string) => {
    const page = await firefox.newPage();
    const url = `${server.url(pathname)}?visit=${++visits}`;
    await page.goto(url);
    return { page, url };
  };
  /** Reader view from the popup: the article's tab turns into reader.html. */
  const openReader = async (from: FirefoxPage, tab: FirefoxPage) => {
    await from.evaluate(clickButtonExpression(run.labels('Reader view')));
    await waitFor(tab, `location.href === ${JSON.stringify(`${FIREFOX_ORIGIN}/reader.html`)} && document.querySelector('main[data-state="article"] .article-body p')`, 'the reader view');
  };

  before(async () => {
    assert.ok(existsSync(path.join(FIREFOX_DIR, 'manifest.json')), `No build at ${FIREFOX_DIR}: run npm run build:e2e first.`);
    const arabic = arabicPageWithImplications();
    server = await startFixtureServer({ pages: (pathname) => (pathname === ARABIC ? { html: arabic } : undefined) });
    firefox = await launchFirefox({
      extensionDir: FIREFOX_DIR,
      uuid: FIREFOX_UUID,
      // French, from the language pack Debian's firefox-esr-l10n-fr puts in the application's extensions
      // folder: an add-on of the application scope (4), which must be enabled and not disabled on install.
      prefs: { 'intl.locale.requested': 'fr', 'extensions.enabledScopes': 5, 'extensions.autoDisableScopes': 0 },
    });
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('Firefox and the extension run in French', async () => {
    const page = await extensionPage('/options.html');
    const seen = (await page.evaluate(readLanguage('browser.browserAction'))) as Language;
    await page.close();
    assert.ok(seen.uiLanguage.startsWith('fr'), `browser.i18n.getUILanguage() is ${seen.uiLanguage}: install firefox-esr-l10n-fr (its language pack is /usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi)`);
    assert.deepEqual(seen, { uiLanguage: seen.uiLanguage, message: run.messages.ui.actionTitle, toolbarTitle: run.messages.ui.actionTitle });
  });

  test('popup on an English article, after Save', async () => {
    const article = await openArticle(SEED);
    articleTab = article.page;
    popup = await openPopupFor(article.url);
    await popup.evaluate(CLICK_SAVE);
    await waitFor(popup, SAVED, 'the save');
    assertNoProblems(await run.problemsOf(surface('popup', popup)));
  });

  test('reader view, display settings open', async () => {
    await openReader(popup, articleTab);
    await articleTab.evaluate(OPEN_DISPLAY_SETTINGS);
    assertNoProblems(await run.problemsOf(surface('reader', articleTab)));
  });

  test('library with the article saved', async () => {
    const page = await extensionPage('/library.html');
    await waitFor(page, `document.querySelector('main[data-indexed="yes"] .row')`, 'the library');
    assertNoProblems(await run.problemsOf(surface('library', page)));
    await page.close();
  });

  test('options', async () => {
    const page = await extensionPage('/options.html');
    await waitFor(page, `document.querySelector('p.shortcut kbd')`, 'the options');
    assertNoProblems(await run.problemsOf(surface('options', page)));
    await page.close();
  });

  test('right to left: an Arabic article reads from the right in the popup and the reader, whose toolbar mirrors', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const arabic = await openArticle(ARABIC);
    const arabicPopup = await openPopupFor(arabic.url);
    assertImplicationsRightToLeft(await arabicPopup.evaluate(READ_IMPLICATIONS_GEOMETRY) as ImplicationGeometry[]);
    await arabicPopup.screenshot({ path: path.join(SHOTS, 'rtl-firefox-popup.png') });
    await openReader(arabicPopup, arabic.page);
    assertReadsRightToLeft(await arabic.page.evaluate(READ_READER_GEOMETRY) as ReaderGeometry);
    await arabic.page.screenshot({ path: path.join(SHOTS, 'rtl-firefox-reader.png') });
    await arabic.page.close();

    const english = await openArticle(SEED);
    await openReader(await openPopupFor(english.url), english.page);
    assertReadsLeftToRight(await english.page.evaluate(READ_READER_GEOMETRY) as ReaderGeometry);
    await english.page.close();
  });
});
