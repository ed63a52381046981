/**
 * Everything the background does for "Always use the reader view on this site", registered at its start (listeners
 * of an MV3 service worker must be added synchronously): tab loads, the browser's grants and revocations, and the
 * two messages pages send.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import type { MessageHandlers } from '../messages';
import { createTabLoadHandler } from './auto-open';
import { holdsSiteAccess, hostOfOrigin, originsForHost } from './site-access';
import { addAutoReaderSite, clearPendingGrant, pendingGrant, removeAutoReaderSites } from './sites';
import { forgetLeftPages } from './stay-back';

/**
 * `permissions.onAdded`: the grant a page asked for arrived (the page itself may be gone: Firefox closes the popup
 * when its doorhanger opens). Registered only when it answers the pending request, so access the reader gave
 * through the browser's own menus does not turn the option on by itself.
 */
export async function completePendingGrant(addedOrigins: readonly string[], now = Date.now()): Promise<string | null> {
  const pending = await pendingGrant(now);
  if (!pending) return null;
  const hosts = new Set(addedOrigins.map(hostOfOrigin));
  if (hosts.size !== 1 || !hosts.has(pending.host) || !(await holdsSiteAccess(pending.host))) return null;
  await addAutoReaderSite(pending.host, new Date(now));
  await clearPendingGrant();
  return pending.host;
}

/** `permissions.onRemoved`: access taken back in the browser's settings ends the option for those sites too. */
export async function forgetRevokedSites(removedOrigins: readonly string[]): Promise<string[]> {
  const hosts = [...new Set(removedOrigins.map(hostOfOrigin).filter((host): host is string => host !== null))];
  if (hosts.length > 0) await removeAutoReaderSites(hosts);
  return hosts;
}

export const autoReaderHandlers: MessageHandlers<'autoReader:granted' | 'autoReader:remove'> = {
  'autoReader:granted': async ({ host }) => {
    if (!(await holdsSiteAccess(host))) return { ok: false, message: t('autoReader.notGranted', [host]) };
    await addAutoReaderSite(host);
    await clearPendingGrant();
    return { ok: true };
  },
  'autoReader:remove': async ({ host }) => {
    // The option ends first, so no page switches while the access is being given back.
    await removeAutoReaderSites([host]);
    const removed = await browser.permissions.remove({ origins: originsForHost(host) }).catch(() => false);
    return removed || !(await holdsSiteAccess(host)) ? { ok: true } : { ok: false, message: t('autoReader.stillGranted', [host]) };
  },
};

export function registerAutoReader(): void {
  const onTabLoad = createTabLoadHandler();
  browser.tabs.onUpdated.addListener((tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => void onTabLoad(tabId, change, tab));
  browser.tabs.onRemoved.addListener((tabId: number) => void forgetLeftPages(tabId));
  browser.permissions.onAdded.addListener((added: Browser.permissions.Permissions) => void completePendingGrant(added.origins ?? []));
  browser.permissions.onRemoved.addListener((removed: Browser.permissions.Permissions) => void forgetRevokedSites(removed.origins ?? []));
}
