/**
 * Moving a library back in from its JSON export. The whole file is checked before anything is written; then
 * every record goes in, merged by canonical URL, with its highlights and pictures, in one transaction: all of it
 * or none of it.
 */
import type { Article } from '../extract/types';
import type { Highlight } from '../highlights/types';
import { canonicalizeUrl } from './canonical-url';
import { formatNumber, t } from '../i18n';
import { announceChange, refusal, writeInOneTransaction, type Failure } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { HIGHLIGHT_STORES, readArticleHighlights, type HighlightWriteTx, refreshHighlightFields, replacesStored, withHighlightFields, withoutHighlightFields } from './highlight-fields';
import { MAX_IMPORT_BYTES, readExportedPictures } from './import-pictures';
import { withPictureFields } from './pictures';
import { normalizeTags } from './records';
import { sanitizeAndMark } from './sanitized-html';
import { cardOf, type SavedArticle, type StoredPicture } from './schema';
import { isHighlight, isSavedArticle, problemsOfHighlight, problemsOfSavedArticle } from './validate';

export type ParseResult = { ok: true; records: SavedArticle[]; highlights: Highlight[]; pictures: StoredPicture[] } | Failure;
export type ImportResult = { ok: true; added: number; merged: number; unchanged: number } | Failure;

const MAX_LISTED_PROBLEMS = 5;

/** A file that cannot be imported: why, and that nothing was. */
const refused = (why: string): Failure => ({ ok: false, message: `${why} ${t('library.failure.nothingImported')}` });

/** Reads and checks an export file; nothing is written. */
export function parseLibraryExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refused(t('library.import.notJson', [(error as Error).message]));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refused(t('library.import.notAnExport'));
  }
  const { version, records, highlights, pictures } = data as { version?: unknown; records?: unknown; highlights?: unknown; pictures?: unknown };
  // Version 1 came before highlights, version 2 before pictures: each is read as a file with none.
  if (version !== EXPORT_VERSION && version !== 1 && version !== 2) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return refused(newer ? t('library.import.newerVersion', [String(version), String(EXPORT_VERSION)]) : t('library.import.unknownVersion', [JSON.stringify(version ?? null), String(EXPORT_VERSION)]));
  }
  if (!Array.isArray(records)) return refused(t('library.import.noRecords'));
  if (version !== 1 && !Array.isArray(highlights)) return refused(t('library.import.noHighlights'));
  if (version === EXPORT_VERSION && !Array.isArray(pictures)) return refused(t('library.import.noPictures'));
  const problems: string[] = [];
  const recordPath = (i: number) => t('library.import.record', [String(i + 1)]);
  records.forEach((record, i) => problems.push(...problemsOfSavedArticle(record, recordPath(i))));
  records.forEach((record, i) => {
    if (isSavedArticle(record) && !isImportableKey(record.canonicalUrl)) problems.push(t('library.problem.notWebAddress', [recordPath(i)]));
  });
  const recordIds = new Set(records.filter(isSavedArticle).map((record) => record.id));
  const listed: unknown[] = Array.isArray(highlights) && version !== 1 ? highlights : [];
  listed.forEach((highlight, i) => problems.push(...problemsOfHighlight(highlight, t('library.import.highlight', [String(i + 1)]), recordIds)));
  const kept = readExportedPictures(version === EXPORT_VERSION ? (pictures as unknown[]) : [], recordIds);
  problems.push(...kept.problems);
  if (problems.length > 0) {
    const listedProblems = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
    const more = problems.length - MAX_LISTED_PROBLEMS;
    return refused(more > 0 ? t('library.import.damagedAndMore', more, [formatNumber(more), listedProblems]) : t('library.import.damaged', [listedProblems]));
  }
  return { ok: true, records: records as SavedArticle[], highlights: listed as Highlight[], pictures: kept.pictures };
}

function isImportableKey(key: string): boolean {
  return /^https?:\/\//i.test(key) || key.startsWith('urn:clearpress:');
}

