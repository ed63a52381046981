// @vitest-environment jsdom
/** The options page in the interface's language: every word from the messages, the stored data as it is. */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/options/App';
import { siteRulesItem, type SiteRule } from '../utils/site-rules';
import { pictureSitesItem } from '../utils/remote-content/picture-sites';
import { installFakePermissions } from './fake-permissions';
import { useTestLanguage } from './setup/i18n';
import { marked, untranslatedText } from './untranslated';

// WXT's alias of wxt/browser to its fake loads esbuild, which fails under jsdom: the same fake, directly.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const RULE: SiteRule = { site: 'harbour.example', rule: marked('promo-line'), fingerprint: '0a1b2c3d', preview: marked('Sign up for the Harbour Bulletin'), createdAt: '2025-10-14T08:00:00.000Z' };

/** Lets the page's reads (settings, site rules, shortcut, the summarizer check) settle. */
const settle = () => act(async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
});

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  installFakePermissions();
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
  useTestLanguage('en');
});

/** The browser's commands, with the reader's shortcut set to `shortcut` (the fake browser has none). */
function shortcutIs(shortcut: string | undefined) {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'toggle-reader', shortcut }]);
}

async function renderPage() {
  render(<App />, root);
  await settle();
}

describe('options page', () => {
  it('has no interface word outside the messages, with a rule kept and a shortcut set', async () => {
    useTestLanguage('pseudo');
    await siteRulesItem.setValue([RULE]);
    shortcutIs(marked('Alt+Shift+R'));
    await renderPage();
    expect(root.querySelectorAll('.site-rules li')).toHaveLength(1);
    expect(root.querySelectorAll('p.shortcut kbd')).toHaveLength(3);
    expect(untranslatedText(root)).toEqual([]);
  });

  it('has no interface word outside the messages, with nothing kept and no shortcut', async () => {
    useTestLanguage('pseudo');
    shortcutIs(undefined);
    await renderPage();
    expect(root.querySelector('.site-rules-empty')).not.toBeNull();
    expect(untranslatedText(root)).toEqual([]);
  });

  it('reads in English as before', async () => {
    await siteRulesItem.setValue([RULE]);
    shortcutIs('Alt+Shift+R');
    await renderPage();
    expect(root.querySelector('h1')?.textContent).toBe('Clearpress settings');
    expect(root.querySelector('p.shortcut')?.textContent).toBe(
      'Alt+Shift+R switches the current tab into the reader view and back. Change it on your browser’s extension shortcuts page (chrome://extensions/shortcuts).',
    );
    expect(root.querySelector('.site-rules button')?.getAttribute('aria-label')).toBe(`Delete the rule keeping “${RULE.preview}” on harbour.example`);
  });

  it('reads in German, the shortcut page named in the sentence', async () => {
    useTestLanguage('de');
    await siteRulesItem.setValue([RULE]);
    shortcutIs(undefined);
    await renderPage();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Vorschau', 'KI-Kernpunkte', 'Bilder gespeicherter Artikel', 'Behaltene Blöcke je Website', 'Tastenkombination', 'Websites, die immer in der Leseansicht erscheinen', 'Websites, deren gespeicherte Kopien Bilder zeigen', 'Speicher der Bibliothek']);
    expect(root.querySelector('p.shortcut')?.textContent).toBe(
      'Es ist keine Tastenkombination festgelegt, die den aktuellen Tab in die Leseansicht schaltet. Ändern können Sie sie auf der Seite für Tastenkombinationen von Erweiterungen in Ihrem Browser (chrome://extensions/shortcuts).',
    );
    expect(root.querySelector('.site-rules button')?.getAttribute('aria-label')).toBe(`Regel löschen, die „${RULE.preview}“ auf harbour.example behält`);
  });

  it('lists the sites whose saved copies show pictures, and Remove takes one off', async () => {
    await pictureSitesItem.setValue(['harbourpost.example', 'news.example']);
    shortcutIs(undefined);
    await renderPage();
    const list = root.querySelector('.picture-sites');
    expect([...list!.querySelectorAll('li')].map((li) => [li.getAttribute('data-host'), li.querySelector('button')?.getAttribute('aria-label')])).toEqual([
      ['harbourpost.example', 'Remove harbourpost.example: its saved copies stop loading pictures from the web'],
      ['news.example', 'Remove news.example: its saved copies stop loading pictures from the web'],
    ]);
    await act(async () => list!.querySelector<HTMLButtonElement>('li[data-host="news.example"] button')!.click());
    await settle();
    expect(await pictureSitesItem.getValue()).toEqual(['harbourpost.example']);
    expect([...list!.querySelectorAll('li')].map((li) => li.getAttribute('data-host'))).toEqual(['harbourpost.example']);
    expect(list!.querySelector('[role=status]')?.textContent).toBe('Removed news.example.');
  });

  it('says how to add a picture site when there is none', async () => {
    useTestLanguage('pseudo');
    shortcutIs(undefined);
    await renderPage();
    expect(root.querySelector('.picture-sites-empty')?.textContent).toBe('⟪No sites yet. In a saved copy, press “Always show pictures from …”.⟫');
    expect(untranslatedText(root)).toEqual([]);
  });
});
