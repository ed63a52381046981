/**
 * The keyboard shortcut, pressed for real. CDP-synthesised keys (Playwright's keyboard) never reach Chrome's
 * extension-command accelerators, headless or not, so this runs a headed Chromium on a virtual X display
 * (Xvfb) and presses the keys with xdotool, as a keyboard would. Needs `apt-get install xvfb xdotool`.
 *
 * Chromium leaves Alt+Shift+R unassigned (one of its own accelerators), so the Chrome build suggests
 * Alt+Shift+D; this checks Chromium assigns it at install, as a reader gets it, without any setting.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { extensionLaunchArgs, startVirtualDisplay } from './chromium';

const EXT_DIR = path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3');
const DISPLAY = `:${90 + (process.pid % 9)}`;
const missing = ['Xvfb', 'xdotool'].filter((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);
const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-shortcut-'));

let xvfb: ChildProcess | undefined;
let server: FixtureServer;
let context: BrowserContext;
let worker: Worker;
let extensionId = '';

const press = (keys: string) => execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY } });

before(async () => {
  if (missing.length > 0) return;
  xvfb = await startVirtualDisplay(DISPLAY);
  server = await startFixtureServer();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    env: { ...process.env, DISPLAY },
    args: extensionLaunchArgs(EXT_DIR),
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  await server?.close();
  xvfb?.kill();
  rmSync(profile, { recursive: true, force: true });
});

test('Alt+Shift+D (assigned at install) switches the tab into the reader view and back', { skip: missing.length > 0 ? `needs ${missing.join(' and ')}` : false }, async () => {
  const assigned = await worker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'toggle-reader')?.shortcut);
  assert.equal(assigned, 'Alt+Shift+D');

  const page = context.pages()[0] ?? (await context.newPage());
  const url = server.url('/2025/06/07/wagner-mali-exit');
  await page.goto(url);
  await page.bringToFront();
  execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium', 'windowfocus', '--sync'], { env: { ...process.env, DISPLAY } });
  press('alt+shift+d');
  await page.waitForURL(`chrome-extension://${extensionId}/reader.html`, { timeout: 10_000 });
  await page.waitForSelector('main[data-state="article"] h1');
  press('alt+shift+d');
  await page.waitForURL(url, { timeout: 10_000 });
});

// The article had no user interaction, so Chrome's own Back would skip it (history manipulation intervention,
// crbug.com/907167): the reader takes the Back key itself and goes back with history.back().
test('the browser Back key (Alt+Left) returns from a reader view opened by the shortcut to the article', { skip: missing.length > 0 ? `needs ${missing.join(' and ')}` : false }, async () => {
  const page = context.pages()[0]!;
  const url = page.url();
  press('alt+shift+d');
  await page.waitForURL(`chrome-extension://${extensionId}/reader.html`, { timeout: 10_000 });
  await page.waitForSelector('main[data-state="article"] h1');
  press('alt+Left');
  await page.waitForURL(url, { timeout: 5_000 });
});
