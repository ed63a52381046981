/**
 * The background's side of "Always use the reader view on this site": when a tab finishes loading a page of a
 * chosen site, the page is read with the extraction script the toolbar button uses, and an article opens in the
 * reader view in that tab. A page that is no article stays as it is, and so does a page the reader went back to.
 *
 * Only `tabs.onUpdated` is needed: without the "tabs" permission the browser gives a tab's address only for the
 * sites the extension may read, so pages of other sites arrive without one and are dismissed before any work.
 */
import { browser } from 'wxt/browser';
import type { PageExtraction } from '../extract/types';
import { openReaderInTab, readerEntryFor } from '../reader-session';
import { readTab, type TabInfo, type TabReading } from '../tab-extraction';
import { listAutoReaderSites } from './sites';
import { leftPagesIn, markLeft, pageAddress, tabLoadVerdict, type TabLoadVerdict } from './stay-back';

/** What the handler uses of the browser and the reader session; tests replace them. */
export interface AutoOpenDeps {
  sites: () => Promise<string[]>;
  leftPages: (tabId: number) => Promise<string[]>;
  markLeft: (tabId: number, url: string) => Promise<void>;
  readerFrom: (tabId: number) => Promise<string | null>;
  read: (tab: TabInfo) => Promise<TabReading>;
  /** The tab's address now (null when the tab is gone or its address is hidden). */
  currentUrl: (tabId: number) => Promise<string | null>;
  open: (tabId: number, extraction: PageExtraction, originalUrl: string) => Promise<void>;
}

export const browserDeps: AutoOpenDeps = {
  sites: async () => (await listAutoReaderSites()).map((site) => site.host),
  leftPages: leftPagesIn,
  markLeft,
  readerFrom: async (tabId) => (await readerEntryFor(tabId))?.originalUrl || null,
  read: (tab) => readTab(tab),
  currentUrl: (tabId) => browser.tabs.get(tabId).then((tab) => tab.url ?? null, () => null),
  open: (tabId, extraction, originalUrl) => openReaderInTab(tabId, { extraction }, originalUrl),
};

/** What happened to one finished load, for tests and for the record. */
export type TabLoadOutcome = TabLoadVerdict | 'busy' | 'not-an-article' | 'moved-on' | 'opened' | 'failed';

/**
 * A `tabs.onUpdated` listener body. It never throws: restricted pages, closed tabs and pages the extension may not
 * read end as `failed` or `not-an-article`. A second load event for the page being read in a tab is left to that
 * reading; another page loaded meanwhile is read too, and the first, moved on from, is not opened.
 */
export function createTabLoadHandler(deps: AutoOpenDeps = browserDeps) {
  const reading = new Map<number, string>();
  return async (tabId: number, change: { status?: string }, tab: TabInfo): Promise<TabLoadOutcome | null> => {
    // Most updates are titles, favicons, audio: nothing is read or stored for them.
    if (change.status !== 'complete' || !tab.url) return null;
    const url = tab.url;
    if (reading.get(tabId) === pageAddress(url)) return 'busy';
    reading.set(tabId, pageAddress(url));
    try {
      const [sites, left, readerFrom] = await Promise.all([deps.sites(), deps.leftPages(tabId), deps.readerFrom(tabId)]);
      const verdict = tabLoadVerdict({ url, sites, left, readerFrom });
      if (verdict === 'came-back') await deps.markLeft(tabId, url);
      if (verdict !== 'read') return verdict;
      const result = await deps.read({ id: tabId, url, status: 'complete' });
      if (!result.ok) return result.problem === 'no-article' ? 'not-an-article' : 'failed';
      // The reader may have followed a link while the page was read: the reader view would take them back.
      const now = await deps.currentUrl(tabId);
      if (now === null || pageAddress(now) !== pageAddress(url)) return 'moved-on';
      await deps.open(tabId, result.extraction, url);
      return 'opened';
    } catch {
      return 'failed';
    } finally {
      if (reading.get(tabId) === pageAddress(url)) reading.delete(tabId);
    }
  };
}
