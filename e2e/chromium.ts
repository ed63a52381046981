/**
 * Chromium for the browser tests (found by ./browsers): Debian's build with the production extension loaded, a toolbar click
 * simulated with CDP `Extensions.triggerAction` (it grants `activeTab` exactly as a reader's click does), and
 * the popup it opens driven over the browser's CDP session (Playwright does not list that popup as a page).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath } from './browsers';

export interface Chromium {
  context: BrowserContext;
  cdp: CDPSession;
  extensionId: string;
}

/** Flags every test browser needs: the unpacked build loaded, and no traffic to anything but 127.0.0.1. */
export function extensionLaunchArgs(extDir: string): string[] {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Nothing but the fixture server: every other host resolves nowhere.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--proxy-server=http://127.0.0.1:9',
    '--proxy-bypass-list=127.0.0.1',
  ];
}

/** A virtual X display (Xvfb) for a headed browser; kill the process to stop it. */
export async function startVirtualDisplay(display: string): Promise<ChildProcess> {
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  // Xvfb gives no ready signal; half a second has always been enough here.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return xvfb;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Run headed on that X display (Xvfb) instead of headless. */
  display?: string;
  /**
   * The browser's interface language (`de`, `fr`...). On Linux, `i18n.getUILanguage()` follows the LANGUAGE
   * environment variable while the extension's messages follow `--lang` (each alone leaves the other in en-US),
   * so both are set. Debian's Chromium has only en-US until `chromium-l10n` is installed.
   */
  language?: string;
}

export async function launchChromium(profile: string, extDir: string, options: LaunchOptions = {}): Promise<Chromium> {
  const env = {
    ...(options.display === undefined ? {} : { DISPLAY: options.display }),
    ...(options.language === undefined ? {} : { LANGUAGE: options.language }),
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.display === undefined,
    ...(Object.keys(env).length === 0 ? {} : { env: { ...process.env, ...env } }),
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1000, height: 800 },
    args: [
      ...extensionLaunchArgs(extDir),
      '--enable-unsafe-extension-debugging',
      '--disable-default-apps',
      ...(options.language === undefined ? [] : [`--lang=${options.language}`]),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  return { context, cdp, extensionId };
}

interface CdpReply {
  id?: number;
  result?: { result?: { value?: unknown; description?: string }; exceptionDetails?: { text?: string; exception?: { description?: string } } };
  error?: { message: string };
}

/** A page target (the real popup) driven with raw CDP messages through the browser session. */
export class TargetSession {
  private nextId = 1;
  private pending = new Map<number, (reply: CdpReply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    readonly sessionId: string,
    readonly targetId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as CdpReply;
      if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(cdp, sessionId, targetId);
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<CdpReply['result']> {
    const id = this.nextId++;
    const reply = new Promise<CdpReply>((resolve) => this.pending.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const answer = await reply;
    this.pending.delete(id);
    if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
    return answer.result;
  }

  /** Evaluates an expression in the page (promises awaited) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: true });
    if (result?.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text ?? 'evaluation failed');
    return result?.result?.value as T;
  }

  /** Polls an expression until it is truthy. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** The whole page, not only the popup's visible part. */
  async screenshot(): Promise<Buffer> {
    const metrics = (await this.send('Page.getLayoutMetrics')) as unknown as { cssContentSize: { width: number; height: number } };
    const { width, height } = metrics.cssContentSize;
    const clip = { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height), scale: 1 };
    const result = (await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip })) as unknown as { data: string };
    return Buffer.from(result.data, 'base64');
  }
}

/** The browser's tab target for a Playwright page (triggerAction wants the tab, not the page target). */
async function tabTargetOf(cdp: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const url = page.url();
  const matches = targetInfos.filter((t) => t.url === url);
  if (matches.length !== 1) throw new Error(`Expected one tab at ${url}, found ${matches.length}`);
  return matches[0]!.targetId;
}

export async function popupTargets(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/popup.html`)).map((t) => t.targetId);
}

/** Clicks the toolbar button on `page` and returns the popup it opened, plus when the click was sent. */
export async function clickToolbarButton(browser: Chromium, page: Page): Promise<{ popup: TargetSession; clickedAt: number }> {
  await page.bringToFront();
  const before = new Set(await popupTargets(browser.cdp, browser.extensionId));
  const targetId = await tabTargetOf(browser.cdp, page);
  const clickedAt = Date.now();
  await browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId });
  const deadline = Date.now() + 5000;
  for (;;) {
    const fresh = (await popupTargets(browser.cdp, browser.extensionId)).find((id) => !before.has(id));
    if (fresh) return { popup: await TargetSession.attach(browser.cdp, fresh), clickedAt };
    if (Date.now() > deadline) throw new Error('The toolbar click opened no popup');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
