/**
 * Firefox's own browser window (its "chrome"), driven with privileged script over WebDriver BiDi, for what no
 * automation API reaches: the toolbar button's grant of activeTab, and the doorhangers the browser shows. Needs
 * Firefox launched with `--remote-allow-system-access` (the browser tests already pass it).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from './firefox';

interface BidiConnection {
  send: (method: string, params: object) => Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface FirefoxChrome {
  /** Runs `expression` in the browser window (privileged) and returns its JSON value. */
  evaluate: <T>(expression: string) => Promise<T>;
  /**
   * Gives the tab showing `address` activeTab for the extension, the call ext-browserAction makes when the toolbar
   * button is clicked (`tabManager.addActiveTabPermission`), and returns the tab's id as the extension sees it.
   */
  grantActiveTab: (extensionId: string, address: string) => Promise<number>;
  /** Presses "Allow" (or "Cancel") on the extension's optional-permission doorhanger, waiting up to 5 s for it. */
  answerPermissionDoorhanger: (allow: boolean) => Promise<void>;
}

/** puppeteer-core keeps its BiDi connection on the browser object without typing it. */
const connectionOf = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

export async function firefoxChrome(browser: Browser): Promise<FirefoxChrome> {
  const connection = connectionOf(browser);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No browser window to run privileged script in: is --remote-allow-system-access set?');

  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' })).result as EvaluateResult;
    if (answer.type === 'exception') throw new Error(answer.exceptionDetails?.text ?? 'privileged script failed');
    return (answer.result?.type === 'undefined' ? undefined : answer.result?.value) as T;
  };

  return {
    evaluate,
    grantActiveTab: (extensionId, address) =>
      evaluate<number>(`(() => {
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension;
        const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(address)});
        if (!tab) throw new Error('no tab at ${address.replace(/[`$\\]/g, '')}');
        extension.tabManager.addActiveTabPermission(tab);
        return extension.tabManager.getWrapper(tab).id;
      })()`),
    answerPermissionDoorhanger: async (allow) => {
      const deadline = Date.now() + 5000;
      for (;;) {
        const answered = await evaluate<boolean>(`(() => {
          const prompt = PopupNotifications.panel.querySelector('#addon-webext-permissions-notification');
          if (PopupNotifications.panel.state !== 'open' || !prompt) return false;
          (${allow} ? prompt.button : prompt.secondaryButton).click();
          return true;
        })()`);
        if (answered) return;
        if (Date.now() > deadline) throw new Error('Firefox showed no permission doorhanger');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Firefox with the build installed (and `prefs` on top of the tests' own), its window's privileged script, and the extension's options page open. */
export interface FirefoxWithOptions {
  browser: Browser;
  privileged: FirefoxChrome;
  /** The options page, which the tests also read the extension's state through. */
  options: Page;
}

export async function launchFirefoxAtOptions(extensionDir: string, uuid: string, prefs: Record<string, unknown> = {}): Promise<FirefoxWithOptions> {
  assert.ok(existsSync(path.join(extensionDir, 'manifest.json')), `No build at ${extensionDir}: run npx wxt build -b firefox first.`);
  const browser = await launchFirefox({ extensionDir, uuid, prefs });
  const privileged = await firefoxChrome(browser);
  const options = await browser.newPage();
  await options.goto(`moz-extension://${uuid}/options.html`, { waitUntil: 'networkidle0' });
  return { browser, privileged, options };
}
