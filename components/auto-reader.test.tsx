// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions, type FakePermissions } from '../tests/fake-permissions';
import { useTestLanguage } from '../tests/setup/i18n';
import { untranslatedText } from '../tests/untranslated';
import { autoReaderHandlers, registerAutoReader } from '../utils/auto-reader/background-wiring';
import { addAutoReaderSite, listAutoReaderSites } from '../utils/auto-reader/sites';
import type { Message } from '../utils/messages';
import { AutoReaderSites } from './AutoReaderSites';
import { AutoReaderToggle } from './AutoReaderToggle';

// WXT's mock of wxt/browser loads wxt/testing, whose esbuild cannot load in jsdom: the same fake browser, directly.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const STORY = 'https://news.example/2025/06/07/story';
const ORIGINS = ['http://news.example/*', 'https://news.example/*'];

let root: HTMLElement;
let permissions: FakePermissions;
let calls: string[];

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  permissions = installFakePermissions(calls);
  // The background, answering the pages' two messages.
  registerAutoReader();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, ...request } = message as Message<'autoReader:granted' | 'autoReader:remove'>;
    return (autoReaderHandlers[type] as (request: unknown, sender: object) => Promise<unknown>)(request, {});
  });
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  // Unmounted inside act, so no effect is left scheduled for after the test environment is gone.
  await act(() => render(null, root));
  useTestLanguage('en');
});

/** Waits until `check` holds, letting storage, messages and renders run. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  expect(check()).toBe(true);
}

const box = () => root.querySelector<HTMLInputElement>('.auto-reader input[type="checkbox"]')!;
const notice = () => root.querySelector('.auto-reader-notice')?.textContent;

describe('AutoReaderToggle', () => {
  it('offers the option for the page’s host, unticked, saying what the browser will ask', async () => {
    render(<AutoReaderToggle url={STORY} />, root);
    await until(() => !box().disabled);
    expect(root.querySelector('.auto-reader label')?.textContent).toBe(' Always use the reader view on news.example');
    expect(box().checked).toBe(false);
    expect(document.getElementById(box().getAttribute('aria-describedby')!)?.textContent).toBe(
      'Your browser will ask you to let Clearpress read pages on news.example, and only there.',
    );
    expect(notice()).toBe('');
  });

  it.each([null, 'chrome://settings', 'about:addons', 'https://addons.mozilla.org/en-US/firefox/', 'file:///tmp/a.html'])('offers nothing on %s', (url) => {
    render(<AutoReaderToggle url={url} />, root);
    expect(root.innerHTML).toBe('');
  });

  it('ticked: asks within the click, for the one host, and says it is on', async () => {
    render(<AutoReaderToggle url={STORY} />, root);
    await until(() => !box().disabled);
    box().click();
    // The request left with the click, before any await.
    expect(calls).toEqual([`permissions.request ${ORIGINS.join(' ')}`]);
    await until(() => notice() === 'Articles on news.example will open in the reader view by themselves.');
    expect(box().checked).toBe(true);
    expect((await listAutoReaderSites()).map((site) => site.host)).toEqual(['news.example']);
  });

  it('refused: stays unticked and says why', async () => {
    permissions.answer = 'refuse';
    render(<AutoReaderToggle url={STORY} />, root);
    await until(() => !box().disabled);
    box().click();
    await until(() => notice() === 'Not turned on: your browser did not give Clearpress access to news.example.');
    expect(box().checked).toBe(false);
    expect(await listAutoReaderSites()).toEqual([]);
  });

  it('on already: shown ticked; unticked, it gives the access back', async () => {
    permissions.granted = new Set(ORIGINS);
    await addAutoReaderSite('news.example');
    render(<AutoReaderToggle url={STORY} />, root);
    await until(() => box().checked && !box().disabled);
    box().click();
    await until(() => notice() === 'Turned off for news.example: Clearpress gave back its access to the site.');
    expect(box().checked).toBe(false);
    expect(calls).toEqual([`permissions.remove ${ORIGINS.join(' ')}`]);
    expect(permissions.granted.size).toBe(0);
    expect(await listAutoReaderSites()).toEqual([]);
  });

  it('a site listed but whose access is gone is shown off', async () => {
    await addAutoReaderSite('news.example');
    render(<AutoReaderToggle url={STORY} />, root);
    await until(() => !box().disabled);
    expect(box().checked).toBe(false);
  });

  it('every word comes from the messages', async () => {
    useTestLanguage('pseudo');
    permissions.answer = 'refuse';
    render(<AutoReaderToggle url={STORY} />, root);
    await until(() => !box().disabled);
    expect(untranslatedText(root)).toEqual([]);
    box().click();
    await until(() => (notice() ?? '').length > 0 && !box().disabled);
    expect(notice()).toBe('⟪Not turned on: your browser did not give Clearpress access to news.example.⟫');
    expect(untranslatedText(root)).toEqual([]);
  });
});

describe('AutoReaderSites (options page)', () => {
  it('says there are none yet', async () => {
    render(<AutoReaderSites />, root);
    await until(() => root.querySelector('.auto-reader-sites-empty') !== null);
    expect(root.querySelector('h2')?.textContent).toBe('Sites always shown in the reader view');
    expect(root.querySelector('.auto-reader-sites-empty')?.textContent).toBe('No sites yet. In the popup or the reader view, tick “Always use the reader view on …”.');
  });

  it('lists the sites, and Remove gives a site’s access back', async () => {
    permissions.granted = new Set([...ORIGINS, 'http://daily.example/*', 'https://daily.example/*']);
    await addAutoReaderSite('news.example');
    await addAutoReaderSite('daily.example');
    render(<AutoReaderSites />, root);
    await until(() => root.querySelectorAll('li').length === 2);
    expect([...root.querySelectorAll('li')].map((li) => li.dataset.host)).toEqual(['daily.example', 'news.example']);
    expect(root.querySelector('.auto-reader-sites-count')?.textContent).toBe('Clearpress may read pages on 2 sites.');
    const remove = root.querySelector<HTMLButtonElement>('li[data-host="news.example"] button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove news.example: its articles stop opening in the reader view, and Clearpress gives back its access');
    remove.click();
    await until(() => root.querySelectorAll('li').length === 1);
    expect(root.querySelector('.auto-reader-sites-status')?.textContent).toBe('Removed news.example. Clearpress can no longer read its pages.');
    expect(root.querySelector('.auto-reader-sites-count')?.textContent).toBe('Clearpress may read pages on 1 site.');
    expect(calls).toEqual([`permissions.remove ${ORIGINS.join(' ')}`]);
    expect([...permissions.granted]).toEqual(['http://daily.example/*', 'https://daily.example/*']);
  });

  it('every word comes from the messages, in French too', async () => {
    await addAutoReaderSite('news.example');
    useTestLanguage('pseudo');
    render(<AutoReaderSites />, root);
    await until(() => root.querySelectorAll('li').length === 1);
    expect(untranslatedText(root)).toEqual([]);
    useTestLanguage('fr');
    render(<AutoReaderSites key="fr" />, root);
    await until(() => root.querySelector('.auto-reader-sites-count') !== null);
    expect(root.querySelector('h2')?.textContent).toBe('Sites toujours affichés en mode lecture');
    expect(root.querySelector('.auto-reader-sites-count')?.textContent).toBe('Clearpress peut lire les pages de 1 site.');
  });
});
