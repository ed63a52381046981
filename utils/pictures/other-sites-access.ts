/**
 * "Also keep pictures from other sites": news sites serve most pictures from another host (a CDN), which neither
 * the toolbar click's access nor the page itself reaches without cookies-free cross-origin access. The extension
 * asks once for the manifest's optional `http://*\/*` and `https://*\/*`, only when the reader ticks the box, and
 * gives them back when the box or "Keep pictures with saved articles" is unticked.
 */
import { browser } from 'wxt/browser';

export const OTHER_SITES_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*'];

export async function holdsOtherSitesAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...OTHER_SITES_ORIGINS] });
  } catch {
    return false;
  }
}

/** Asks the browser; call it from the click handler itself, before any await (browsers grant only then). */
export function askForOtherSitesAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [...OTHER_SITES_ORIGINS] });
  } catch (error) {
    return Promise.reject(error);
  }
}

export function giveBackOtherSitesAccess(): Promise<boolean> {
  return browser.permissions.remove({ origins: [...OTHER_SITES_ORIGINS] });
}

/** Calls `listener` whenever the browser grants or takes back permissions (its own settings included). */
export function watchOtherSitesAccess(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
