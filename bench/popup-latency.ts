/**
 * Popup latency on the seed page: from the simulated toolbar click (CDP Extensions.triggerAction) to the
 * article shown in the popup, on the production Chromium build, for two kinds of click:
 * - the first click after the browser starts: a fresh browser on a fresh profile per sample (`--launches`,
 *   one browser at a time), which pays for starting the extension and compiling its code (target 450 ms);
 * - warm clicks: more clicks in one browser, after its first (target 200 ms, median).
 * The popup records when it rendered the article (`performance.timeOrigin + now`, the same wall clock as this
 * process) and marks its steps, so each click splits into: the browser opening the popup, loading its code,
 * injecting and running the extraction, and rendering. Run after `wxt build`:
 *   npx tsx bench/popup-latency.ts [--headed] [--launches 4] [clicks=12] [extension dirs...]
 * `--headed` runs a headed Chromium on a virtual X display (Xvfb) instead of headless, to tell the browser's
 * own click-to-popup cost in headless mode from ours (Chromium 156.0.8078.114: about 110 ms either way).
 * With several extension dirs (e.g. before and after a change) the launches alternate between them, and the
 * warm clicks alternate between one browser each, so all see the same machine load.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, launchChromium, startVirtualDisplay, type Chromium } from '../e2e/chromium';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { readPopupPhases, type PopupPhases } from './popup-phases';
import { median, p95 } from './stats';

const SEED_PAGE = '/2025/06/07/wagner-mali-exit';
const FIRST_CLICK_TARGET_MS = 450;
const WARM_CLICK_TARGET_MS = 200;
/** A reader clicks a moment after the page shows, not in the same instant: the browser's start-up work settles. */
const FIRST_CLICK_AFTER_MS = 1000;
const BETWEEN_CLICKS_MS = 150;

interface Options {
  headed: boolean;
  launches: number;
  clicks: number;
  dirs: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { headed: false, launches: 4, clicks: 12, dirs: [] };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--headed') options.headed = true;
    else if (argv[i] === '--launches') options.launches = Number(argv[++i]);
    else positional.push(argv[i]!);
  }
  if (positional[0] !== undefined) options.clicks = Number(positional[0]);
  options.dirs = positional.length > 1 ? positional.slice(1) : [process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3'];
  return options;
}

/** A click's phases as popup-latency prints them: finishing and rendering as one, from the extraction's end. */
type Sample = Omit<PopupPhases, 'injectionStarts' | 'finishing' | 'headline'> & { extractionStarts: number };

const PHASES: [string, keyof Sample][] = [
  ['click → article shown', 'total'],
  ['  click → popup document starts', 'browserOpens'],
  ['  → popup code runs', 'codeStarts'],
  ['  → injection starts', 'extractionStarts'],
  ['  injection + extraction', 'extraction'],
  ['  extraction done → article shown', 'render'],
];

interface BuildResults {
  dir: string;
  firstClicks: Sample[];
  warmClicks: Sample[];
}

/** A browser with one build loaded, on a fresh profile, showing the seed page. */
interface Session {
  browser: Chromium;
  page: Page;
  profile: string;
}

