// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '../highlights/types';
import { closeLibrary, openLibrary } from './db';
import { EXPORT_FORMAT, exportLibrary, libraryToJson, libraryToMarkdownZip, readRecordsForExport, recordToMarkdown } from './export';
import { addHighlight, listArticleHighlights } from './highlights';
import { importLibrary } from './import';
import { getSavedArticle, listAllCards } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';
import type { SavedArticle } from './schema';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeLibrary();
});

async function freshLibrary(): Promise<void> {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
}

/** Two articles, three highlights with notes and tags. */
async function seed(): Promise<{ ids: string[]; highlights: Highlight[] }> {
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const saved = await saveArticle(sampleArticle(n, { words: 120 }), { now: new Date(`2026-01-0${n}T10:00:00.000Z`) });
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  const highlights = [
    highlightOf('h1', ids[0]!, 40, { note: 'Line one.\n\nLine <b>two</b> & more', tags: ['ferry', 'to-cite'], color: 'green' }),
    highlightOf('h2', ids[0]!, 10, { exact: 'an earlier passage' }),
    highlightOf('h3', ids[1]!, 0, { note: 'Only note', updatedAt: '2026-02-03T00:00:00.000Z' }),
  ];
  for (const highlight of highlights) {
    const added = await addHighlight(highlight);
    if (!added.ok) throw new Error(added.message);
  }
  return { ids, highlights };
}

const allHighlights = async (ids: readonly string[]) => (await Promise.all(ids.map(listArticleHighlights))).flat();

