/**
 * Moving the library out: JSON (lossless, re-importable, highlights included), Markdown in a zip (highlights and
 * notes marked), one standalone HTML page.
 * `exportLibrary` reads the records in batches and turns each into its part of the file at once, so the whole
 * library is never held as objects, and the file is a Blob built from those parts (no 80 MB string is ever
 * concatenated). The pure `libraryTo*` functions build the same files from records in memory.
 */
import type { Highlight } from '../highlights/types';
import { openLibrary } from './db';
import { startDeflater } from './deflater';
import { groupByArticle, withoutHighlightFields } from './highlight-fields';
import { MarkdownZip } from './markdown-zip';
import type { SavedArticle } from './schema';
import { trustedArticleHtml } from './sanitized-html';
import { isSavedArticle } from './validate';

export { frontMatterOf, libraryToMarkdownZip, markdownFileName, recordToMarkdown } from './markdown-zip';

export const EXPORT_FORMAT = 'clearpress-library';
/**
 * Bump when a record's shape changes, and teach `import.ts` to read the older version. 2: `highlights` after the
 * records (version 1 had none).
 */
export const EXPORT_VERSION = 2;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Without `highlightCount` and `highlightsVersion`: the import works them out from `highlights`. */
  records: SavedArticle[];
  highlights: Highlight[];
}

/** How many records one read returns: large enough to amortize a transaction, small enough to stay responsive. */
const BATCH = 250;

/**
 * Calls `take` with every readable record (all, or those named) and its highlights, batch by batch, in key
 * order; returns how many damaged records were left out. Each batch is one short read transaction; the page gets
 * a turn in between.
 */
export async function forEachRecordToExport(
  ids: readonly string[] | undefined,
  take: (record: SavedArticle, highlights: readonly Highlight[]) => void,
): Promise<{ count: number; skipped: number }> {
  const db = await openLibrary();
  let count = 0;
  let skipped = 0;
  const handle = (batch: unknown[], highlights: Map<string, Highlight[]>) => {
    for (const value of batch) {
      if (value === undefined) continue;
      if (isSavedArticle(value)) {
        take(value, highlights.get(value.id) ?? []);
        count++;
      } else skipped++;
    }
  };
  if (ids) {
    for (let start = 0; start < ids.length; start += BATCH) {
      const tx = db.transaction(['articles', 'highlights']);
      const named = ids.slice(start, start + BATCH);
      const byId = tx.objectStore('highlights').index('articleId');
      const [records, highlights] = await Promise.all([Promise.all(named.map((id) => tx.objectStore('articles').get(id))), Promise.all(named.map((id) => byId.getAll(id)))]);
      handle(records, groupByArticle(highlights.flat()));
      await yieldToPage();
    }
  } else {
    for (let after: IDBValidKey | null = null; ; ) {
      const batch: unknown[] = await db.getAll('articles', after === null ? null : IDBKeyRange.lowerBound(after, true), BATCH);
      if (batch.length === 0) break;
      const last = (batch[batch.length - 1] as { id: string }).id;
      // Records come in id order, so their highlights are those between the batch's first and last id.
      handle(batch, groupByArticle(await db.getAllFromIndex('highlights', 'articleId', IDBKeyRange.bound((batch[0] as { id: string }).id, last))));
      after = last;
      await yieldToPage();
    }
  }
  return { count, skipped };
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The records to export, newest first: every one, or those named. Damaged records are left out and counted. */
export async function readRecordsForExport(ids?: readonly string[]): Promise<{ records: SavedArticle[]; skipped: number }> {
  const records: SavedArticle[] = [];
  const { skipped } = await forEachRecordToExport(ids, (record) => records.push(record));
  return { records: records.sort(newestFirst), skipped };
}

const newestFirst = (a: { savedAt: string }, b: { savedAt: string }): number => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);

/** Parts of a file, each tagged with its record's savedAt so they can be put newest first at the end. */
type DatedPart = { savedAt: string; part: string; highlights: string[] };
const inOrder = (parts: DatedPart[]): DatedPart[] => parts.sort(newestFirst);

export type ExportKind = 'json' | 'markdown' | 'html';

export interface ExportedFile {
  blob: Blob;
  count: number;
  skipped: number;
}

const MIME: Record<ExportKind, string> = { json: 'application/json', markdown: 'application/zip', html: 'text/html' };

/** The export file of every record (or those named), read and converted batch by batch. */
export async function exportLibrary(kind: ExportKind, ids?: readonly string[], { now = new Date(), view }: { now?: Date; view?: Window & typeof globalThis } = {}): Promise<ExportedFile> {
  if (kind === 'markdown') {
    const deflater = await startDeflater();
    try {
      const zip = new MarkdownZip(deflater);
      const { count, skipped } = await forEachRecordToExport(ids, (record, highlights) => zip.add(record, highlights));
      return { blob: new Blob(await zip.finish(), { type: MIME.markdown }), count, skipped };
    } finally {
      deflater.close();
    }
  }
  const parts: DatedPart[] = [];
  const toPart =
    kind === 'json'
      ? (record: SavedArticle, highlights: readonly Highlight[]) => jsonPart(record, highlights)
      : (record: SavedArticle) => ({ savedAt: record.savedAt, part: articleSection(record, view), highlights: [] });
  const { count, skipped } = await forEachRecordToExport(ids, (record, highlights) => parts.push(toPart(record, highlights)));
  const body = kind === 'json' ? jsonFileParts(inOrder(parts), now) : htmlFileParts(inOrder(parts).map((entry) => entry.part));
  return { blob: new Blob(body, { type: MIME[kind] }), count, skipped };
}

