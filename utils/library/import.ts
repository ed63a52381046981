/**
 * Moving a library back in from its JSON export. The whole file is checked before anything is written; then
 * every record goes in, merged by canonical URL, in one transaction: all of it or none of it.
 */
import type { Article } from '../extract/types';
import { canonicalizeUrl } from './canonical-url';
import { announceChange, writeInOneTransaction, type Failure } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { normalizeTags } from './records';
import { sanitizeAndMark } from './sanitized-html';
import { cardOf, type SavedArticle } from './schema';
import { isSavedArticle, problemsOfSavedArticle } from './validate';

export type ParseResult = { ok: true; records: SavedArticle[] } | Failure;
export type ImportResult = { ok: true; added: number; merged: number; unchanged: number } | Failure;

const MAX_LISTED_PROBLEMS = 5;

/** Reads and checks an export file; nothing is written. */
export function parseLibraryExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This file is not valid JSON, so it cannot be a Clearpress library export (${(error as Error).message}). Nothing was imported.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This file is not a Clearpress library export (it lacks "format": "clearpress-library"). Nothing was imported.' };
  }
  const { version, records } = data as { version?: unknown; records?: unknown };
  if (version !== EXPORT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return {
      ok: false,
      message: newer
        ? `This export is version ${version}; this Clearpress reads version ${EXPORT_VERSION}. Update the extension, then import it again. Nothing was imported.`
        : `This export has an unknown version (${JSON.stringify(version ?? null)}); this Clearpress reads version ${EXPORT_VERSION}. Nothing was imported.`,
    };
  }
  if (!Array.isArray(records)) return { ok: false, message: 'This export has no list of records. Nothing was imported.' };
  const problems: string[] = [];
  records.forEach((record, i) => problems.push(...problemsOfSavedArticle(record, `record ${i + 1}`)));
  records.forEach((record, i) => {
    if (isSavedArticle(record) && !isImportableKey(record.canonicalUrl)) problems.push(`record ${i + 1}.canonicalUrl should be a web address`);
  });
  if (problems.length > 0) {
    const more = problems.length > MAX_LISTED_PROBLEMS ? ` and ${problems.length - MAX_LISTED_PROBLEMS} more` : '';
    return { ok: false, message: `This export is damaged: ${problems.slice(0, MAX_LISTED_PROBLEMS).join('; ')}${more}. Nothing was imported.` };
  }
  return { ok: true, records: records as SavedArticle[] };
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
  // The file's own htmlMark is replaced: a mark is only ever trusted when this extension computed it.
  return { ...record, canonicalUrl: canonicalizeUrl(record.canonicalUrl), tags: normalizeTags(record.tags), article, htmlMark: mark };
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

const sameRecord = (a: SavedArticle, b: SavedArticle): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Checks, sanitizes and writes an export file's records. */
export async function importLibrary(text: string, view?: Window & typeof globalThis): Promise<ImportResult> {
  const parsed = parseLibraryExport(text);
  if (!parsed.ok) return parsed;
  let records: SavedArticle[];
  try {
    records = parsed.records.map((record) => sanitizeImportedRecord(record, view));
  } catch (error) {
    return { ok: false, message: `Could not import: ${(error as Error).message} Nothing was imported.` };
  }
  const result = await writeInOneTransaction(['articles', 'cards'], 'import this library', async (tx) => {
    const articles = tx.objectStore('articles');
    const counts = { added: 0, merged: 0, unchanged: 0 };
    const changed: string[] = [];
    for (const incoming of records) {
      const existing = await articles.index('canonicalUrl').get(incoming.canonicalUrl);
      let next: SavedArticle;
      if (existing) {
        next = mergeRecords(existing, incoming);
        if (sameRecord(next, existing)) {
          counts.unchanged++;
          continue;
        }
        counts.merged++;
      } else {
        // An id already used by another article (a file edited by hand) gets a new one.
        const idTaken = (await articles.getKey(incoming.id)) !== undefined;
        next = idTaken ? { ...incoming, id: crypto.randomUUID() } : incoming;
        counts.added++;
      }
      await articles.put(next);
      await tx.objectStore('cards').put(cardOf(next));
      changed.push(next.id);
    }
    return { counts, changed };
  });
  if (!result.ok) return { ok: false, message: result.message.replace('Nothing was changed.', 'Nothing was imported.') };
  if (result.value.changed.length > 0) announceChange({ changed: result.value.changed, deleted: [] });
  return { ok: true, ...result.value.counts };
}
