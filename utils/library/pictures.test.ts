import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLibrary } from './db';
import { keepArticlePictures, listArticlePictures, pictureTotals, removeAllPictures, type NewPicture } from './pictures';
import { deleteArticles, getSavedArticle, listAllCards, restoreArticles } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeLibrary();
});

async function saved(n: number): Promise<string> {
  const result = await saveArticle(sampleArticle(n, { words: 60 }), { now: new Date(`2026-01-0${n}T10:00:00.000Z`) });
  if (!result.ok) throw new Error(result.message);
  return result.record.id;
}

const picture = (name: string, bytes: number): NewPicture => ({
  url: `https://cdn.news.example/m/${name}.jpg`,
  blob: new Blob([new Uint8Array(bytes).fill(7)], { type: 'image/jpeg' }),
  width: 800,
  height: 450,
  bytes,
});

async function pictureFieldsOf(id: string) {
  const record = await getSavedArticle(id);
  const card = (await listAllCards()).cards.find((c) => c.id === id);
  return { record: [record?.pictureCount, record?.pictureBytes], card: [card?.pictureCount, card?.pictureBytes] };
}

describe('keeping pictures with a saved article', () => {
  it('stores them by article and address and counts them on the record and card', async () => {
    const id = await saved(1);
    expect(await keepArticlePictures(id, [picture('cranes', 300), picture('quay', 200)])).toEqual({ ok: true, count: 2, bytes: 500 });
    const kept = await listArticlePictures(id);
    expect(kept.map((p) => [p.articleId, p.url, p.bytes, p.blob.size, p.blob.type])).toEqual([
      [id, 'https://cdn.news.example/m/cranes.jpg', 300, 300, 'image/jpeg'],
      [id, 'https://cdn.news.example/m/quay.jpg', 200, 200, 'image/jpeg'],
    ]);
    expect(await pictureFieldsOf(id)).toEqual({ record: [2, 500], card: [2, 500] });
  });

  it('replaces what was kept before, and an empty list leaves no picture fields at all', async () => {
    const id = await saved(1);
    await keepArticlePictures(id, [picture('cranes', 300), picture('quay', 200)]);
    await keepArticlePictures(id, [picture('ferry', 50)]);
    expect((await listArticlePictures(id)).map((p) => p.url)).toEqual(['https://cdn.news.example/m/ferry.jpg']);
    await keepArticlePictures(id, []);
    expect([await listArticlePictures(id), await pictureFieldsOf(id)]).toEqual([[], { record: [undefined, undefined], card: [undefined, undefined] }]);
  });

  it('refuses pictures for an article that is not saved', async () => {
    expect(await keepArticlePictures('gone', [picture('cranes', 300)])).toEqual({
      ok: false,
      message: 'Could not keep this article’s pictures: its article is not saved in the library. Nothing was changed.',
    });
  });

  it('turns a full disk into the quota message and keeps the article’s text without pictures', async () => {
    const id = await saved(1);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'pictures') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await keepArticlePictures(id, [picture('cranes', 300)])).toEqual({
      ok: false,
      message: 'Could not keep this article’s pictures: the browser has no storage left for the library. Nothing was changed. Export and delete some articles, or free disk space, then try again.',
    });
    vi.restoreAllMocks();
    expect([(await getSavedArticle(id))?.article.headline, await listArticlePictures(id), await pictureFieldsOf(id)]).toEqual([
      sampleArticle(1, { words: 60 }).headline,
      [],
      { record: [undefined, undefined], card: [undefined, undefined] },
    ]);
  });
});

describe('the library’s pictures as a whole', () => {
  it('totals them from the cards, and removing them all leaves every article', async () => {
    const [a, b, c] = [await saved(1), await saved(2), await saved(3)];
    await keepArticlePictures(a, [picture('cranes', 300), picture('quay', 200)]);
    await keepArticlePictures(b, [picture('ferry', 50)]);
    expect(await pictureTotals()).toEqual({ articles: 2, pictures: 3, bytes: 550 });
    expect(await removeAllPictures()).toEqual({ ok: true, articles: 2 });
    expect(await pictureTotals()).toEqual({ articles: 0, pictures: 0, bytes: 0 });
    expect([await listArticlePictures(a), await listArticlePictures(b), await pictureFieldsOf(a)]).toEqual([[], [], { record: [undefined, undefined], card: [undefined, undefined] }]);
    expect((await listAllCards()).cards.map((card) => card.id).sort()).toEqual([a, b, c].sort());
  });

  it('deletes an article’s pictures with it, and Undo puts them back byte for byte', async () => {
    const id = await saved(1);
    await keepArticlePictures(id, [picture('cranes', 300)]);
    const deleted = await deleteArticles([id]);
    if (!deleted.ok) throw new Error(deleted.message);
    expect([deleted.removed[0]?.pictures.map((p) => p.url), await listArticlePictures(id)]).toEqual([['https://cdn.news.example/m/cranes.jpg'], []]);
    expect(await restoreArticles(deleted.removed)).toEqual({ ok: true, count: 1 });
    const [back] = await listArticlePictures(id);
    expect([new Uint8Array(await back!.blob.arrayBuffer()), await pictureFieldsOf(id)]).toEqual([new Uint8Array(300).fill(7), { record: [1, 300], card: [1, 300] }]);
  });
});
