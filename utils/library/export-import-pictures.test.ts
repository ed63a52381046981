/**
 * Pictures kept with saved articles in every export, and back in from the JSON one. Node's environment (not
 * jsdom, whose Blobs IndexedDB cannot store), with a jsdom window lent to the sanitizer.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLibrary, openLibrary } from './db';
import { EXPORT_FORMAT, exportLibrary, readRecordsForExport, recordToMarkdown } from './export';
import { importLibrary, importLibraryFile } from './import';
import { keepArticlePictures, listArticlePictures, pictureTotals, type NewPicture } from './pictures';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import type { SavedArticle } from './schema';

const view = new JSDOM('').window as unknown as Window & typeof globalThis;

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

const CRANES = 'https://cdn.news.example/m/cranes.jpg?w=800&q=80';
const QUAY = 'https://cdn.news.example/m/quay.webp';
const CHART = 'https://cdn.news.example/m/chart.png';

/** Every byte value, differently for each picture, so a base64 slip shows. */
const bytesOf = (seed: number, length: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + seed) % 256);
const picture = (url: string, type: string, seed: number, length: number, width = 800, height = 450): NewPicture => ({ url, blob: new Blob([bytesOf(seed, length)], { type }), width, height, bytes: length });

const HARBOUR_HTML =
  '<p>Cranes at dawn.</p><p><img src="https://cdn.news.example/m/cranes.jpg?w=800&amp;q=80" alt="Cranes"></p>' +
  '<picture><source srcset="https://cdn.news.example/m/quay.webp 1x, https://cdn.news.example/m/quay@2x.webp 2x"><img src="https://cdn.news.example/m/quay.jpg" alt="Quay"></picture>' +
  '<p><img src="https://elsewhere.example/not-kept.png" alt="Not kept"></p>';

