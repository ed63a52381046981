/**
 * "Back to page" stays back. When a tab comes back from the reader view to the page it showed (the reader's Back
 * button, Esc, the browser's Back), the tab and that page's address are marked as left, in session storage, and
 * that page is not switched into the reader view again in that tab: not when it finishes loading on the way back,
 * not on a reload, not when history comes back to it. The marks go with the tab, or when the browser closes.
 */
import { storage } from 'wxt/utils/storage';
import { siteHostOf } from './site-access';

/** The newest addresses kept per tab; an older one may switch again when history walks that far back. */
export const MAX_LEFT_PER_TAB = 20;

const leftKey = (tabId: number) => `session:auto-reader-left-${tabId}` as const;

/** The address a visit is about: the fragment is not part of it (an in-page link on the page is the same page). */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export async function leftPagesIn(tabId: number): Promise<string[]> {
  const value = await storage.getItem<string[]>(leftKey(tabId));
  return Array.isArray(value) ? value.filter((url): url is string => typeof url === 'string') : [];
}

export async function markLeft(tabId: number, url: string): Promise<void> {
  const address = pageAddress(url);
  const left = (await leftPagesIn(tabId)).filter((known) => known !== address);
  await storage.setItem<string[]>(leftKey(tabId), [...left, address].slice(-MAX_LEFT_PER_TAB));
}

export function forgetLeftPages(tabId: number): Promise<void> {
  return storage.removeItem(leftKey(tabId));
}

/**
 * What to do with a page that finished loading in a tab:
 * - `not-chosen`: not on a site the reader chose (or an address extensions may not read), nothing to do;
 * - `left`: the reader left the reader view for this page in this tab: it stays;
 * - `came-back`: the tab's reader view was showing this page, so this load is the way back: mark it left, it stays;
 * - `read`: read the page, and open the reader view when it is an article.
 */
export type TabLoadVerdict = 'not-chosen' | 'left' | 'came-back' | 'read';

export interface TabLoad {
  url: string | undefined;
  /** Hosts of the sites the reader chose. */
  sites: readonly string[];
  /** Addresses marked left in this tab. */
  left: readonly string[];
  /** The page the tab's reader view was last opened from, if any. */
  readerFrom: string | null;
}

export function tabLoadVerdict({ url, sites, left, readerFrom }: TabLoad): TabLoadVerdict {
  const host = siteHostOf(url);
  if (!url || !host || !sites.includes(host)) return 'not-chosen';
  const address = pageAddress(url);
  if (left.includes(address)) return 'left';
  if (readerFrom !== null && pageAddress(readerFrom) === address) return 'came-back';
  return 'read';
}
