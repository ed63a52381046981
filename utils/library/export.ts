/**
 * Moving the library out: JSON (lossless, re-importable, highlights and kept pictures included), Markdown in a zip
 * (highlights and notes marked, pictures as files beside each article), one standalone HTML page (pictures inlined).
 * `exportLibrary` reads the records in batches and turns each into its part of the file at once, so the whole
 * library is never held as objects, and the file is a Blob built from those parts (no 80 MB string is ever
 * concatenated). Pictures are read as Blobs with their batch and turned into their part of the file one at a
 * time, each part a Blob again. The pure `libraryTo*` functions build the same files from records in memory.
 */
import type { Highlight } from '../highlights/types';
import { openLibrary } from './db';
import { startDeflater } from './deflater';
import { groupByArticle, withoutHighlightFields } from './highlight-fields';
import { MarkdownZip } from './markdown-zip';
import { replacePictureAddresses } from './picture-addresses';
import { pictureDataUrl, pictureJson, type ExportedPicture } from './picture-export';
import { withPictureFields } from './pictures';
import type { SavedArticle, StoredPicture } from './schema';
import { trustedArticleHtml } from './sanitized-html';
import { isSavedArticle, isStoredPicture, readableByArticle } from './validate';

export { frontMatterOf, libraryToMarkdownZip, markdownFileName, recordToMarkdown } from './markdown-zip';

export const EXPORT_FORMAT = 'clearpress-library';
/**
 * Bump when a record's shape changes, and teach `import.ts` to read the older version. 2: `highlights` after the
 * records (version 1 had none). 3: `pictures` after the highlights (versions 1 and 2 had none).
 */
export const EXPORT_VERSION = 3;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Without highlight and picture fields: the import works them out from `highlights` and `pictures`. */
  records: SavedArticle[];
  highlights: Highlight[];
  /** In the order of their articles; see picture-export.ts. */
  pictures: ExportedPicture[];
}

/** What an export reads with each record. */
export type RecordTaker = (record: SavedArticle, highlights: readonly Highlight[], pictures: readonly StoredPicture[]) => void | Promise<void>;

/** How many records one read returns: large enough to amortize a transaction, small enough to stay responsive. */
const BATCH = 250;

/**
 * Calls `take` with every readable record (all, or those named), its highlights and (when asked) its kept
 * pictures, batch by batch, in key order; returns how many damaged records were left out. Each batch is one short
 * read transaction; the page gets a turn in between. Pictures come as Blobs, which the browser keeps out of the
 * page's memory until their bytes are read: the batch's records are taken together (their pictures read in
 * parallel, which Chromium serves several times faster than one by one), and the next batch waits for them.
 */
export async function forEachRecordToExport(ids: readonly string[] | undefined, take: RecordTaker, { pictures = false }: { pictures?: boolean } = {}): Promise<{ count: number; skipped: number }> {
  const db = await openLibrary();
  let count = 0;
  let skipped = 0;
  const handle = async (batch: unknown[], highlights: Map<string, Highlight[]>, picturesOf: Map<string, StoredPicture[]>) => {
    const taking: Array<void | Promise<void>> = [];
    for (const value of batch) {
      if (value === undefined) continue;
      if (isSavedArticle(value)) {
        taking.push(take(value, highlights.get(value.id) ?? [], picturesOf.get(value.id) ?? []));
        count++;
      } else skipped++;
    }
    await Promise.all(taking);
  };
  // Only records that say they have pictures cost a read of the pictures store.
  const withPictures = (batch: unknown[]) => pictures && batch.some((value) => (value as { pictureCount?: unknown } | undefined)?.pictureCount);
  if (ids) {
    for (let start = 0; start < ids.length; start += BATCH) {
      const tx = db.transaction(['articles', 'highlights', 'pictures']);
      const named = ids.slice(start, start + BATCH);
      const byId = tx.objectStore('highlights').index('articleId');
      const [records, highlights] = await Promise.all([Promise.all(named.map((id) => tx.objectStore('articles').get(id))), Promise.all(named.map((id) => byId.getAll(id)))]);
      const picturesById = tx.objectStore('pictures').index('articleId');
      const found = withPictures(records) ? await Promise.all(named.map((id) => picturesById.getAll(id))) : [];
      await handle(records, groupByArticle(highlights.flat()), picturesByArticle(found.flat()));
      await yieldToPage();
    }
  } else {
    for (let after: IDBValidKey | null = null; ; ) {
      const batch: unknown[] = await db.getAll('articles', after === null ? null : IDBKeyRange.lowerBound(after, true), BATCH);
      if (batch.length === 0) break;
      // Records come in id order, so their highlights and pictures are those between the batch's first and last id.
      const range = IDBKeyRange.bound((batch[0] as { id: string }).id, (batch[batch.length - 1] as { id: string }).id);
      const [highlights, found] = await Promise.all([db.getAllFromIndex('highlights', 'articleId', range), withPictures(batch) ? db.getAllFromIndex('pictures', 'articleId', range) : []]);
      await handle(batch, groupByArticle(highlights), picturesByArticle(found));
      after = (batch[batch.length - 1] as { id: string }).id;
      await yieldToPage();
    }
  }
  return { count, skipped };
}