const webUrlOrNull = (url: string | null): string | null => (url && /^https?:\/\//i.test(url.trim()) ? url : null);

/** Never trust stored HTML: the body is sanitized again, and links that are not web addresses are dropped. */
export function sanitizeImportedRecord(record: SavedArticle, view?: Window & typeof globalThis): SavedArticle {
  const { html, mark } = sanitizeAndMark(record.article.contentHtml, view);
  const article: Article = {
    ...record.article,
    url: webUrlOrNull(record.article.url),
    ...('canonicalUrl' in record.article ? { canonicalUrl: webUrlOrNull(record.article.canonicalUrl ?? null) } : {}),
    contentHtml: html,
    sources: record.article.sources.map((source) => ({ ...source, url: webUrlOrNull(source.url) })),
  };
  // The file's own htmlMark is replaced: a mark is only ever trusted when this extension computed it, and so are
  // the highlight and picture fields, which the import works out from the highlights and pictures it writes.
  return { ...withPictureFields(withoutHighlightFields(record), []), canonicalUrl: canonicalizeUrl(record.canonicalUrl), tags: normalizeTags(record.tags), article, htmlMark: mark };
}

/** Two records of one article: the earliest save, every tag, and the rest from the one changed last. */
function mergeRecords(kept: SavedArticle, incoming: SavedArticle): SavedArticle {
  const newer = incoming.updatedAt > kept.updatedAt ? incoming : kept;
  return {
    ...newer,
    id: kept.id,
    canonicalUrl: kept.canonicalUrl,
    savedAt: kept.savedAt < incoming.savedAt ? kept.savedAt : incoming.savedAt,
    tags: normalizeTags([...kept.tags, ...incoming.tags]),
  };
}

/** Whether a record is as it was, its highlight fields compared by value wherever they stand. */
const sameRecord = (a: SavedArticle, b: SavedArticle): boolean =>
  a.highlightCount === b.highlightCount && a.highlightsVersion === b.highlightsVersion && JSON.stringify(withoutHighlightFields(a)) === JSON.stringify(withoutHighlightFields(b));

/** Where one record of the library is going: what was stored under its canonical URL (if anything), and what will be. */
interface Destination {
  stored: SavedArticle | null;
  next: SavedArticle;
  /** How many records of the file go into it. */
  from: number;
}

/** Reads, checks, sanitizes and writes an export file, refusing one too large to read. */
export async function importLibraryFile(file: Blob, view?: Window & typeof globalThis): Promise<ImportResult> {
  const megabytes = (bytes: number) => formatNumber(Math.ceil(bytes / 1_000_000));
  if (file.size > MAX_IMPORT_BYTES) return refused(t('library.import.tooLarge', [megabytes(file.size), megabytes(MAX_IMPORT_BYTES)]));
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refused(t('library.import.unreadable', [(error as Error).message]));
  }
  return importLibrary(text, view);
}