const jsonPart = (record: SavedArticle, highlights: readonly Highlight[]): DatedPart => ({
  savedAt: record.savedAt,
  part: JSON.stringify(withoutHighlightFields(record)),
  highlights: highlights.map((highlight) => JSON.stringify(highlight)),
});

/**
 * The JSON file around records and highlights already stringified: the same bytes as `JSON.stringify` of the
 * whole export. The highlights follow in the order of their articles.
 */
function jsonFileParts(records: readonly DatedPart[], now: Date): string[] {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), records: [] }).slice(0, -2);
  const parts = [head];
  records.forEach((record, i) => parts.push(i === 0 ? record.part : `,${record.part}`));
  parts.push('],"highlights":[');
  let first = true;
  for (const { highlights } of records) {
    for (const highlight of highlights) {
      parts.push(first ? highlight : `,${highlight}`);
      first = false;
    }
  }
  parts.push(']}');
  return parts;
}

/** The JSON export of `records` and their `highlights` (the same file `exportLibrary` writes for them). */
export function libraryToJson(records: readonly SavedArticle[], now = new Date(), highlights: readonly Highlight[] = []): string {
  const grouped = groupByArticle(highlights);
  return jsonFileParts(records.map((record) => jsonPart(record, grouped.get(record.id) ?? [])), now).join('');
}

// No script can run in the exported page even if a browser disagreed with our sanitizer.
const EXPORT_CSP = "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'";
const EXPORT_STYLE =
  'body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}article{border-bottom:1px solid #ccc;padding-bottom:2em;margin-bottom:2em}.meta{color:#666;font-size:.85em}img{max-width:100%;height:auto}';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value: nothing in it can open a tag or leave the attribute. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
const isWebUrl = (url: string | null): url is string => url !== null && /^https?:/i.test(url);
/** BCP 47 tags only, so a damaged record's `lang` cannot break out of its attribute. */
const langAttribute = (lang: string | null): string => (lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? ` lang="${lang}"` : '');

/**
 * One article of the HTML export. Every field is escaped text, except the body: the sanitizer's output, taken as
 * stored when its mark says it is exactly that (sanitized-html.ts), else sanitized now. Every article numbers
 * its sources from 1, so anchors get a per-article prefix (`position` is filled in when the order is known).
 */
function articleSection(record: SavedArticle, view?: Window & typeof globalThis): string {
  const { article } = record;
  const out: string[] = [`<article${langAttribute(article.lang)}>`, `<h2>${escapeHtml(article.headline)}</h2>`];
  if (article.subtitle) out.push(`<p class="meta">${escapeHtml(article.subtitle)}</p>`);
  const line = [article.byline, article.siteName, article.publishedTime?.slice(0, 10), `saved ${record.savedAt.slice(0, 10)}`].filter(Boolean).join(' · ');
  out.push(`<p class="meta">${escapeHtml(line)}</p>`);
  if (isWebUrl(article.url)) out.push(`<a class="meta" href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>`);
  if (article.summary) out.push(`<p>${escapeHtml(article.summary)}</p>`);
  // Serialized HTML never holds a raw "<" outside a tag, so every "<a " here starts a real link.
  const body = trustedArticleHtml(article.contentHtml, record.htmlMark, view).replace(/(<a\s[^<>]*?href=")#source-/g, `$1#${ANCHOR_PREFIX}source-`);
  out.push(`<div>${body}</div>`);
  if (article.sources.length > 0) {
    out.push('<h3>Sources</h3><ol>');
    for (const source of article.sources) {
      const label = source.missing ? 'Not found on this page' : escapeHtml(source.title ?? (isWebUrl(source.url) ? source.url : 'Unlisted source'));
      out.push(`<li id="${ANCHOR_PREFIX}source-${escapeHtml(source.id)}">${isWebUrl(source.url) && !source.missing ? `<a href="${escapeHtml(source.url)}">${label}</a>` : label}</li>`);
    }
    out.push('</ol>');
  }
  out.push('</article>');
  return out.join('');
}

/** Stands for the article's position in the file until the order is known; never produced by escaping. */
const ANCHOR_PREFIX = '\u0000A-';

function htmlFileParts(sections: string[]): string[] {
  const title = `Clearpress library: ${sections.length} ${sections.length === 1 ? 'article' : 'articles'}`;
  const parts = [
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}"><title>Clearpress library</title><style>${EXPORT_STYLE}</style></head><body><h1>${escapeHtml(title)}</h1>`,
  ];
  sections.forEach((section, i) => parts.push(section.replaceAll(ANCHOR_PREFIX, `a${i + 1}-`)));
  parts.push('</body></html>\n');
  return parts;
}

/** The articles as one standalone HTML page (the same as the HTML `exportLibrary` writes). */
export function libraryToHtml(records: readonly SavedArticle[], view?: Window & typeof globalThis): string {
  return htmlFileParts(records.map((record) => articleSection(record, view))).join('');
}