/** Each article's readable pictures, in the order stored (by address); damaged ones are left out. */
const picturesByArticle = (found: readonly unknown[]): Map<string, StoredPicture[]> => readableByArticle(found, isStoredPicture);

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The records to export, newest first: every one, or those named. Damaged records are left out and counted. */
export async function readRecordsForExport(ids?: readonly string[]): Promise<{ records: SavedArticle[]; skipped: number }> {
  const records: SavedArticle[] = [];
  const { skipped } = await forEachRecordToExport(ids, (record) => void records.push(record));
  return { records: records.sort(newestFirst), skipped };
}

const newestFirst = (a: { savedAt: string }, b: { savedAt: string }): number => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);

/**
 * Parts of a file, each tagged with its record's savedAt so they can be put newest first at the end. `pictures`:
 * the record's pictures as the file needs them (JSON entries, or data: URLs), already Blobs.
 */
type DatedPart = { savedAt: string; part: string; highlights: string[]; pictures: Blob[] };
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
      const { count, skipped } = await forEachRecordToExport(ids, (record, highlights, pictures) => zip.add(record, highlights, pictures), { pictures: true });
      return { blob: new Blob(await zip.finish(), { type: MIME.markdown }), count, skipped };
    } finally {
      deflater.close();
    }
  }
  // In the order read, whenever each is ready.
  const pending: Array<Promise<DatedPart>> = [];
  const toPart = kind === 'json' ? jsonPartWithPictures : (record: SavedArticle, _highlights: unknown, pictures: readonly StoredPicture[]) => htmlPart(record, pictures, view);
  const { count, skipped } = await forEachRecordToExport(
    ids,
    (record, highlights, pictures) => {
      const part = toPart(record, highlights, pictures);
      pending.push(part);
      return part.then(() => undefined);
    },
    { pictures: true },
  );
  const parts = await Promise.all(pending);
  const body = kind === 'json' ? jsonFileParts(inOrder(parts), now) : htmlFileParts(inOrder(parts));
  return { blob: new Blob(body, { type: MIME[kind] }), count, skipped };
}

/** The record as the JSON file holds it: its highlight and picture fields are worked out again on import. */
const jsonPart = (record: SavedArticle, highlights: readonly Highlight[]): DatedPart => ({
  savedAt: record.savedAt,
  part: JSON.stringify(withPictureFields(withoutHighlightFields(record), [])),
  highlights: highlights.map((highlight) => JSON.stringify(highlight)),
  pictures: [],
});

/** The record's part with its pictures, read and encoded together and kept as a Blob. */
async function jsonPartWithPictures(record: SavedArticle, highlights: readonly Highlight[], pictures: readonly StoredPicture[]): Promise<DatedPart> {
  const part = jsonPart(record, highlights);
  // One Blob for the record's pictures: each Blob made costs the browser a round trip, whatever its size.
  if (pictures.length > 0) part.pictures.push(new Blob([(await Promise.all(pictures.map(pictureJson))).join(',')]));
  return part;
}

/** Each of `items` after the first with a comma before it, as JSON lists them. */
function pushListed<T extends string | Blob>(parts: Array<string | Blob>, items: Iterable<T>, first: { value: boolean }): void {
  for (const item of items) {
    if (!first.value) parts.push(',');
    parts.push(item);
    first.value = false;
  }
}

/**
 * The JSON file around records, highlights and pictures already stringified: the same bytes as `JSON.stringify`
 * of the whole export. The highlights and pictures follow in the order of their articles.
 */
