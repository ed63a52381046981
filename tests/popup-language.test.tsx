// @vitest-environment jsdom
/**
 * The popup in the interface's language: every problem it can show, its skeleton, the article with its actions
 * and their results, with no word from anywhere but the messages (pseudo-language, marked data); and in French.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../utils/extract/types';
import type { TabExtraction } from '../utils/tab-article';
import { MESSAGES } from '../utils/page-access';
import { TAB_MESSAGES, type TabProblem } from '../utils/tab-extraction';
import { marked, untranslatedText } from './untranslated';
import { useTestLanguage } from './setup/i18n';

// WXT's extension-API shim cannot load in jsdom; the popup needs only these calls here. The library is the real one,
// on fake-indexeddb: mocked, it reached one of the two components that load it at the same time unmocked.
vi.mock('wxt/browser', () => ({ browser: { tabs: { query: async () => [] } } }));
vi.mock('../utils/settings', () => ({ loadSettings: () => new Promise(() => undefined) }));
vi.mock('../utils/site-rules', () => ({ listSiteRules: async () => [] }));
vi.mock('../utils/messages', () => ({ sendMessage: async () => ({ ok: false, message: 'Words from the background' }) }));
const article: Article = {
  url: 'https://news.example/a',
  headline: marked('Port automation will cut dock jobs'),
  subtitle: null,
  alternateHeadlines: [],
  byline: marked('Priya Raman'),
  siteName: null,
  publishedTime: null,
  lang: 'en',
  summary: marked('Dock jobs go.'),
  implications: [{ label: marked('Jobs'), text: marked('Fewer dock jobs.'), sourceIds: ['a'] }],
  sources: [{ id: 'a', title: marked('Port study'), url: 'https://study.example/', citedBy: 2 }],
  contentHtml: '<p>x</p>',
  textContent: marked('Dock jobs go.'),
  wordCount: 250,
  readingMinutes: 2,
  removed: [{ rule: marked('share-bar'), text: marked('Share on Facebook') }],
  corrections: [],
  completeness: 0.3,
  fullSectionHtml: '<p>x</p>',
};

const PROBLEMS: { problem: TabProblem; message: () => string }[] = [
  { problem: 'restricted', message: () => MESSAGES.restricted },
  { problem: 'pdf', message: () => MESSAGES.pdf },
  { problem: 'file', message: () => MESSAGES.file },
  { problem: 'no-access', message: () => MESSAGES['no-access'] },
  { problem: 'no-article', message: () => TAB_MESSAGES['no-article'] },
  { problem: 'loading', message: () => TAB_MESSAGES.loading },
  { problem: 'timeout', message: () => TAB_MESSAGES.timeout },
  { problem: 'error', message: () => TAB_MESSAGES.error },
];

/** Lets effects run and promises (the lazily loaded modules among them) resolve. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  });

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  useTestLanguage('en');
});

async function showPopup(result: TabExtraction | null): Promise<void> {
  const { App } = await import('../entrypoints/popup/App');
  await act(async () => {
    render(<App tabId={4} first={result ? Promise.resolve(result) : new Promise(() => undefined)} />, root);
  });
  await settle();
}

describe('the popup, every word from the messages', () => {
  beforeEach(() => useTestLanguage('pseudo'));

  it.each(PROBLEMS)('the $problem problem', async ({ problem, message }) => {
    await showPopup({ ok: false, problem, message: message() });
    expect(root.querySelector('.problem-message')?.textContent).toMatch(/^⟪.+⟫$/);
    expect(untranslatedText(root)).toEqual([]);
  });

  it('the skeleton while the page is read', async () => {
    await showPopup(null);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('⟪Reading this page…⟫');
    expect(untranslatedText(root)).toEqual([]);
  });

  it('the article, its actions and what they answer', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => undefined } });
    await showPopup({ ok: true, article, tabId: 4, url: article.url });
    expect(root.querySelector('.meta')?.textContent).toBe('¤Priya ¤Raman · ⟪2 min read⟫');
    expect(untranslatedText(root)).toEqual([]);
    const status = () => root.querySelector('.actions .status')?.textContent;
    /** Clicks, then waits for the status to change: the library and Markdown code load on first use. */
    const click = async (label: string) => {
      const before = status();
      await act(async () => [...root.querySelectorAll('button')].find((button) => button.textContent === label)!.click());
      await vi.waitFor(() => expect(status()).not.toBe(before), { timeout: 10_000 });
      return status();
    };
    expect(await click('⟪Save⟫')).toBe('⟪Saved to your library.⟫');
    expect(await click('⟪Copy as Markdown⟫')).toBe('⟪Copied as Markdown.⟫');
    // The background's own words are not shown: the popup says it in its language.
    expect(await click('⟪Reader view⟫')).toBe('⟪Could not open the reader view in this tab.⟫');
    expect(untranslatedText(root)).toEqual([]);
    vi.unstubAllGlobals();
  });
});

describe('the popup in French', () => {
  it('says that reading took too long, with the number of seconds, and offers to try again', async () => {
    useTestLanguage('fr');
    await showPopup({ ok: false, problem: 'timeout', message: TAB_MESSAGES.timeout });
    expect(root.querySelector('h1')?.textContent).toBe('C’est trop long');
    expect(root.querySelector('.problem-message')?.textContent).toBe(
      'La lecture de cette page a pris plus de 5 secondes, Clearpress l’a donc arrêtée. Réessayez, ou essayez le mode lecture.',
    );
    expect([...root.querySelectorAll('button, a')].map((control) => control.textContent?.trim())).toEqual(['Réessayer', 'Ouvrir la bibliothèque']);
  });

  it('main.ts gives index.html the language and the words of the messages, and says when there is no tab', async () => {
    useTestLanguage('fr');
    document.body.innerHTML = '<div id="app"><main class="popup skeleton" aria-busy="true"><p class="visually-hidden" role="status">Reading this page…</p></main></div>';
    await act(async () => {
      await import('../entrypoints/popup/main');
    });
    expect(document.documentElement.lang).toBe('fr');
    expect(document.querySelector('#app [role="status"]')?.textContent).toBe('Lecture de la page…');
    // The popup's code and the finish stage load first.
    await vi.waitFor(() => expect(document.querySelector('.problem-message')?.textContent).toBe('Aucun onglet à lire.'), { timeout: 10_000 });
    expect(document.querySelector('h1')?.textContent).toBe('Une erreur s’est produite');
  });
});
