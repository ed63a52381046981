/**
 * The scripts the browser section of the speed bench times, and how one is run in a loaded page: each is one
 * script whose evaluation's value is its result, evaluated in an isolated world as an extension injects it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');

export type ScriptName = 'ours' | 'readability' | 'defuddle';

export interface InPageScript {
  name: ScriptName;
  /** How the tables name it. */
  label: string;
  source: string;
}

/** The built script; CLEARPRESS_EXT_DIR picks an engineer's own build copy, as in the e2e tests. */
export function extractScriptPath(): string {
  return join(resolve(process.env.CLEARPRESS_EXT_DIR ?? join(ROOT, '.output/chrome-mv3')), 'extract.js');
}

/** `contents` (an ES module whose default export is the result) as one minified script whose value is that result. */
async function bundleAsScript(contents: string, globalName: string): Promise<string> {
  const result = await build({ stdin: { contents, resolveDir: ROOT }, bundle: true, minify: true, format: 'iife', globalName, write: false });
  // A trailing expression statement, so evaluating the script gives the result, as `extract.js` gives its own.
  return `${result.outputFiles[0]!.text}\n${globalName}.default;`;
}

/** Readability alone: the parse of a clone, as its README prescribes (`parse()` changes the document it is given). */
export function readabilityAloneScript(): Promise<string> {
  return bundleAsScript("import { Readability } from '@mozilla/readability';\nexport default new Readability(document.cloneNode(true)).parse();", 'readabilityAlone');
}

/**
 * Defuddle as its README shows it in a browser: given the live document, which it clones itself after reading
 * what only a rendered page has (media queries of the style sheets, image sizes). It does change the live page
 * a little first (`srcSet` renamed `srcset`, images promoted out of `<noscript>`): the same on every run.
 */
export function defuddleScript(): Promise<string> {
  return bundleAsScript("import Defuddle from 'defuddle';\nexport default new Defuddle(document).parse();", 'defuddleAlone');
}

/** The declared version of a dev dependency (pinned exactly in package.json), for the tables. */
function declaredVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  return manifest.dependencies?.[name] ?? manifest.devDependencies?.[name] ?? '?';
}

/** The three scripts, ours first. Run `npm run build` first: `extract.js` is read, not built, here. */
export async function loadInPageScripts(): Promise<InPageScript[]> {
  const ours = readFileSync(extractScriptPath(), 'utf8');
  return [
    { name: 'ours', label: `extract.js (${(Buffer.byteLength(ours) / 1000).toFixed(1)} kB)`, source: ours },
    { name: 'readability', label: `Readability ${declaredVersion('@mozilla/readability')} alone (clone + parse)`, source: await readabilityAloneScript() },
    { name: 'defuddle', label: `Defuddle ${declaredVersion('defuddle')} (parse of the page)`, source: await defuddleScript() },
  ];
}

export interface InPageRun {
  ms: number;
  /** What the script found: `ok`, `no-article`, or an error message. */
  outcome: string;
}

/**
 * An isolated world in the loaded page, as `scripting.executeScript` gives an extension script: the page's DOM,
 * its own globals, and no page CSP. The scripts are stored there first, so that storing is not timed.
 */
export async function openIsolatedWorld(cdp: CDPSession, scripts: readonly InPageScript[]): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'clearpress-speed' });
  const sources = Object.fromEntries(scripts.map((script) => [script.name, script.source]));
  await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: `globalThis.__scripts = ${JSON.stringify(sources)}; 0` });
  return executionContextId;
}

/** Evaluates one script as the extension injects one, timing it in the page: compilation and the run. */
export async function runScript(cdp: CDPSession, contextId: number, name: ScriptName): Promise<InPageRun> {
  const expression = `(() => {
    const start = performance.now();
    let value;
    try {
      value = (0, eval)(globalThis.__scripts[${JSON.stringify(name)}]);
    } catch (error) {
      return { ms: performance.now() - start, outcome: String(error).slice(0, 80) };
    }
    const ms = performance.now() - start;
    // extract.js answers { ok, reason, message }; Readability alone an article or null; Defuddle always an
    // object, with no words when it found nothing.
    const outcome = value === null || value.wordCount === 0 ? 'no-article'
      : value.ok === false ? value.reason + (value.message ? ': ' + value.message.slice(0, 60) : '') : 'ok';
    return { ms, outcome };
  })()`;
  const reply = await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true });
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
  return reply.result.value as InPageRun;
}