/** Three saved articles: the oldest with two pictures kept, one with none, the newest with one. */
async function seed(): Promise<{ harbour: string; plain: string; chart: string }> {
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const article = sampleArticle(n, { words: 40 });
    const contentHtml = n === 1 ? HARBOUR_HTML : n === 3 ? `<p>Rates chart.</p><p><img src="${CHART}" alt="Chart"></p>` : article.contentHtml;
    const saved = await saveArticle({ ...article, contentHtml }, { now: new Date(`2026-01-0${n}T10:00:00.000Z`) });
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  const [harbour, plain, chart] = ids as [string, string, string];
  await keepArticlePictures(harbour, [picture(CRANES, 'image/jpeg', 1, 300), picture(QUAY, 'image/webp', 2, 301, 1200, 675)]);
  await keepArticlePictures(chart, [picture(CHART, 'image/png', 3, 302, 640, 480)]);
  return { harbour, plain, chart };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Each kept picture of each article, its bytes read back. */
async function keptPictures(ids: readonly string[]) {
  const out: unknown[] = [];
  for (const id of ids) {
    for (const p of await listArticlePictures(id)) out.push({ articleId: p.articleId, url: p.url, type: p.blob.type, width: p.width, height: p.height, bytes: p.bytes, data: new Uint8Array(await p.blob.arrayBuffer()) });
  }
  return out;
}

const count = async (store: 'articles' | 'pictures') => (await openLibrary()).count(store);

describe('JSON export with pictures', () => {
  it('writes version 3 with every kept picture after the highlights, in its article’s order, as base64', async () => {
    const { harbour, chart } = await seed();
    const file = JSON.parse(await (await exportLibrary('json', undefined, { now: new Date('2026-03-01T00:00:00.000Z') })).blob.text());
    expect([Object.keys(file), file.version]).toEqual([['format', 'version', 'exportedAt', 'records', 'highlights', 'pictures'], 3]);
    expect(file.pictures).toEqual([
      { articleId: chart, url: CHART, type: 'image/png', width: 640, height: 480, bytes: 302, data: base64(bytesOf(3, 302)) },
      { articleId: harbour, url: CRANES, type: 'image/jpeg', width: 800, height: 450, bytes: 300, data: base64(bytesOf(1, 300)) },
      { articleId: harbour, url: QUAY, type: 'image/webp', width: 1200, height: 675, bytes: 301, data: base64(bytesOf(2, 301)) },
    ]);
    // The counts are the import's to work out, as the highlight fields are.
    expect(file.records.map((record: SavedArticle) => [record.pictureCount, record.pictureBytes])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
  });

  it('round-trips: export, wipe, import gives every picture back byte for byte, counted on records and cards', async () => {
    const { harbour, plain, chart } = await seed();
    const before = await keptPictures([harbour, plain, chart]);
    const totals = await pictureTotals();
    const text = await (await exportLibrary('json')).blob.text();
    await freshLibrary();
    expect(await importLibrary(text, view)).toEqual({ ok: true, added: 3, merged: 0, unchanged: 0 });
    expect(await keptPictures([harbour, plain, chart])).toEqual(before);
    expect(before).toHaveLength(3);
    expect(await pictureTotals()).toEqual(totals);
    expect(totals).toEqual({ articles: 2, pictures: 3, bytes: 903 });
    const records = (await readRecordsForExport()).records;
    expect(records.map((record) => [record.id, record.pictureCount, record.pictureBytes])).toEqual([
      [chart, 1, 302],
      [plain, undefined, undefined],
      [harbour, 2, 601],
    ]);
    // Importing it again adds nothing and duplicates no picture.
    expect(await importLibrary(text, view)).toEqual({ ok: true, added: 0, merged: 0, unchanged: 3 });
    expect(await count('pictures')).toBe(3);
  });

  it('gives the pictures of a record merged by canonical URL to the record it merges into', async () => {
    const { harbour } = await seed();
    const text = await (await exportLibrary('json', [harbour])).blob.text();
    await freshLibrary();
    const local = await saveArticle({ ...sampleArticle(1, { words: 40 }), contentHtml: HARBOUR_HTML }, { now: new Date('2025-12-01T10:00:00.000Z') });
    if (!local.ok) throw new Error(local.message);
    expect(local.record.id).not.toBe(harbour);
    expect(await importLibrary(text, view)).toEqual({ ok: true, added: 0, merged: 1, unchanged: 0 });
    expect((await keptPictures([local.record.id])).map((p) => (p as { url: string }).url)).toEqual([CRANES, QUAY]);
    expect(await pictureTotals()).toEqual({ articles: 1, pictures: 2, bytes: 601 });
  });

  it('reads a version 2 file as one without pictures', async () => {
    const { harbour } = await seed();
    const [record] = (await readRecordsForExport([harbour])).records;
    await freshLibrary();
    const file = { format: EXPORT_FORMAT, version: 2, exportedAt: '2026-01-05T00:00:00.000Z', records: [{ ...record, pictureCount: 9, pictureBytes: 9 }], highlights: [] };
    expect(await importLibrary(JSON.stringify(file), view)).toEqual({ ok: true, added: 1, merged: 0, unchanged: 0 });
    expect([await count('pictures'), await pictureTotals()]).toEqual([0, { articles: 0, pictures: 0, bytes: 0 }]);
  });
});

describe('a damaged picture in an import', () => {
  /** The export of the seeded library with its pictures changed by `change`. */
  async function damaged(change: (pictures: Record<string, unknown>[]) => unknown): Promise<string> {
    await seed();
    const file = JSON.parse(await (await exportLibrary('json')).blob.text());
    file.pictures = change(file.pictures) ?? file.pictures;
    await freshLibrary();
    return JSON.stringify(file);
  }

  /** The import's answer, after checking that it wrote nothing at all. */
  async function refusal(text: string): Promise<string> {
    const result = await importLibrary(text, view);
    expect([await count('articles'), await count('pictures')]).toEqual([0, 0]);
    return result.ok ? 'imported' : result.message;
  }

  it('names data that is not base64, or of another size than it says', async () => {
    const text = await damaged((pictures) => {
      pictures[0]!.data = `${pictures[0]!.data as string}\n`;
      pictures[1]!.data = (pictures[1]!.data as string).replace(/[+/]/, '-');
      pictures[2]!.bytes = 300;
    });
    expect(await refusal(text)).toBe(
      'This export is damaged: picture 1.data should be base64; picture 2.data should be base64; picture 3.data holds 301 bytes, not the 300 its bytes field says. Nothing was imported.',
    );
  });

  it('names sizes, types and addresses out of bounds', async () => {
    const text = await damaged((pictures) => {
      Object.assign(pictures[0]!, { width: -1, height: 1.5 });
      Object.assign(pictures[1]!, { width: 70_000, type: 'text/html' });
      Object.assign(pictures[2]!, { url: 'javascript:alert(1)', bytes: 30_000_000 });
    });
    expect(await refusal(text)).toBe(
      'This export is damaged: picture 1.width should be a whole number from 0 to 65,535; picture 1.height should be a whole number from 0 to 65,535; picture 2.type should be one of image/jpeg, image/png, image/gif, image/webp, image/avif, image/svg+xml, application/octet-stream; picture 2.width should be a whole number from 0 to 65,535; picture 3.url should be a web address and 1 more. Nothing was imported.',
    );
  });

  it('names a picture whose article is not in the file, and one listed twice', async () => {
    const text = await damaged((pictures) => [{ ...pictures[0]!, articleId: 'elsewhere' }, pictures[1], pictures[2], { ...pictures[2]! }]);
    expect(await refusal(text)).toBe(
      'This export is damaged: picture 1.articleId should name a record in this file; picture 4 repeats the article and address of picture 3. Nothing was imported.',
    );
  });

  it('refuses a version 3 file without its list of pictures', async () => {
    const text = await damaged(() => ({}));
    expect(await refusal(text)).toBe('This export has no list of pictures. Nothing was imported.');
  });

  it('refuses a file too large to read, before reading it', async () => {
    const text = vi.fn();
    expect(await importLibraryFile({ size: 612_400_000, text } as unknown as Blob, view)).toEqual({
      ok: false,
      message: 'This file is 613 MB; Clearpress can import files of up to 500 MB. Nothing was imported.',
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('says when the file cannot be read', async () => {
    const file = { size: 10, text: () => Promise.reject(new DOMException('The file was changed on disk.', 'NotReadableError')) } as unknown as Blob;
    expect(await importLibraryFile(file, view)).toEqual({ ok: false, message: 'This file could not be read (The file was changed on disk.). Nothing was imported.' });
  });

  it('writes no record when the disk fills up at the pictures', async () => {
    const text = await damaged(() => undefined);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'pictures') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await importLibrary(text, view)).toEqual({
      ok: false,
      message: 'Could not import this library: the browser has no storage left for the library. Nothing was imported. Export and delete some articles, or free disk space, then try again.',
    });
    vi.restoreAllMocks();
    expect([await count('articles'), await count('pictures')]).toEqual([0, 0]);
  });
});

describe('Markdown and HTML export with pictures', () => {
  const HARBOUR_MD = '2026-01-01-hospitals-cuts-rate-rise-for-2026';
  const CHART_MD = '2026-01-03-the-ministry-expands-water-reform-in-the-north';

  it('puts each article’s pictures in a folder beside its file, linked relatively, stored byte for byte', async () => {
    const { harbour } = await seed();
    const files = unzipSync(new Uint8Array(await (await exportLibrary('markdown')).blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      `${HARBOUR_MD}.md`,
      `${HARBOUR_MD}/1.jpg`,
      `${HARBOUR_MD}/2.webp`,
      '2026-01-02-the-court-delays-rail-link-for-2026.md',
      `${CHART_MD}.md`,
      `${CHART_MD}/1.png`,
    ]);
    expect([files[`${HARBOUR_MD}/1.jpg`], files[`${HARBOUR_MD}/2.webp`], files[`${CHART_MD}/1.png`]]).toEqual([bytesOf(1, 300), bytesOf(2, 301), bytesOf(3, 302)]);
    const [record] = (await readRecordsForExport([harbour])).records;
    const text = strFromU8(files[`${HARBOUR_MD}.md`]!);
    // The same file as without pictures, but for the two kept ones; the picture not kept keeps its address.
    expect(text).toBe(
      recordToMarkdown(record!)
        .replace('![Cranes](https://cdn.news.example/m/cranes.jpg?w=800&q=80)', `![Cranes](${HARBOUR_MD}/1.jpg)`)
        .replace('![Quay](https://cdn.news.example/m/quay.jpg)', `![Quay](${HARBOUR_MD}/2.webp)`),
    );
    expect(text.slice(text.indexOf('## Article'), text.indexOf('## Sources'))).toBe(
      `## Article\n\nCranes at dawn.\n\n![Cranes](${HARBOUR_MD}/1.jpg)\n\n![Quay](${HARBOUR_MD}/2.webp)\n\n![Not kept](https://elsewhere.example/not-kept.png)\n\n`,
    );
    expect(strFromU8(files[`${CHART_MD}.md`]!)).toContain(`\n\n![Chart](${CHART_MD}/1.png)\n\n`);
  });

  it('inlines each kept picture in the HTML page as a data: URL, which its policy allows', async () => {
    const { harbour } = await seed();
    const html = await (await exportLibrary('html', [harbour], { view })).blob.text();
    expect(html).toContain(`content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'"`);
    expect(html.slice(html.indexOf('<div>'), html.indexOf('</div>') + 6)).toBe(
      `<div><p>Cranes at dawn.</p><p><img src="data:image/jpeg;base64,${base64(bytesOf(1, 300))}" alt="Cranes"></p>` +
        `<picture><img src="data:image/webp;base64,${base64(bytesOf(2, 301))}" alt="Quay"></picture>` +
        '<p><img src="https://elsewhere.example/not-kept.png" alt="Not kept"></p></div>',
    );
  });
});
