// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, closeLibrary } from './db';
import { EXPORT_FORMAT, exportLibrary, libraryToHtml, libraryToJson, libraryToMarkdownZip, readRecordsForExport, recordToMarkdown } from './export';
import { importLibrary } from './import';
import { getSavedArticle, setRead, setReadingPosition, setTags } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
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

async function saveThree(): Promise<SavedArticle[]> {
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const saved = await saveArticle(sampleArticle(n, { words: 120 }), { now: new Date(`2026-01-0${n}T10:00:00.000Z`) });
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  await setTags(ids[0]!, ['climate', 'to-cite']);
  await setRead([ids[1]!], true);
  await setReadingPosition(ids[2]!, 0.35);
  return (await readRecordsForExport()).records;
}

const exportFile = (records: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-05T00:00:00.000Z', records, ...extra });

async function count(): Promise<number> {
  return (await openLibrary()).count('articles');
}

describe('JSON export and import', () => {
  it('round-trips every field of every record', async () => {
    const before = await saveThree();
    const json = libraryToJson(before, new Date('2026-02-01T00:00:00.000Z'));
    expect(JSON.parse(json)).toEqual({ format: 'clearpress-library', version: 3, exportedAt: '2026-02-01T00:00:00.000Z', records: before, highlights: [], pictures: [] });

    await freshLibrary();
    expect(await importLibrary(json)).toEqual({ ok: true, added: 3, merged: 0, unchanged: 0 });
    const after = (await readRecordsForExport()).records;
    expect(after).toEqual(before);
    expect(libraryToJson(after, new Date('2026-02-01T00:00:00.000Z'))).toBe(json);
  });

  it('importing the same file twice changes nothing', async () => {
    const before = await saveThree();
    expect(await importLibrary(libraryToJson(before))).toEqual({ ok: true, added: 0, merged: 0, unchanged: 3 });
    expect((await readRecordsForExport()).records).toEqual(before);
  });

  it('merges a duplicate by canonical URL: earliest save, all tags, newest content', async () => {
    const local = (await saveThree()).find((record) => record.tags.length > 0);
    const incoming: SavedArticle = {
      ...local!,
      id: 'from-another-computer',
      canonicalUrl: `${local!.canonicalUrl}?utm_campaign=x#top`,
      savedAt: '2025-12-31T00:00:00.000Z',
      updatedAt: '2030-03-01T00:00:00.000Z',
      tags: ['Climate', 'europe'],
      read: true,
      article: { ...local!.article, headline: 'Updated elsewhere' },
    };
    expect(await importLibrary(exportFile([incoming]))).toEqual({ ok: true, added: 0, merged: 1, unchanged: 0 });
    expect(await getSavedArticle(local!.id)).toEqual({
      ...local!,
      savedAt: '2025-12-31T00:00:00.000Z',
      updatedAt: '2030-03-01T00:00:00.000Z',
      tags: ['climate', 'to-cite', 'europe'],
      read: true,
      article: { ...local!.article, headline: 'Updated elsewhere' },
    });
    expect(await count()).toBe(3);
  });

  it('rejects a file that is not JSON, and writes nothing', async () => {
    let parseError = '';
    try {
      JSON.parse('{"format": "clearpress-library",');
    } catch (error) {
      parseError = (error as Error).message;
    }
    expect(await importLibrary('{"format": "clearpress-library",')).toEqual({
      ok: false,
      message: `This file is not valid JSON, so it cannot be a Clearpress library export (${parseError}). Nothing was imported.`,
    });
    expect(await count()).toBe(0);
  });

  it('rejects a foreign file', async () => {
    expect(await importLibrary('{"bookmarks": []}')).toEqual({
      ok: false,
      message: 'This file is not a Clearpress library export (it lacks "format": "clearpress-library"). Nothing was imported.',
    });
    expect(await importLibrary('[1, 2]')).toEqual({
      ok: false,
      message: 'This file is not a Clearpress library export (it lacks "format": "clearpress-library"). Nothing was imported.',
    });
  });

  it('rejects a newer or unknown version', async () => {
    expect(await importLibrary(exportFile([], { version: 4 }))).toEqual({
      ok: false,
      message: 'This export is version 4; this Clearpress reads versions up to 3. Update the extension, then import it again. Nothing was imported.',
    });
    expect(await importLibrary(exportFile([], { version: '1' }))).toEqual({
      ok: false,
      message: 'This export has an unknown version ("1"); this Clearpress reads versions up to 3. Nothing was imported.',
    });
  });

  it('rejects the whole file when a record lacks fields, naming them', async () => {
    const [good] = await saveThree();
    await freshLibrary();
    const { savedAt: _savedAt, ...noDate } = good!;
    const noBody = { ...good!, id: 'x', canonicalUrl: 'https://a.example/x', article: { ...good!.article, contentHtml: undefined } };
    const badUrl = { ...good!, id: 'y', canonicalUrl: 'javascript:alert(1)' };
    expect(await importLibrary(exportFile([good, noDate, noBody, badUrl, { id: 7 }]))).toEqual({
      ok: false,
      message:
        'This export is damaged: record 2.savedAt is missing; record 3.article.contentHtml is missing; record 5.id should be non-empty text; record 5.canonicalUrl is missing; record 5.savedAt is missing and 6 more. Nothing was imported.',
    });
    expect(await count()).toBe(0);
  });

  it('sanitizes hostile HTML and drops script links from an imported record', async () => {
    const [good] = await saveThree();
    await freshLibrary();
    const hostile: SavedArticle = {
      ...good!,
      article: {
        ...good!.article,
        url: 'javascript:alert(1)',
        canonicalUrl: 'javascript:alert(5)',
        contentHtml: '<p onclick="steal()">Hi<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a></p><iframe src="https://evil.example"></iframe>',
        sources: [{ id: '1', title: 'Evil', url: 'javascript:alert(4)', citedBy: 1 }],
      },
    };
    expect(await importLibrary(exportFile([hostile]))).toEqual({ ok: true, added: 1, merged: 0, unchanged: 0 });
    const stored = await getSavedArticle(good!.id);
    expect(stored?.article.contentHtml).toBe('<p>Hi<img src="x"><a target="_blank" rel="noopener noreferrer">x</a></p>');
    expect(stored?.article.url).toBe(null);
    expect(stored?.article.canonicalUrl).toBe(null);
    expect(stored?.article.sources).toEqual([{ id: '1', title: 'Evil', url: null, citedBy: 1 }]);
  });

  it('writes nothing when a write fails halfway through an import', async () => {
    const before = await saveThree();
    await freshLibrary();
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await importLibrary(libraryToJson(before))).toEqual({
      ok: false,
      message: 'Could not import this library: the browser has no storage left for the library. Nothing was imported. Export and delete some articles, or free disk space, then try again.',
    });
    vi.restoreAllMocks();
    expect(await count()).toBe(0);
  });
});

