// @vitest-environment jsdom
/**
 * The reader page's own words (its toolbar, progress bar, links and messages) come from the messages, in the
 * interface's language; the article's parts shown inside it are other components' and are tested with them.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReaderToolbar } from '../components/ReaderToolbar';
import { ReadingProgress } from '../components/ReadingProgress';
import { useReadAloud } from '../components/use-read-aloud';
import type { Article } from '../utils/extract/types';
import type { ReaderEntry } from '../utils/messages';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { saveArticle } from '../utils/library';
import { pictureSitesItem } from '../utils/remote-content/picture-sites';
import { NO_REMOTE_CONTENT_POLICY } from '../utils/remote-content/policy';
import { useTestLanguage } from './setup/i18n';
import { marked, untranslatedText } from './untranslated';

// WXT's mock of wxt/browser loads wxt/testing, whose esbuild cannot load in jsdom: the same fake browser, directly.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
const reply = vi.hoisted(() => ({ entry: null as ReaderEntry | null }));
vi.mock('../utils/messages', async (original) => ({ ...(await original<typeof import('../utils/messages')>()), sendMessage: async () => reply.entry }));
// A page read in which finishing found no article (the pipeline's own tests cover when that is).
vi.mock('../utils/extract/finish', () => ({ finishArticle: () => null }));

const { App } = await import('../entrypoints/reader/App');

const article = (): Article => ({
  url: 'https://harbour-news.example/ferries',
  headline: marked('Harbour ferries run all night'),
  subtitle: null, alternateHeadlines: [], byline: null, siteName: null, publishedTime: null, lang: 'en',
  summary: '', implications: [], sources: [], contentHtml: `<p>${marked('The ferries will run every hour through the night.')}</p>`,
  textContent: marked('The ferries will run every hour through the night.'), wordCount: 9, readingMinutes: 1, removed: [],
  modifiedTime: null, corrections: [], completeness: 1, fullSectionHtml: null,
});

/** The toolbar without its display settings panel (the options page's controls, translated with them). */
function toolbarOwnWords(root: Element) {
  const toolbar = root.querySelector('.toolbar')!.cloneNode(true) as Element;
  toolbar.querySelector('#display-settings')?.remove();
  return untranslatedText(toolbar);
}

const speech = (state: 'idle' | 'playing' | 'paused', error = '') => ({ supported: true, state, error, toggle: () => undefined, stop: () => undefined });

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
  vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
  fakeBrowser.commands.getAll = async () => [];
});
afterEach(() => {
  render(null, root);
  useTestLanguage('en');
  reply.entry = null;
  // jsdom has no speech: only the test that stubs it reads aloud.
  Reflect.deleteProperty(globalThis, 'speechSynthesis');
  Reflect.deleteProperty(globalThis, 'SpeechSynthesisUtterance');
});

describe('the reader toolbar', () => {
  it('says every word through the messages, in each state of read aloud', () => {
    useTestLanguage('pseudo');
    for (const state of ['idle', 'playing', 'paused'] as const) {
      render(<ReaderToolbar settings={DEFAULT_SETTINGS} onChange={() => undefined} backLabel="⟪Back to page⟫" onBack={() => undefined} speech={speech(state, state === 'idle' ? '⟪Read aloud stopped⟫' : '')} />, root);
      expect(toolbarOwnWords(root), state).toEqual([]);
    }
  });

  it('names its buttons and the speeds in French', () => {
    useTestLanguage('fr');
    render(<ReaderToolbar settings={DEFAULT_SETTINGS} onChange={() => undefined} backLabel="Retour à la page" onBack={() => undefined} speech={speech('paused')} />, root);
    expect([...root.querySelectorAll('.toolbar > button, .speech > button')].map((button) => button.textContent)).toEqual([
      '← Retour à la page',
      'Reprendre la lecture',
      'Arrêter',
      'Imprimer',
      'Réglages d’affichage',
    ]);
    expect([...root.querySelectorAll('.speech option')].map((option) => option.textContent)).toEqual(['0,75×', '1×', '1,25×', '1,5×', '2×']);
    expect(root.querySelector('.toolbar')!.getAttribute('aria-label')).toBe('Outils de lecture');
  });

  it('says in Spanish that read aloud stopped for want of a voice', async () => {
    useTestLanguage('es');
    vi.stubGlobal('speechSynthesis', { cancel() {}, speak: (utterance: { onerror: (event: { error: string }) => void }) => utterance.onerror({ error: 'synthesis-failed' }) });
    vi.stubGlobal('SpeechSynthesisUtterance', class { onerror = () => undefined; });
    const body = document.createElement('div');
    const paragraph = body.appendChild(document.createElement('p'));
    paragraph.textContent = marked('Texto');
    paragraph.scrollIntoView = () => undefined;
    function Reader() {
      const speech = useReadAloud({ current: body }, { rate: 1, lang: null });
      return <ReaderToolbar settings={DEFAULT_SETTINGS} onChange={() => undefined} backLabel="Volver" onBack={() => undefined} speech={speech} />;
    }
    await act(() => {
      render(<Reader />, root);
    });
    await act(() => root.querySelector<HTMLButtonElement>('.speech button')!.click());
    expect(root.querySelector('.speech-error')!.textContent).toBe('La lectura en voz alta se detuvo: este navegador no tiene ninguna voz que pueda usar.');
    expect(root.querySelector('.speech button')!.textContent).toBe('Leer en voz alta');
  });

  it('labels the reading progress', () => {
    useTestLanguage('de');
    render(<ReadingProgress />, root);
    expect(root.querySelector('[role=progressbar]')!.getAttribute('aria-label')).toBe('Lesefortschritt');
  });
});

