import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeTags, closeLibrary, deleteArticles, findSavedByUrl, getSavedArticle, listAllCards, listNewestCards, restoreArticles, saveArticle, setRead, setReadingPosition, setTags } from './index';
import { openLibrary } from './db';
import { sampleArticle } from './sample-articles';
import { StoryIndex } from './story-groups';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeLibrary();
});

const at = (iso: string) => ({ now: new Date(iso) });

describe('saveArticle', () => {
  it('saves a new record with its canonical URL and defaults', async () => {
    const article = sampleArticle(1);
    const result = await saveArticle(article, at('2026-01-02T03:04:05.000Z'));
    expect(result.ok && result.status).toBe('saved');
    if (!result.ok) return;
    expect(result.record).toEqual({
      id: result.record.id,
      canonicalUrl: article.url!.replace('?utm_source=feed', ''),
      savedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      tags: [],
      read: false,
      readingPosition: 0,
      article,
    });
    expect(await getSavedArticle(result.record.id)).toEqual(result.record);
  });

  it('updates the record saved under the same canonical URL, keeping savedAt, tags, read state and position', async () => {
    const first = await saveArticle(sampleArticle(2), at('2026-01-01T00:00:00.000Z'));
    if (!first.ok) throw new Error(first.message);
    await setTags(first.record.id, ['climate', 'to-cite']);
    await setReadingPosition(first.record.id, 0.4);
    await setRead([first.record.id], true);

    const edited = { ...sampleArticle(2), url: `${sampleArticle(2).url}&fbclid=xyz#comments`, headline: 'Corrected headline' };
    const second = await saveArticle(edited, at('2026-02-01T00:00:00.000Z'));
    expect(second.ok && second.status).toBe('updated');
    if (!second.ok) return;
    expect(second.record.id).toBe(first.record.id);
    expect(second.record.savedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(second.record.updatedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(second.record.tags).toEqual(['climate', 'to-cite']);
    expect(second.record.readingPosition).toBe(0.4);
    expect(second.record.read).toBe(true);
    expect(second.record.article.headline).toBe('Corrected headline');
    expect((await listAllCards()).cards.map((card) => card.headline)).toEqual(['Corrected headline']);
  });

  it('uses the canonical link when given one', async () => {
    const article = { ...sampleArticle(3), url: 'https://m.dailyledger.example/amp/3' };
    const result = await saveArticle(article, { canonicalLink: 'https://dailyledger.example/news/3' });
    expect(result.ok && result.record.canonicalUrl).toBe('https://dailyledger.example/news/3');
    expect((await findSavedByUrl('https://dailyledger.example/news/3?utm_medium=x'))?.article.url).toBe('https://m.dailyledger.example/amp/3');
  });

  it("keys by the article's own canonicalUrl, so the AMP and the desktop copy are one record", async () => {
    const amp = { ...sampleArticle(3), url: 'https://m.dailyledger.example/amp/3', canonicalUrl: 'https://dailyledger.example/news/3?utm_source=rss' };
    const desktop = { ...sampleArticle(3), url: 'https://dailyledger.example/news/3#top', canonicalUrl: 'https://dailyledger.example/news/3' };
    const first = await saveArticle(amp);
    const second = await saveArticle(desktop);
    expect(first.ok && first.record.canonicalUrl).toBe('https://dailyledger.example/news/3');
    expect(second.ok && [second.status, second.record.id]).toEqual(['updated', first.ok && first.record.id]);
    expect((await listAllCards()).total).toBe(1);
  });

  it('never lets a page on another site overwrite a saved article by claiming its canonical URL; the two are one story', async () => {
    const ferries = {
      ...sampleArticle(4),
      url: 'https://harbourledger.example/2025/06/ferries-all-night',
      canonicalUrl: 'https://harbourledger.example/2025/06/ferries-all-night',
      headline: 'Harbour ferries to run all night',
      siteName: 'Harbour Ledger',
    };
    const legitimate = await saveArticle(ferries, at('2025-06-10T08:00:00.000Z'));
    if (!legitimate.ok) throw new Error(legitimate.message);
    await setTags(legitimate.record.id, ['transport']);
    await setReadingPosition(legitimate.record.id, 0.4);
    const before = await getSavedArticle(legitimate.record.id);

    const impostor = { ...sampleArticle(5), url: 'https://copycat.example/ferries', canonicalUrl: ferries.canonicalUrl, headline: 'Harbour ferries to run all night', siteName: 'Copycat' };
    const second = await saveArticle(impostor, at('2025-06-10T09:00:00.000Z'));
    expect(second.ok && [second.status, second.record.canonicalUrl]).toEqual(['saved', 'https://copycat.example/ferries']);
    expect(await getSavedArticle(legitimate.record.id)).toEqual(before);
    const { cards } = await listAllCards();
    expect(cards.map((card) => card.siteName).sort()).toEqual(['Copycat', 'Harbour Ledger']);
    const copy = cards.find((card) => card.siteName === 'Copycat')!;
    expect(new StoryIndex(cards).sameStoryAs(legitimate.record.id)).toEqual([copy.id]);
  });

  it('refuses an article whose canonicalUrl is not text or null', async () => {
    const broken = { ...sampleArticle(5), canonicalUrl: 42 } as unknown as ReturnType<typeof sampleArticle>;
    expect(await saveArticle(broken)).toEqual({ ok: false, message: 'Could not save this article: it is incomplete (article.canonicalUrl should be text or null).' });
  });

  it('keys an article without URL by its text, so saving it twice updates', async () => {
    const article = { ...sampleArticle(4), url: null };
    const first = await saveArticle(article);
    const second = await saveArticle(article);
    expect(first.ok && first.record.canonicalUrl).toMatch(/^urn:clearpress:text:[0-9a-f]{8}$/);
    expect(second.ok && second.status).toBe('updated');
    expect((await listAllCards()).total).toBe(1);
  });

  it('refuses an incomplete article with a message and writes nothing', async () => {
    const broken = { ...sampleArticle(5), contentHtml: undefined } as unknown as ReturnType<typeof sampleArticle>;
    expect(await saveArticle(broken)).toEqual({ ok: false, message: 'Could not save this article: it is incomplete (article.contentHtml should be text).' });
    expect((await listAllCards()).total).toBe(0);
  });

  it('turns a quota error into a clear message and leaves no half-written record', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The record itself is written; its card, in the same transaction, hits the quota.
      if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await saveArticle(sampleArticle(6));
    expect(result).toEqual({
      ok: false,
      message: 'Could not save this article: the browser has no storage left for the library. Nothing was changed. Export and delete some articles, or free disk space, then try again.',
    });
    vi.restoreAllMocks();
    const db = await openLibrary();
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('cards')).toBe(0);
  });

  it('reports a transaction the browser aborts after the writes were queued', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (this.name === 'cards') this.transaction.abort();
      return request;
    });
    const result = await saveArticle(sampleArticle(7));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.endsWith('Nothing was changed.')).toBe(true);
    vi.restoreAllMocks();
    expect(await (await openLibrary()).count('articles')).toBe(0);
  });
});

