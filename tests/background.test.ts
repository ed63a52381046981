/** The background's words: its menus and its answers, in the interface's language. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../utils/extract/types';
import background from '../entrypoints/background';
import { installFakePermissions } from './fake-permissions';
import { useTestLanguage } from './setup/i18n';

const article: Article = {
  url: 'https://news.example/a',
  headline: 'Headline',
  subtitle: null,
  alternateHeadlines: [],
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  summary: 'Summary.',
  implications: [],
  sources: [],
  contentHtml: '<p>Body</p>',
  textContent: 'Body',
  wordCount: 1,
  readingMinutes: 1,
  removed: [],
};

type Listener = (message: unknown, sender: { id?: string; url?: string }) => Promise<unknown> | undefined;

let menus: { id?: string | number; title?: string }[];
let onMessage: Listener | undefined;

/** Starts the background on the fake browser, keeping what it registers; the fake lacks menus, commands and a manifest. */
async function startBackground(): Promise<void> {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Clearpress', version: '0.1.0' });
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((properties) => (menus.push(properties), properties.id ?? 0));
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => void (onMessage = listener as unknown as Listener));
  background.main();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakePermissions();
  menus = [];
  onMessage = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  useTestLanguage('en');
});

describe('background', () => {
  it('titles its menus in English', async () => {
    await startBackground();
    expect(menus.map((menu) => [menu.id, menu.title])).toEqual([
      ['open-library', 'Open the Clearpress library'],
      ['toggle-reader', 'Read this page in Clearpress’s reader view'],
    ]);
  });

  it('titles its menus and words its answers in French', async () => {
    useTestLanguage('fr');
    await startBackground();
    expect(menus.map((menu) => menu.title)).toEqual(['Ouvrir la bibliothèque Clearpress', 'Lire cette page dans le mode lecture de Clearpress']);
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 3'));
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await onMessage?.({ type: 'reader:open', tabId: 3, article }, popup)).toEqual({ ok: false, message: 'Impossible d’ouvrir le mode lecture dans cet onglet.' });
  });
});
