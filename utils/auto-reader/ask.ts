/**
 * The reader's click on "Always use the reader view on <site>", in the page that shows it (popup or reader view).
 * Browsers grant an optional permission only while they handle a click: `permissions.request` is called before
 * this function first awaits anything, so call it from the click handler itself.
 */
import { browser } from 'wxt/browser';
import { sendMessage, type Failure } from '../messages';
import { originsForHost } from './site-access';
import { clearPendingGrant, recordPendingGrant } from './sites';

export type AskResult = 'granted' | 'refused';

/**
 * Records the pending request, asks the browser for the site's access, then has the background register the site
 * (it does so too when the browser reports the grant, for a popup that closed meanwhile: both are idempotent).
 */
export function askForAutoReader(host: string): Promise<AskResult> {
  const recorded = recordPendingGrant(host);
  let asked: Promise<boolean>;
  try {
    // Called synchronously, still inside the click: no await may come before it.
    asked = browser.permissions.request({ origins: originsForHost(host) });
  } catch (error) {
    asked = Promise.reject(error);
  }
  return Promise.all([asked, recorded.catch(() => undefined)]).then(
    async ([granted]) => {
      if (!granted) {
        await clearPendingGrant();
        return 'refused';
      }
      const registered = await sendMessage('autoReader:granted', { host });
      if (!registered.ok) throw new Error(registered.message);
      return 'granted';
    },
    async (error: unknown) => {
      await clearPendingGrant().catch(() => undefined);
      throw error;
    },
  );
}

/** Stops opening the site's articles in the reader view, and gives its access back. */
export function stopAutoReader(host: string): Promise<{ ok: true } | Failure> {
  return sendMessage('autoReader:remove', { host });
}
