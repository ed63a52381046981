import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useTestLanguage } from '../tests/setup/i18n';
import { isBackShortcut, toggleReaderInTab } from './reader-session';

// The tab's reading fails; its message is the one the popup shows for the same problem.
vi.mock('./tab-extraction', () => ({ readTab: async () => ({ ok: false, problem: 'no-article', message: 'Aucun article trouvé sur cette page' }) }));

const key = (key: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('isBackShortcut', () => {
  it.each([
    ['Alt+Left on Linux/Windows', key('ArrowLeft', { altKey: true }), false],
    ['Cmd+[ on macOS', key('[', { metaKey: true }), true],
    ['Cmd+Left on macOS', key('ArrowLeft', { metaKey: true }), true],
    ['the Back key', key('BrowserBack'), false],
    ['the Back key on macOS', key('BrowserBack'), true],
  ])('%s is Back', (_name, event, mac) => expect(isBackShortcut(event, mac)).toBe(true));

  it.each([
    ['Left alone', key('ArrowLeft'), false],
    ['Alt+Shift+Left', key('ArrowLeft', { altKey: true, shiftKey: true }), false],
    ['Ctrl+Alt+Left', key('ArrowLeft', { altKey: true, ctrlKey: true }), false],
    ['Option+Left on macOS (moves by word)', key('ArrowLeft', { altKey: true }), true],
    ['Cmd+[ off macOS', key('[', { metaKey: true }), false],
    ['Alt+Shift+R (the reader shortcut)', key('R', { altKey: true, shiftKey: true }), false],
  ])('%s is not Back', (_name, event, mac) => expect(isBackShortcut(event, mac)).toBe(false));
});

describe('toggleReaderInTab', () => {
  afterEach(() => useTestLanguage('en'));

  it('shows why a page could not be read on the toolbar button, in the interface language', async () => {
    useTestLanguage('fr');
    const titles: unknown[] = [];
    fakeBrowser.action.setBadgeText = async () => undefined;
    fakeBrowser.action.setTitle = async (details) => void titles.push(details);
    await toggleReaderInTab({ id: 7, url: 'https://harbour-news.example/' });
    expect(titles).toEqual([{ tabId: 7, title: 'Clearpress — Aucun article trouvé sur cette page' }]);
  });
});