describe('Markdown and HTML export', () => {
  it('writes one Markdown file per article with front matter and numbered source notes', async () => {
    const records = await saveThree();
    const files = unzipSync(libraryToMarkdownZip(records));
    const names = Object.keys(files).sort();
    expect(names).toEqual(records.map((r) => `${r.savedAt.slice(0, 10)}-${r.article.headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`).sort());
    const first = records.find((r) => r.tags.length > 0)!;
    const text = strFromU8(files[names.find((name) => name.startsWith(first.savedAt.slice(0, 10)))!]!);
    expect(text).toBe(recordToMarkdown(first));
    expect(text.split('\n').slice(0, 15)).toEqual([
      '---',
      `title: ${JSON.stringify(first.article.headline)}`,
      `url: ${JSON.stringify(first.article.url)}`,
      `canonical_url: ${JSON.stringify(first.canonicalUrl)}`,
      `site: ${JSON.stringify(first.article.siteName)}`,
      `byline: ${JSON.stringify(first.article.byline)}`,
      `published: ${JSON.stringify(first.article.publishedTime)}`,
      'saved: "2026-01-01T10:00:00.000Z"',
      `updated: ${JSON.stringify(first.updatedAt)}`,
      'tags: ["climate", "to-cite"]',
      'read: false',
      `reading_minutes: ${first.article.readingMinutes}`,
      'lang: "en"',
      '---',
      '',
    ]);
    expect(text).toContain('[^1]: [Source 1 for story 1](https://source1.example/1) (cited 1 time)');
  });

  it('writes a standalone HTML page where no field can inject markup', async () => {
    const [record] = await saveThree();
    const hostile: SavedArticle = {
      ...record!,
      article: { ...record!.article, headline: '<img src=x onerror=alert(1)>Title', contentHtml: '<p>Body<script>alert(1)</script> <a href="#source-1" data-source-id="1">[1]</a></p>' },
    };
    const html = libraryToHtml([hostile]);
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;Title</h2>');
    expect(html).toContain('<p>Body <a href="#a1-source-1" data-source-id="1">[1]</a></p>');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'">`);
    expect(html).toContain('<li id="a1-source-1"><a href="https://source1.example/3">Source 1 for story 3</a></li>');
    expect(html).not.toContain('<script');
  });
});

