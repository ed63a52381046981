/**
 * The scripts the browser section of the speed bench times, and how one is run in a loaded page: each is one
 * script whose evaluation's value is its result, evaluated in an isolated world as an extension injects it.
 */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');

/** The built script; CLEARPRESS_EXT_DIR picks an engineer's own build copy, as in the e2e tests. */
export function extractScriptPath(): string {
  return join(resolve(process.env.CLEARPRESS_EXT_DIR ?? join(ROOT, '.output/chrome-mv3')), 'extract.js');
}

/** Readability alone as one minified script whose value is the parse of a clone, like `extract.js` returns its result. */
export async function readabilityAloneScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { Readability } from '@mozilla/readability';\nexport default new Readability(document.cloneNode(true)).parse();",
      resolveDir: ROOT,
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'readabilityAlone',
    write: false,
  });
  // A trailing expression statement, so evaluating the script gives the parse result.
  return `${result.outputFiles[0]!.text}\nreadabilityAlone.default;`;
}

export interface InPageRun {
  ms: number;
  /** What the script found: `ok`, `no-article`, or an error message. */
  outcome: string;
}

/**
 * An isolated world in the loaded page, as `scripting.executeScript` gives an extension script: the page's DOM,
 * its own globals, and no page CSP. The scripts are stored there once per page.
 */
export async function openIsolatedWorld(cdp: CDPSession, scripts: Record<'ours' | 'readability', string>): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'clearpress-speed' });
  await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: `globalThis.__scripts = ${JSON.stringify(scripts)}; 0` });
  return executionContextId;
}

/** Evaluates one script as the extension injects one, timing it in the page. */
export async function runScript(cdp: CDPSession, contextId: number, which: 'ours' | 'readability'): Promise<InPageRun> {
  const expression = `(() => {
    const start = performance.now();
    let value;
    try {
      value = (0, eval)(globalThis.__scripts[${JSON.stringify(which)}]);
    } catch (error) {
      return { ms: performance.now() - start, outcome: String(error).slice(0, 80) };
    }
    const ms = performance.now() - start;
    // extract.js answers { ok, reason, message }; Readability alone an article or null.
    const outcome = value === null ? 'no-article' : value.ok === false ? value.reason + (value.message ? ': ' + value.message.slice(0, 60) : '') : 'ok';
    return { ms, outcome };
  })()`;
  const reply = await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true });
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
  return reply.result.value as InPageRun;
}
