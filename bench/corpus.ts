/** Reading the benchmark corpora from ../shared/corpus (never copied into the project). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SHARED_CORPORA = resolve(import.meta.dirname, '../../shared/corpus');
export const DEFAULT_ZYTE_CORPUS = join(SHARED_CORPORA, 'zyte');
/** The article corpora `bench:quality` scores by default: the pages the cleanup was shaped on, and pages it never saw. */
export const DEFAULT_ARTICLE_CORPORA = [DEFAULT_ZYTE_CORPUS, join(SHARED_CORPORA, 'wcxb-dev')];

/** One page of an article corpus, with its truth. */
export interface CorpusPage {
  id: string;
  url: string;
  truth: string;
  file: string;
  /** WCXB's snippets a correct extraction must (`with`) and must not (`without`) contain. */
  with?: string[];
  without?: string[];
}

/** Reads a page; `.gz` files are unpacked. The corpus pages are UTF-8. */
export function readHtml(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** A corpus of article pages with a scored truth (Zyte's layout, which WCXB's dev split shares). */
export function isArticleCorpus(dir: string): boolean {
  return existsSync(join(dir, 'ground-truth.json'));
}

interface TruthEntry {
  articleBody?: string;
  url?: string;
  with?: string[];
  without?: string[];
}

/** An article corpus: `html/<id>.html.gz` and `ground-truth.json` `{ id: { articleBody, url, with?, without? } }`, sorted by id. */
export function loadArticleCorpus(dir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
  return Object.keys(truth)
    .sort()
    .map((id): CorpusPage => {
      const entry = truth[id]!;
      const page: CorpusPage = { id, url: entry.url ?? '', truth: entry.articleBody ?? '', file: join(dir, 'html', `${id}.html.gz`) };
      if (entry.with) page.with = entry.with;
      if (entry.without) page.without = entry.without;
      return page;
    })
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