/** Checks, sanitizes and writes an export file's records, highlights and pictures. */
export async function importLibrary(text: string, view?: Window & typeof globalThis): Promise<ImportResult> {
  const parsed = parseLibraryExport(text);
  if (!parsed.ok) return parsed;
  let records: SavedArticle[];
  try {
    records = parsed.records.map((record) => sanitizeImportedRecord(record, view));
  } catch (error) {
    return { ok: false, message: refusal('library.couldNot.import', (error as Error).message.replace(/\.$/, ''), 'library.failure.nothingImported') };
  }
  const highlights = parsed.highlights.map((highlight) => ({ ...highlight, tags: normalizeTags(highlight.tags) }));
  const result = await writeInOneTransaction([...HIGHLIGHT_STORES, 'pictures'], 'library.couldNot.importLibrary', async (tx) => {
    const articles = tx.objectStore('articles');
    // Requests are queued together and awaited once: the transaction runs them in order, without waiting for a
    // round trip to the database for each record and each highlight.
    const byUrl = articles.index('canonicalUrl');
    const [storedByUrl, idsInUse] = await Promise.all([Promise.all(records.map((record) => byUrl.get(record.canonicalUrl))), Promise.all(records.map((record) => articles.getKey(record.id)))]);
    // First where each record goes (merged by canonical URL into one saved before, or earlier in the file), so
    // its highlights can follow it and each record is written once, with its highlight fields.
    const destinations = new Map<string, Destination>();
    const storedIdOf = new Map<string, string>();
    const idsTaken = new Set<string>();
    records.forEach((incoming, i) => {
      let destination = destinations.get(incoming.canonicalUrl);
      if (destination) {
        destination.next = mergeRecords(destination.next, incoming);
        destination.from++;
      } else {
        const stored = storedByUrl[i] ?? null;
        // An id already used by another article (a file edited by hand) gets a new one.
        const idTaken = !stored && (idsTaken.has(incoming.id) || idsInUse[i] !== undefined);
        destination = { stored, next: stored ? mergeRecords(stored, incoming) : idTaken ? { ...incoming, id: crypto.randomUUID() } : incoming, from: 1 };
        destinations.set(incoming.canonicalUrl, destination);
        idsTaken.add(destination.next.id);
      }
      storedIdOf.set(incoming.id, destination.next.id);
    });
    // Each highlight goes to the record its article went into; of two copies of one, the one changed last stays.
    const latest = new Map<string, Highlight>();
    for (const incoming of highlights) {
      const highlight = { ...incoming, articleId: storedIdOf.get(incoming.articleId) as string };
      if (replacesStored(latest.get(highlight.id), highlight)) latest.set(highlight.id, highlight);
    }
    const highlightStore = tx.objectStore('highlights');
    const storedCopies: unknown[] = await Promise.all([...latest.keys()].map((id) => highlightStore.get(id)));
    const touched = new Set<string>();
    const writes: Promise<unknown>[] = [];
    // Awaited together below; one failing aborts the rest, whose rejections are that same failure.
    const queue = (request: Promise<unknown>) => {
      writes.push(request);
      request.catch(() => undefined);
    };
    [...latest.values()].forEach((highlight, i) => {
      const stored = storedCopies[i];
      if (!replacesStored(stored, highlight)) return;
      queue(highlightStore.put(highlight));
      touched.add(highlight.articleId);
      if (isHighlight(stored)) touched.add(stored.articleId);
    });
    // Each picture goes to the record its article went into, beside any kept there before under other addresses.
    const pictureStore = tx.objectStore('pictures');
    const given = new Set<string>();
    for (const picture of parsed.pictures) {
      const articleId = storedIdOf.get(picture.articleId) as string;
      queue(pictureStore.put({ ...picture, articleId }));
      given.add(articleId);
    }
    await Promise.all(writes);
    // Only a record that had highlights (pictures), or was given some, has any: the others are spared a read.
    const byArticle = highlightStore.index('articleId');
    const planned = [...destinations.values()];
    const highlightsOf = await Promise.all(planned.map(({ stored, next }) => (touched.has(next.id) || stored?.highlightCount !== undefined ? readArticleHighlights(byArticle, next.id) : [])));
    const picturesOf = await Promise.all(planned.map(({ stored, next }) => (given.has(next.id) || stored?.pictureCount !== undefined ? pictureStore.index('articleId').getAll(next.id) : [])));
    const counts = { added: 0, merged: 0, unchanged: 0 };
    const changed: string[] = [];
    planned.forEach(({ stored, next, from }, i) => {
      touched.delete(next.id);
      const record = withPictureFields(withHighlightFields(next, highlightsOf[i] ?? []), picturesOf[i] ?? []);
      if (stored && sameRecord(record, stored)) {
        counts.unchanged += from;
        return;
      }
      if (stored) counts.merged += from;
      else {
        counts.added++;
        counts.merged += from - 1;
      }
      queue(articles.put(record));
      queue(tx.objectStore('cards').put(cardOf(record)));
      changed.push(record.id);
    });
    await Promise.all(writes);
    // A highlight moved here from an article outside the file leaves that one with one fewer.
    // The same stores and one more: the highlight write's type names exactly its three.
    changed.push(...(await refreshHighlightFields(tx as unknown as HighlightWriteTx, touched)));
    return { counts, changed };
  }, 'library.failure.nothingImported');
  if (!result.ok) return result;
  if (result.value.changed.length > 0) announceChange({ changed: result.value.changed, deleted: [] });
  return { ok: true, ...result.value.counts };
}
