/**
 * Hostile text: a news page whose `<title>` is a megabyte of spaces and whose byline, notes and body hold
 * 100,000-character runs of dots, commas and brackets, the runs on which a backtracking pattern retries from
 * every character (tests/security/linear-regex.test.ts checks each pattern alone). This runs the page through
 * the CLI as a user would, and through the pipeline in this process, and prints the times with the load. Then,
 * in headless Chromium with the production build, side by side with a normal news page
 * (./hostile-text-browser.ts): toolbar click to the headline shown in the popup (target: under 1 s), and the
 * library page holding 100 saved copies (target: as fast as 100 copies of the normal page).
 * Run after `wxt build` (`npm run bench:hostile-text` builds first):  npx tsx bench/hostile-text.ts
 *   --write FILE keeps the page (2.2 MB: none is committed); --node-only skips the browser, --browser-only Node;
 *   CLEARPRESS_EXT_DIR picks another build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInChromium } from './hostile-text-browser';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import { PROSE, hostileTextPage } from '../tests/fixtures/hostile/hostile-text-page';

async function main(): Promise<void> {
  if (!process.argv.includes('--browser-only')) measureInNode();
  if (!process.argv.includes('--node-only')) await measureInChromium(path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3'));
}

function measureInNode(): void {
  const html = hostileTextPage();
  const keep = process.argv.indexOf('--write');
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-text-'));
  const file = keep > 0 ? process.argv[keep + 1]! : path.join(dir, 'page.html');
  writeFileSync(file, html);
  const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`page: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB (load average ${load()} on ${cpus().length} cores)`);

  // In this process: parsing (jsdom) and extraction apart; the best of three, so a collection or another process counts once.
  const times = { parse: Infinity, extract: Infinity };
  let headline = '';
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const doc = parsePage(html, 'https://news.example/2026/river-homes');
    const t1 = performance.now();
    const article = extractArticle(doc, { url: 'https://news.example/2026/river-homes' });
    const t2 = performance.now();
    times.parse = Math.min(times.parse, t1 - t0);
    times.extract = Math.min(times.extract, t2 - t1);
    headline = article?.headline ?? '(no article)';
  }
  console.log(`in process: parse ${times.parse.toFixed(0)} ms, extract ${times.extract.toFixed(0)} ms; headline "${headline.slice(0, 80)}"`);

  // The CLI as a user runs it; a one-paragraph page first gives the cost of starting Node and tsx alone.
  const small = path.join(dir, 'small.html');
  writeFileSync(small, `<!doctype html><html><head><title>Small</title></head><body><article><h1>Small</h1>${`<p>${PROSE}</p>`.repeat(4)}</article></body></html>`);
  for (const [name, page] of [['small page', small], ['hostile page', file]] as const) {
    const start = performance.now();
    const run = spawnSync('npx', ['tsx', 'cli/extract.ts', page], { cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    console.log(`CLI, ${name}: ${ms.toFixed(0)} ms, exit ${run.status}${run.status === 0 ? '' : `: ${run.stderr.slice(0, 200)}`} (load average ${load()})`);
  }
  if (keep < 0) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && /hostile-text\.[cm]?[jt]s$/.test(process.argv[1])) await main();