describe('the reader page', () => {
  const open = async (savedId: string | null = null, showPictures = false) => {
    await act(async () => {
      render(<App savedId={savedId} showPictures={showPictures} />, root);
    });
    // Reading the library (IndexedDB) takes a few turns of the event loop.
    for (let turn = 0; turn < 50 && root.querySelector('main')?.dataset.state === 'loading'; turn++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  };

  it('shows an article with its own words from the messages', async () => {
    useTestLanguage('pseudo');
    reply.entry = { article: article(), originalUrl: 'https://harbour-news.example/ferries' };
    await open();
    expect(root.querySelector('main')!.dataset.state).toBe('article');
    expect(toolbarOwnWords(root)).toEqual([]);
    for (const part of ['.skip-link', '.progress', '.original', '.highlight-notice']) expect(untranslatedText(root.querySelector(part)!), part).toEqual([]);
    expect(root.querySelector('.toolbar .back')!.textContent).toBe('← ⟪Back to page⟫');
  });

  it('names the page and its language before the article arrives', async () => {
    useTestLanguage('fr');
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    await act(async () => {
      await import('../entrypoints/reader/main');
    });
    expect([document.title, document.documentElement.lang]).toEqual(['Clearpress — mode lecture', 'fr']);
    render(null, app);
  });

  it('says there is nothing to show, naming the shortcut the browser assigned, in German', async () => {
    useTestLanguage('de');
    fakeBrowser.commands.getAll = async () => [{ name: 'toggle-reader', shortcut: 'Alt+Umschalt+R' }];
    await open();
    expect(root.querySelector('.missing')!.textContent).toBe(
      'Hier gibt es nichts anzuzeigen. Öffnen Sie einen Nachrichtenartikel und drücken Sie Alt+Umschalt+R oder verwenden Sie die Schaltfläche in der Symbolleiste.',
    );
    expect(root.querySelector('.skip-link')!.textContent).toBe('Zum Artikel springen');
  });

  it('says, through the messages, that there is nothing to show, no article, or no saved copy any more', async () => {
    useTestLanguage('pseudo');
    const missing = async (savedId: string | null) => {
      render(null, root);
      await open(savedId);
      expect(root.querySelector('main')!.dataset.state).toBe('missing');
      expect(untranslatedText(root.querySelector('.missing')!)).toEqual([]);
      return root.querySelector('.missing')!.textContent;
    };
    expect(await missing(null)).toBe('⟪Nothing to show here. Open a news article and use the toolbar button.⟫');
    reply.entry = { extraction: {} as never, originalUrl: 'https://harbour-news.example/' };
    expect(await missing(null)).toBe('⟪No article found on this page⟫');
    expect(await missing('no-such-id')).toBe('⟪This article is not in your library any more.⟫');
    expect(root.querySelector('.toolbar .back')!.textContent).toBe('← ⟪Back to page⟫');
  });
});

describe('a saved copy’s pictures', () => {
  const PICTURE = 'https://img.harbour-news.example/ferry.png';
  const withPicture = (): Article => ({
    ...article(),
    url: 'https://www.harbour-news.example/ferries-pictures',
    contentHtml: `<p>${marked('The ferries will run every hour through the night.')}</p><figure><img src="${PICTURE}" alt="The night ferry" width="800" height="600"></figure>`,
  });
  const policies = () => [...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.getAttribute('content'));
  const body = () => root.querySelector('.article-body')!.innerHTML;

  const open = async (savedId: string | null, showPictures = false) => {
    await act(async () => {
      render(<App savedId={savedId} showPictures={showPictures} />, root);
    });
    for (let turn = 0; turn < 50 && root.querySelector('main')?.dataset.state === 'loading'; turn++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  };
  const saved = async (): Promise<string> => {
    const result = await saveArticle(withPicture());
    if (!result.ok) throw new Error(result.message);
    return result.record.id;
  };

  beforeEach(async () => {
    for (const meta of document.head.querySelectorAll('meta')) meta.remove();
    await fakeBrowser.storage.local.clear();
  });

  it('opens with the page’s policy in force and a placeholder', async () => {
    await open(await saved());
    expect(policies()).toEqual([NO_REMOTE_CONTENT_POLICY]);
    expect(body()).toBe(
      `<p>${marked('The ferries will run every hour through the night.')}</p><figure><span class="picture-placeholder" role="img" aria-label="Picture: The night ferry" data-kind="picture" data-label="Picture: The night ferry" data-size="800 × 600"></span></figure>`,
    );
  });

  it('after Show pictures, and from a site whose pictures are always shown: no policy, the picture from the web', async () => {
    const id = await saved();
    await open(id, true);
    expect([policies(), root.querySelector('.article-body img')?.getAttribute('src')]).toEqual([[], PICTURE]);
    render(null, root);
    await pictureSitesItem.setValue(['harbour-news.example']);
    await open(id);
    expect([policies(), root.querySelector('.article-body img')?.getAttribute('src')]).toEqual([[], PICTURE]);
  });

  it('the live reader view loads the page’s pictures, with no policy', async () => {
    reply.entry = { article: withPicture(), originalUrl: 'https://www.harbour-news.example/ferries-pictures' };
    await open(null);
    expect([policies(), root.querySelector('.article-body img')?.getAttribute('src')]).toEqual([[], PICTURE]);
  });
});