describe('a source the page gave no note for', () => {
  it('is exported as not found on this page and comes back from an import as it was', async () => {
    const [record] = await saveThree();
    const notFound = { id: '4', title: null, url: null, citedBy: 2, missing: true as const };
    const cited: SavedArticle = { ...record!, article: { ...record!.article, sources: [...record!.article.sources, notFound] } };
    expect(libraryToHtml([cited])).toContain('<li id="a1-source-4">Not found on this page</li>');
    await freshLibrary();
    expect(await importLibrary(libraryToJson([cited], new Date('2026-02-01T00:00:00.000Z')))).toEqual({ ok: true, added: 1, merged: 0, unchanged: 0 });
    expect((await readRecordsForExport()).records[0]?.article.sources.at(-1)).toEqual(notFound);
  });
});

describe('exportLibrary (read in batches, a Blob of parts)', () => {
  it('writes the same JSON as libraryToJson, newest first, and re-imports it whole', async () => {
    const records = await saveThree();
    const now = new Date('2026-03-01T00:00:00.000Z');
    const exported = await exportLibrary('json', undefined, { now });
    expect([exported.count, exported.skipped, exported.blob.type]).toEqual([3, 0, 'application/json']);
    const text = await exported.blob.text();
    expect(text).toBe(libraryToJson(records, now));
    expect(JSON.parse(text).records.map((r: SavedArticle) => r.savedAt)).toEqual(['2026-01-03T10:00:00.000Z', '2026-01-02T10:00:00.000Z', '2026-01-01T10:00:00.000Z']);
    await freshLibrary();
    expect(await importLibrary(text)).toEqual({ ok: true, added: 3, merged: 0, unchanged: 0 });
    expect((await readRecordsForExport()).records).toEqual(records);
  });

  it('exports only the records named, leaving out and counting a damaged one', async () => {
    const [first, second] = await saveThree();
    const db = await openLibrary();
    await db.put('articles', { ...second!, article: { headline: 7 } } as unknown as SavedArticle);
    const exported = await exportLibrary('json', [first!.id, second!.id, 'gone']);
    expect([exported.count, exported.skipped]).toEqual([1, 1]);
    expect(JSON.parse(await exported.blob.text()).records).toEqual([first]);
  });

  it('writes the same Markdown files as libraryToMarkdownZip', async () => {
    const records = await saveThree();
    const exported = await exportLibrary('markdown');
    const files = unzipSync(new Uint8Array(await exported.blob.arrayBuffer()));
    const expected = unzipSync(libraryToMarkdownZip(records));
    expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expect(strFromU8(files[name]!)).toBe(strFromU8(expected[name]!));
  });

  it('takes a body whose mark matches as stored, and sanitizes one changed behind the mark', async () => {
    const [record] = await saveThree();
    expect(record!.htmlMark).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.[0-9a-z]+$/);
    const sanitize = vi.spyOn(await import('../extract/sanitize'), 'sanitizeArticleHtml');
    const html = (await exportLibrary('html', [record!.id])).blob;
    expect(sanitize).not.toHaveBeenCalled();
    expect(await html.text()).toContain(record!.article.contentHtml.replace('href="#source-1"', 'href="#a1-source-1"').slice(0, 200));
    // Edited by hand in the database, the mark left as it was: sanitized again.
    const db = await openLibrary();
    await db.put('articles', { ...record!, article: { ...record!.article, contentHtml: '<p>Edited<img src=x onerror=alert(1)></p>' } });
    const edited = await (await exportLibrary('html', [record!.id])).blob.text();
    expect(sanitize).toHaveBeenCalledTimes(1);
    expect(edited).toContain('<div><p>Edited<img src="x"></p></div>');
  });
});