function jsonFileParts(records: readonly DatedPart[], now: Date): Array<string | Blob> {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), records: [] }).slice(0, -2);
  const parts: Array<string | Blob> = [head];
  pushListed(parts, records.map((record) => record.part), { value: true });
  parts.push('],"highlights":[');
  const firstHighlight = { value: true };
  for (const { highlights } of records) pushListed(parts, highlights, firstHighlight);
  parts.push('],"pictures":[');
  const firstPicture = { value: true };
  for (const { pictures } of records) pushListed(parts, pictures, firstPicture);
  parts.push(']}');
  return parts;
}

/** The JSON export of `records` and their `highlights`, without pictures (the same file `exportLibrary` writes for them). */
export function libraryToJson(records: readonly SavedArticle[], now = new Date(), highlights: readonly Highlight[] = []): string {
  const grouped = groupByArticle(highlights);
  return jsonFileParts(records.map((record) => jsonPart(record, grouped.get(record.id) ?? [])), now).join('');
}

// No script can run in the exported page even if a browser disagreed with our sanitizer.
const EXPORT_CSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'";
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
 * `pictureAddress` gives the address to show a kept picture from, if any.
 */
function articleSection(record: SavedArticle, view?: Window & typeof globalThis, pictureAddress?: (url: string) => string | undefined): string {
  const { article } = record;
  const out: string[] = [`<article${langAttribute(article.lang)}>`, `<h2>${escapeHtml(article.headline)}</h2>`];
  if (article.subtitle) out.push(`<p class="meta">${escapeHtml(article.subtitle)}</p>`);
  const line = [article.byline, article.siteName, article.publishedTime?.slice(0, 10), `saved ${record.savedAt.slice(0, 10)}`].filter(Boolean).join(' · ');
  out.push(`<p class="meta">${escapeHtml(line)}</p>`);
  if (isWebUrl(article.url)) out.push(`<a class="meta" href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>`);
  if (article.summary) out.push(`<p>${escapeHtml(article.summary)}</p>`);
  // Serialized HTML never holds a raw "<" outside a tag, so every "<a " here starts a real link.
  const trusted = trustedArticleHtml(article.contentHtml, record.htmlMark, view);
  const body = (pictureAddress ? replacePictureAddresses(trusted, pictureAddress) : trusted).replace(/(<a\s[^<>]*?href=")#source-/g, `$1#${ANCHOR_PREFIX}source-`);
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
/** `\u0000P3\u0000` stands for the data: URL of the section's fourth picture, a Blob put in its place at the end. */
const pictureMark = (n: number): string => `\u0000P${n}\u0000`;
const PICTURE_MARK = /\u0000P(\d+)\u0000/;

/** The article's section, its kept pictures standing in as marks for their data: URLs. */
async function htmlPart(record: SavedArticle, pictures: readonly StoredPicture[], view?: Window & typeof globalThis): Promise<DatedPart> {
  const marks = new Map(pictures.map((picture, i) => [picture.url, pictureMark(i)]));
  const part = articleSection(record, view, marks.size > 0 ? (url) => marks.get(url) : undefined);
  return { savedAt: record.savedAt, part, highlights: [], pictures: await Promise.all(pictures.map(pictureDataUrl)) };
}

function htmlFileParts(sections: readonly Pick<DatedPart, 'part' | 'pictures'>[]): Array<string | Blob> {
  const title = `Clearpress library: ${sections.length} ${sections.length === 1 ? 'article' : 'articles'}`;
  const parts: Array<string | Blob> = [
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}"><title>Clearpress library</title><style>${EXPORT_STYLE}</style></head><body><h1>${escapeHtml(title)}</h1>`,
  ];
  sections.forEach(({ part, pictures }, i) => {
    // split() with a capturing group: text, picture number, text, picture number, ..., text.
    part
      .replaceAll(ANCHOR_PREFIX, `a${i + 1}-`)
      .split(PICTURE_MARK)
      .forEach((piece, j) => parts.push(j % 2 === 0 ? piece : (pictures[Number(piece)] ?? '')));
  });
  parts.push('</body></html>\n');
  return parts;
}

/** The articles as one standalone HTML page, without pictures kept (the same as the HTML `exportLibrary` writes for them). */
export function libraryToHtml(records: readonly SavedArticle[], view?: Window & typeof globalThis): string {
  return htmlFileParts(records.map((record) => ({ part: articleSection(record, view), pictures: [] }))).join('');
}
