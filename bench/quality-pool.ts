/**
 * Runs the quality bench's pages on worker threads (jsdom is single-threaded and most of the run), and keeps
 * Readability's texts between runs: they change only with Readability or jsdom, while our pipeline changes
 * with every rule, so a second run extracts with our pipeline only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusPage } from './corpus';
import type { PageQuality } from './page-quality';
import type { PageAnswer, PageJob, ReadabilityTexts } from './quality-worker';

export interface PageRun {
  page: CorpusPage;
  quality: PageQuality;
  readability: ReadabilityTexts;
  texts: PageAnswer['texts'];
}

export interface PoolOptions {
  jobs: number;
  /** The cache file's name: one per corpus. */
  cacheName: string;
  cache: boolean;
  withTexts: boolean;
}

const require = createRequire(import.meta.url);
const CACHE_DIR = join(import.meta.dirname, '../node_modules/.cache/clearpress-bench');

/** What Readability's output depends on besides the page: its version, the DOM's, and how the CLI prepares a page. */
function readabilityVersion(): string {
  const version = (name: string): string => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  const preparation = createHash('sha1');
  for (const file of ['../cli/dom.ts', '../cli/streamed-content.ts']) preparation.update(readFileSync(new URL(file, import.meta.url)));
  return `readability-${version('@mozilla/readability')}-jsdom-${version('jsdom')}-page-${preparation.digest('hex').slice(0, 8)}`;
}

/**
 * A worker running the TypeScript worker module: on Node 20 a worker does not inherit tsx's loader, so it
 * registers it first (tsx's documented `register()` API).
 */
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./quality-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

type Cache = Record<string, { key: string } & ReadabilityTexts>;

const pageKey = (page: CorpusPage): string => createHash('sha1').update(readFileSync(page.file)).update(page.url).digest('hex');

export async function runPages(pages: readonly CorpusPage[], options: PoolOptions): Promise<PageRun[]> {
  const cacheFile = join(CACHE_DIR, `${options.cacheName}-${readabilityVersion()}.json`);
  const cache: Cache = options.cache && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache) : {};
  const keys = pages.map(pageKey);
  const results: PageRun[] = new Array(pages.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(options.jobs, pages.length) }, () => startWorker());
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= pages.length) return resolve();
              const i = next++;
              const page = pages[i]!;
              const cached = cache[page.id];
              const job: PageJob = { page, cachedReadability: cached && cached.key === keys[i] ? { text: cached.text, prose: cached.prose } : null, withTexts: options.withTexts };
              worker.once('message', (answer: PageAnswer) => {
                results[i] = { page, quality: answer.quality, readability: answer.readability, texts: answer.texts };
                cache[page.id] = { key: keys[i]!, ...answer.readability };
                done++;
                if (process.stderr.isTTY) process.stderr.write(`\r${options.cacheName} ${done}/${pages.length}`);
                send();
              });
              worker.postMessage(job);
            };
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  }
  if (options.cache) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return results;
}
