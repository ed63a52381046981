/** Reading the benchmark corpora from ../shared/corpus (never copied into the project). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DEFAULT_ZYTE_CORPUS = resolve(import.meta.dirname, '../../shared/corpus/zyte');

export interface ZytePage {
  id: string;
  url: string;
  truth: string;
  file: string;
}

/** Reads a page; `.gz` files are unpacked. The corpus pages are UTF-8. */
export function readHtml(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function isZyteCorpus(dir: string): boolean {
  return existsSync(join(dir, 'ground-truth.json'));
}

/** The Zyte benchmark: `html/<id>.html.gz` and `ground-truth.json` `{ id: { articleBody, url } }`, sorted by id. */
export function loadZyteCorpus(dir: string): ZytePage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, url: truth[id]!.url ?? '', truth: truth[id]!.articleBody ?? '', file: join(dir, 'html', `${id}.html.gz`) }))
    .filter((page) => existsSync(page.file));
}

export interface ReadabilityTestPage {
  id: string;
  dir: string;
}

/** Readability's regression pages: one folder per page with source.html, expected.html, expected-metadata.json. */
export function loadReadabilityTestPages(dir: string): ReadabilityTestPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => ({ id: entry.name, dir: join(dir, entry.name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