const fileOf = (records: unknown[], highlights: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-03-01T00:00:00.000Z', records, highlights, ...extra });

describe('JSON export of highlights', () => {
  it('writes version 3 with the highlights after the records, in their articles’ order, and records without highlight fields', async () => {
    const { ids, highlights } = await seed();
    const now = new Date('2026-03-01T00:00:00.000Z');
    const exported = await exportLibrary('json', undefined, { now });
    const file = JSON.parse(await exported.blob.text());
    const records = (await readRecordsForExport()).records;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'records', 'highlights', 'pictures']);
    expect(file.version).toBe(3);
    expect(records.map((r) => [r.id, r.highlightCount])).toEqual([
      [ids[1], 1],
      [ids[0], 2],
    ]);
    expect(file.records).toEqual(records.map(({ highlightCount: _c, highlightsVersion: _v, ...record }) => record));
    expect(file.highlights).toEqual([highlights[2], highlights[1], highlights[0]]);
    expect(await exported.blob.text()).toBe(libraryToJson(records, now, highlights));
  });

  it('exports only the highlights of the records named', async () => {
    const { ids, highlights } = await seed();
    const file = JSON.parse(await (await exportLibrary('json', [ids[1]!])).blob.text());
    expect(file.highlights).toEqual([highlights[2]]);
  });

  it('round-trips: export, a new library, import gives the same records, highlights and notes', async () => {
    const { ids } = await seed();
    const records = (await readRecordsForExport()).records;
    const highlights = await allHighlights(ids);
    const text = await (await exportLibrary('json')).blob.text();
    await freshLibrary();
    expect(await importLibrary(text)).toEqual({ ok: true, added: 2, merged: 0, unchanged: 0 });
    expect(await allHighlights(ids)).toEqual(highlights);
    expect((await readRecordsForExport()).records).toEqual(records);
    expect((await listAllCards()).cards.map((card) => card.highlightCount)).toEqual([1, 2]);
  });

  it('importing the same file twice duplicates no highlight and changes nothing', async () => {
    const { ids } = await seed();
    const records = (await readRecordsForExport()).records;
    const text = await (await exportLibrary('json')).blob.text();
    expect(await importLibrary(text)).toEqual({ ok: true, added: 0, merged: 0, unchanged: 2 });
    expect(await importLibrary(text)).toEqual({ ok: true, added: 0, merged: 0, unchanged: 2 });
    expect(await (await openLibrary()).count('highlights')).toBe(3);
    expect((await readRecordsForExport()).records).toEqual(records);
    expect((await allHighlights(ids)).map((h) => h.id)).toEqual(['h2', 'h1', 'h3']);
  });

  it('attaches highlights to the record their article merges into, keeping the copy changed last', async () => {
    const { ids } = await seed();
    const [local] = (await readRecordsForExport([ids[0]!])).records;
    // The same article saved on another computer, under another id, with a newer and an older copy of h1 and a new h4.
    const { highlightCount: _count, highlightsVersion: _version, ...record } = local!;
    const elsewhere = { ...record, id: 'elsewhere' };
    const file = fileOf(
      [elsewhere],
      [
        highlightOf('h1', 'elsewhere', 40, { note: 'Rewritten elsewhere', updatedAt: '2026-02-10T00:00:00.000Z' }),
        highlightOf('h2', 'elsewhere', 10, { note: 'Stale copy', updatedAt: '2026-01-01T00:00:00.000Z', exact: 'an earlier passage' }),
        highlightOf('h4', 'elsewhere', 90, { tags: ['new'] }),
      ],
    );
    expect(await importLibrary(file)).toEqual({ ok: true, added: 0, merged: 1, unchanged: 0 });
    const after = await listArticleHighlights(ids[0]!);
    expect(after.map((h) => [h.id, h.articleId, h.note])).toEqual([
      ['h2', ids[0], ''],
      ['h1', ids[0], 'Rewritten elsewhere'],
      ['h4', ids[0], ''],
    ]);
    expect([(await getSavedArticle(ids[0]!))?.highlightCount, await getSavedArticle('elsewhere')]).toEqual([3, null]);
  });

  it('keeps the copy changed last of a highlight listed twice in one file, whichever comes first', async () => {
    const { ids } = await seed();
    const records = (await readRecordsForExport([ids[1]!])).records.map(({ highlightCount: _c, highlightsVersion: _v, ...r }) => r);
    await freshLibrary();
    const newer = highlightOf('x', ids[1]!, 0, { note: 'newer', updatedAt: '2026-02-09T00:00:00.000Z' });
    const older = highlightOf('x', ids[1]!, 0, { note: 'older', updatedAt: '2026-02-08T00:00:00.000Z' });
    expect(await importLibrary(fileOf(records, [newer, older]))).toEqual({ ok: true, added: 1, merged: 0, unchanged: 0 });
    expect(await listArticleHighlights(ids[1]!)).toEqual([newer]);
  });

  it('reads a version 1 file as one without highlights', async () => {
    const { ids } = await seed();
    const records = (await readRecordsForExport()).records;
    await freshLibrary();
    const v1 = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2025-01-01T00:00:00.000Z', records: records.map(({ highlightCount: _c, highlightsVersion: _v, ...r }) => r) });
    expect(await importLibrary(v1)).toEqual({ ok: true, added: 2, merged: 0, unchanged: 0 });
    expect([await allHighlights(ids), (await listAllCards()).cards.map((card) => card.highlightCount)]).toEqual([[], [0, 0]]);
  });

  it('rejects a damaged highlight, naming the field, and writes nothing', async () => {
    const { ids, highlights } = await seed();
    const records: SavedArticle[] = (await readRecordsForExport()).records;
    await freshLibrary();
    const damaged = [
      highlights[0],
      highlights[1],
      { ...highlights[2], target: { ...highlights[2]!.target, quote: { ...highlights[2]!.target.quote, exact: '' } } },
      { ...highlights[0], id: 'h9', articleId: 'not-in-file' },
      { ...highlights[0], id: 'h10', color: 'red', note: 5 },
    ];
    expect(await importLibrary(fileOf(records, damaged))).toEqual({
      ok: false,
      message:
        'This export is damaged: highlight 3.target.quote.exact should be non-empty text; highlight 4.articleId should name a record in this file; highlight 5.color should be one of yellow, green, blue, pink; highlight 5.note should be text of at most 10,000 characters. Nothing was imported.',
    });
    expect(await importLibrary(fileOf(records, [], { highlights: undefined }))).toEqual({ ok: false, message: 'This export has no list of highlights. Nothing was imported.' });
    const db = await openLibrary();
    expect([await db.count('articles'), await db.count('highlights'), await allHighlights(ids)]).toEqual([0, 0, []]);
  });

  it('writes nothing, highlights included, when a write fails halfway through', async () => {
    await seed();
    const text = await (await exportLibrary('json')).blob.text();
    await freshLibrary();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect((await importLibrary(text)).ok).toBe(false);
    vi.restoreAllMocks();
    const db = await openLibrary();
    expect([await db.count('articles'), await db.count('highlights')]).toEqual([0, 0]);
  });
});

describe('Markdown export of highlights', () => {
  it('writes each article with its own highlights, as libraryToMarkdownZip does from memory', async () => {
    const { ids, highlights } = await seed();
    const records = (await readRecordsForExport()).records;
    const files = unzipSync(new Uint8Array(await (await exportLibrary('markdown')).blob.arrayBuffer()));
    const expected = unzipSync(libraryToMarkdownZip(records, highlights));
    expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expect(strFromU8(files[name]!)).toBe(strFromU8(expected[name]!));
    const first = records.find((record) => record.id === ids[0])!;
    const text = Object.values(files).map((file) => strFromU8(file)).find((file) => file.includes(first.article.headline))!;
    expect(text).toBe(recordToMarkdown(first, [highlights[0]!, highlights[1]!]));
    expect(text).toContain('## Highlights\n\n- ==an earlier passage==\n- ==passage h1== (tags: ferry, to-cite)\n  > Line one.\n  >\n  > Line \\<b\\>two\\</b\\> \\& more\n');
  });
});
