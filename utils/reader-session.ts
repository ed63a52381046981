/**
 * The reader view in a tab: the article it shows is kept in session storage under the tab's id (it survives a
 * service-worker restart and a reload of reader.html, and is gone when the browser closes), and the tab's
 * history keeps the original page right behind reader.html, so Back returns to it.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Article, PageExtraction } from './extract/types';
import { t } from './i18n';
import type { LeaveReaderBroadcast, ReaderEntry } from './messages';
import { readTab } from './tab-extraction';

export const READER_PATH = '/reader.html';

const entryKey = (tabId: number) => `session:reader-tab-${tabId}` as const;

export function readerEntryFor(tabId: number): Promise<ReaderEntry | null> {
  return storage.getItem<ReaderEntry>(entryKey(tabId));
}

export function forgetReaderEntry(tabId: number): Promise<void> {
  return storage.removeItem(entryKey(tabId));
}

/** True for this extension's reader page (any query or fragment). */
export function isReaderUrl(url: string | undefined, readerUrl: string): boolean {
  return typeof url === 'string' && (url === readerUrl || url.startsWith(`${readerUrl}?`) || url.startsWith(`${readerUrl}#`));
}

/**
 * Stores the article (or the page stage's reading of it, which the reader page finishes) for the tab, then
 * navigates the same tab to the reader page (a new history entry).
 */
export async function openReaderInTab(tabId: number, content: { article: Article } | { extraction: PageExtraction }, originalUrl: string | null): Promise<void> {
  const url = 'article' in content ? content.article.url : content.extraction.url;
  const entry: ReaderEntry = { ...content, originalUrl: originalUrl ?? url ?? '' };
  await storage.setItem(entryKey(tabId), entry);
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(READER_PATH) });
}

/**
 * Back to the page the reader view was opened from: the reader page goes back itself (see
 * LeaveReaderBroadcast); if no reader answers, the tab goes back, else to the page's address.
 */
export async function leaveReaderInTab(tabId: number): Promise<void> {
  const broadcast: LeaveReaderBroadcast = { type: 'reader:leave', tabId };
  const answered = await browser.runtime.sendMessage(broadcast).catch(() => false);
  if (answered === true) return;
  const entry = await readerEntryFor(tabId);
  try {
    await browser.tabs.goBack(tabId);
  } catch {
    if (entry?.originalUrl) await browser.tabs.update(tabId, { url: entry.originalUrl });
  }
}

/** The key the browser assigned to the reader toggle, e.g. "Alt+Shift+D"; null when none is set. */
export async function readerShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name === 'toggle-reader')?.shortcut || null;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/**
 * The browser's Back keys: Alt+Left (Windows, Linux), Cmd+[ or Cmd+Left (macOS), a keyboard's Back key. The
 * reader handles them itself (see entrypoints/reader/App.tsx) so they return to the page it was opened from.
 */
export function isBackShortcut(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, mac = IS_MAC): boolean {
  if (event.key === 'BrowserBack') return true;
  if (event.shiftKey || event.ctrlKey) return false;
  return mac ? event.metaKey && !event.altKey && (event.key === '[' || event.key === 'ArrowLeft') : event.altKey && !event.metaKey && event.key === 'ArrowLeft';
}

type ActionApi = typeof browser.action;

/** `action` in MV3, `browserAction` in Firefox's MV2 build. */
function actionApi(): ActionApi | undefined {
  return (browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction) as ActionApi | undefined;
}

/** The shortcut: reader view on, or off when the tab already shows it. Failures show on the toolbar button. */
export async function toggleReaderInTab(tab: { id?: number; url?: string } | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  if (isReaderUrl(tab.url, browser.runtime.getURL(READER_PATH))) {
    await leaveReaderInTab(tabId);
    return;
  }
  const extraction = await readTab(tabId);
  const action = actionApi();
  if (!extraction.ok) {
    await action?.setBadgeText({ tabId, text: '!' });
    await action?.setTitle({ tabId, title: t('reader.badgeTitle', [extraction.message]) });
    return;
  }
  await action?.setBadgeText({ tabId, text: '' });
  await openReaderInTab(tabId, { extraction: extraction.extraction }, extraction.url);
}