describe('tags, read state, position', () => {
  it('adds and removes tags on several records at once, without duplicates', async () => {
    const ids: string[] = [];
    for (const n of [10, 11, 12]) {
      const saved = await saveArticle(sampleArticle(n));
      if (saved.ok) ids.push(saved.record.id);
    }
    expect(await changeTags(ids.slice(0, 2), { add: ['  Climate ', 'politics', 'climate', ''] })).toEqual({ ok: true, count: 2 });
    expect(await changeTags(ids, { remove: ['POLITICS'] })).toEqual({ ok: true, count: 2 });
    const tags = await Promise.all(ids.map(async (id) => (await getSavedArticle(id))?.tags));
    expect(tags).toEqual([['Climate'], ['Climate'], []]);
    expect((await listAllCards()).cards.find((card) => card.id === ids[0])?.tags).toEqual(['Climate']);
  });

  it('marks read and unread, and clamps the reading position', async () => {
    const saved = await saveArticle(sampleArticle(13));
    if (!saved.ok) throw new Error(saved.message);
    const { id } = saved.record;
    expect(await setRead([id, 'no-such-id'], true)).toEqual({ ok: true, count: 1 });
    expect(await setRead([id], true)).toEqual({ ok: true, count: 0 });
    await setRead([id], false);
    await setReadingPosition(id, 7);
    const record = await getSavedArticle(id);
    expect([record?.read, record?.readingPosition]).toEqual([true, 1]);
  });
});

describe('delete and undo', () => {
  it('deletes records and restores them exactly', async () => {
    const a = await saveArticle(sampleArticle(20), at('2026-01-01T00:00:00.000Z'));
    const b = await saveArticle(sampleArticle(21), at('2026-01-02T00:00:00.000Z'));
    if (!a.ok || !b.ok) throw new Error('save failed');
    await setTags(a.record.id, ['keep']);
    const before = await getSavedArticle(a.record.id);
    const deleted = await deleteArticles([a.record.id, b.record.id]);
    expect(deleted.ok && deleted.removed.map((r) => r.id)).toEqual([a.record.id, b.record.id]);
    expect((await listAllCards()).total).toBe(0);
    if (!deleted.ok) return;
    expect(await restoreArticles(deleted.removed)).toEqual({ ok: true, count: 2 });
    expect(await getSavedArticle(a.record.id)).toEqual(before);
    expect((await listAllCards()).cards.map((card) => card.id)).toEqual([b.record.id, a.record.id]);
  });

  it('keeps a record saved again before Undo instead of creating a duplicate', async () => {
    const a = await saveArticle(sampleArticle(22));
    if (!a.ok) throw new Error(a.message);
    const deleted = await deleteArticles([a.record.id]);
    const again = await saveArticle(sampleArticle(22));
    if (!deleted.ok || !again.ok) throw new Error('failed');
    expect(await restoreArticles(deleted.removed)).toEqual({ ok: true, count: 0 });
    expect((await listAllCards()).cards.map((card) => card.id)).toEqual([again.record.id]);
  });
});

describe('listing', () => {
  it('lists newest first, the first screen through the index, and skips damaged cards', async () => {
    for (let n = 0; n < 5; n++) await saveArticle(sampleArticle(30 + n), at(`2026-03-0${n + 1}T00:00:00.000Z`));
    const db = await openLibrary();
    await db.put('cards', { id: 'broken', savedAt: '2026-04-01T00:00:00.000Z' } as never);
    const first = await listNewestCards(3);
    expect(first.cards.map((card) => card.headline)).toEqual([sampleArticle(34).headline, sampleArticle(33).headline, sampleArticle(32).headline]);
    expect([first.skipped, first.total]).toEqual([1, 6]);
    const all = await listAllCards();
    expect([all.cards.length, all.skipped]).toEqual([5, 1]);
  });
});
