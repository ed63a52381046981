/**
 * Firefox for the browser tests (found by ./browsers): Debian's firefox-esr over WebDriver BiDi with the built
 * extension installed at a fixed moz-extension UUID, so tests can open its pages by address.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from './browsers';

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'reader@clearpress.example';

export interface FirefoxLaunch {
  /** The unpacked Firefox build to install. */
  extensionDir: string;
  /** The moz-extension://<uuid> host the extension gets. */
  uuid: string;
  /** Prefs on top of the ones every test needs (a language, for instance). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox({ extensionDir, uuid, prefs = {} }: FirefoxLaunch): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets a test run privileged script in the browser's own window (./firefox-chrome).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Nothing but the fixture server.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}