async function clickOnce(session: Session): Promise<Sample> {
  const { popup, clickedAt } = await clickToolbarButton(session.browser, session.page);
  await popup.waitFor(`document.body.dataset.state === 'article'`, 15_000);
  const phases = await readPopupPhases(popup, clickedAt);
  await popup.evaluate('window.close(), true').catch(() => undefined);
  return {
    total: phases.total,
    browserOpens: phases.browserOpens,
    codeStarts: phases.codeStarts,
    extractionStarts: phases.injectionStarts,
    extraction: phases.extraction,
    render: phases.finishing + phases.render,
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openSession(dir: string, server: FixtureServer, display: string | undefined): Promise<Session> {
  const profile = mkdtempSync(path.join(tmpdir(), 'clearpress-latency-'));
  const browser = await launchChromium(profile, path.resolve(dir), { display });
  const page = await browser.context.newPage();
  await page.goto(server.url(SEED_PAGE));
  return { browser, page, profile };
}

async function closeSession(session: Session): Promise<void> {
  await session.browser.context.close();
  rmSync(session.profile, { recursive: true, force: true });
}

/** One fresh browser per sample and build, one at a time, so no other browser's start-up competes for the cores. */
async function measureFirstClicks(builds: BuildResults[], options: Options, server: FixtureServer, display: string | undefined): Promise<void> {
  for (let launch = 0; launch < options.launches; launch++) {
    for (const build of builds) {
      const session = await openSession(build.dir, server, display);
      try {
        await pause(FIRST_CLICK_AFTER_MS);
        build.firstClicks.push(await clickOnce(session));
      } finally {
        await closeSession(session);
      }
    }
  }
}

/** One browser per build, clicks alternating between them; each browser's first click is not counted here. */
async function measureWarmClicks(builds: BuildResults[], options: Options, server: FixtureServer, display: string | undefined): Promise<void> {
  const sessions: Session[] = [];
  try {
    for (const build of builds) sessions.push(await openSession(build.dir, server, display));
    for (let click = 0; click <= options.clicks; click++) {
      for (const [i, build] of builds.entries()) {
        const sample = await clickOnce(sessions[i]!);
        if (click > 0) build.warmClicks.push(sample);
        await pause(BETWEEN_CLICKS_MS);
      }
    }
  } finally {
    for (const session of sessions) await closeSession(session);
  }
}

const cell = (value: number, width: number): string => Math.round(value).toString().padStart(width);

function printBuild(build: BuildResults): void {
  console.log(`\n${build.dir}`);
  console.log(`${''.padEnd(36)}${'first click after start'.padStart(24)}${'warm clicks'.padStart(16)}`);
  console.log(`${''.padEnd(36)}${'median'.padStart(12)}${'max'.padStart(12)}${'median'.padStart(9)}${'p95'.padStart(7)}  (ms)`);
  for (const [name, key] of PHASES) {
    const first = build.firstClicks.map((s) => s[key]);
    const warm = build.warmClicks.map((s) => s[key]);
    console.log(`${name.padEnd(36)}${cell(median(first), 12)}${cell(Math.max(...first), 12)}${cell(median(warm), 9)}${cell(p95(warm), 7)}`);
  }
  const firstTotal = median(build.firstClicks.map((s) => s.total));
  const warmTotal = median(build.warmClicks.map((s) => s.total));
  const verdict = (ok: boolean): string => (ok ? '✓ pass' : '✗ fail');
  console.log(`first clicks, click → article shown: ${build.firstClicks.map((s) => Math.round(s.total)).join(', ')} ms`);
  console.log(`${verdict(firstTotal <= FIRST_CLICK_TARGET_MS)} first click after the browser starts: median ${Math.round(firstTotal)} ms over ${build.firstClicks.length} launches (target ≤ ${FIRST_CLICK_TARGET_MS} ms)`);
  console.log(`${verdict(warmTotal <= WARM_CLICK_TARGET_MS)} warm clicks: median ${Math.round(warmTotal)} ms over ${build.warmClicks.length} clicks (target ≤ ${WARM_CLICK_TARGET_MS} ms)`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const display = options.headed ? `:${80 + (process.pid % 9)}` : undefined;
  const xvfb: ChildProcess | undefined = display ? await startVirtualDisplay(display) : undefined;
  const server = await startFixtureServer();
  const builds: BuildResults[] = options.dirs.map((dir) => ({ dir, firstClicks: [], warmClicks: [] }));
  const loadBefore = loadavg()[0]!;
  try {
    await measureFirstClicks(builds, options, server, display);
    await measureWarmClicks(builds, options, server, display);
  } finally {
    await server.close();
    xvfb?.kill();
  }
  console.log(
    `popup latency, seed page, ${options.headed ? 'headed Chromium on Xvfb' : 'headless Chromium'}, per build ${options.launches} fresh launches ` +
      `and ${options.clicks} warm clicks; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, ${cpus().length} cores`,
  );
  for (const build of builds) printBuild(build);
}

await main();
