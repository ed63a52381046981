/**
 * The highlight figures of bench/library.ts: 4 highlights per article (20,000 at 5,000 articles), the Highlights
 * view's first screen (newest 50, and 50 of one colour) and a search for a word only in notes. In Node the data
 * layer runs on fake-indexeddb; in Chromium it runs inside the library page of the production build, on the
 * page's own database, bundled with esbuild and evaluated there: the page has no Highlights view yet.
 */
import type { Highlight } from '../utils/highlights/types';
import { openLibrary } from '../utils/library/db';
import { listHighlightTags, listRecentHighlights, restoreHighlights } from '../utils/library/highlights';
import { NOTE_ONLY_WORD, sampleHighlights } from '../utils/library/sample-highlights';
import type { SavedArticle } from '../utils/library/schema';
import type { LibrarySearchIndex } from '../utils/library/search';
import { bundleForPage } from './page-bundle';

export const HIGHLIGHT_TARGETS = { firstScreen: 300, keystroke: 50 };
export const HIGHLIGHTS_SHOWN = 50;
/** The colour and the tag the filtered figures ask for: a quarter of the highlights, and a twentieth. */
export const FILTER_COLOR = 'green';
export const FILTER_TAG = 'Quote';

/** Each record's sample highlights, the same every run. */
export function highlightsOf(records: readonly SavedArticle[]): Highlight[] {
  return records.flatMap((record, n) => sampleHighlights(n, record.id, record.article.contentHtml, record.savedAt));
}

/** Writes the sample highlights one transaction per article, as a reader adds them; returns how many went in. */
export async function addSampleHighlights(records: readonly SavedArticle[]): Promise<number> {
  let added = 0;
  for (const [n, record] of records.entries()) {
    const result = await restoreHighlights(sampleHighlights(n, record.id, record.article.contentHtml, record.savedAt));
    if (!result.ok) throw new Error(result.message);
    added += result.count;
  }
  return added;
}

/** Every stored highlight, for the exports built from records in memory. */
export async function allHighlights(): Promise<Highlight[]> {
  return (await openLibrary()).getAll('highlights');
}

/** The reads the Highlights view makes, each timed: what Node measures and the page evaluates. */
export async function timeHighlightReads(): Promise<{ recent: number; filtered: number; tagged: number; tags: number; shown: number; total: number; filteredTotal: number; taggedTotal: number }> {
  let start = performance.now();
  const recent = await listRecentHighlights({ limit: HIGHLIGHTS_SHOWN });
  const recentMs = performance.now() - start;
  start = performance.now();
  const filtered = await listRecentHighlights({ limit: HIGHLIGHTS_SHOWN, color: FILTER_COLOR });
  const filteredMs = performance.now() - start;
  start = performance.now();
  const tagged = await listRecentHighlights({ limit: HIGHLIGHTS_SHOWN, tag: FILTER_TAG });
  const taggedMs = performance.now() - start;
  start = performance.now();
  await listHighlightTags();
  const tagsMs = performance.now() - start;
  return { recent: recentMs, filtered: filteredMs, tagged: taggedMs, tags: tagsMs, shown: recent.entries.length, total: recent.total, filteredTotal: filtered.total, taggedTotal: tagged.total };
}

/** Keystroke latencies of typing the notes-only word into `index`, one prefix per keystroke, and how many it finds. */
export function typeNoteWord(index: LibrarySearchIndex): { latencies: number[]; found: number } {
  const latencies: number[] = [];
  let found = 0;
  for (let i = 1; i <= NOTE_ONLY_WORD.length; i++) {
    const start = performance.now();
    found = index.search(NOTE_ONLY_WORD.slice(0, i)).length;
    latencies.push(performance.now() - start);
  }
  return { latencies, found };
}

/** The data layer's read functions as one script for the library page: `globalThis.clearpressBench.reads()`. */
export function inPageScript(): Promise<string> {
  return bundleForPage("import { timeHighlightReads } from './bench/library-highlights'; globalThis.clearpressBench = { reads: timeHighlightReads };");
}
