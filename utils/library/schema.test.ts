import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLibrary, openLibrary } from './db';
import { findSavedByUrl, getSavedArticle, listAllCards } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { cardOf, LIBRARY_DB_NAME, runUpgrades, type SavedArticle, type SavedArticleV1 } from './schema';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeLibrary);

/** Writes records the way version 1 of the extension did, then closes the database. */
async function writeVersion1(records: SavedArticleV1[]): Promise<void> {
  const db = await openDB(LIBRARY_DB_NAME, 1, {
    upgrade: (database, oldVersion, newVersion, tx) => runUpgrades(database as IDBPDatabase<unknown>, tx as never, oldVersion, newVersion ?? 1),
  });
  for (const record of records) await db.put('articles' as never, record as never);
  db.close();
}

const v1 = (n: number, id: string, savedAt: string, tags: string[], read = false, url?: string): SavedArticleV1 => {
  const article = sampleArticle(n);
  return { id, url: url ?? article.url, savedAt, tags, read, article };
};

describe('schema upgrade', () => {
  it('opens a version 1 database: fills the new fields, builds the cards, merges URLs saved twice', async () => {
    const a = v1(1, 'a', '2025-05-01T00:00:00.000Z', ['economy']);
    const b = v1(2, 'b', '2025-05-02T00:00:00.000Z', [], true);
    // Version 1 let the same article in twice under two tracking variants of its URL.
    const aAgain = { ...v1(1, 'a2', '2025-06-01T00:00:00.000Z', ['to-cite'], true, `${sampleArticle(1).url}&fbclid=1#c`), article: { ...sampleArticle(1), headline: 'Newer headline' } };
    await writeVersion1([a, b, aAgain]);

    const db = await openLibrary();
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'cards', 'highlights', 'pictures', 'searchIndex']);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['canonicalUrl', 'savedAt']);

    expect(await getSavedArticle('a')).toEqual({
      id: 'a',
      canonicalUrl: sampleArticle(1).url!.replace('?utm_source=feed', ''),
      savedAt: '2025-05-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
      tags: ['economy', 'to-cite'],
      read: true,
      readingPosition: 0,
      article: { ...sampleArticle(1), headline: 'Newer headline' },
    });
    expect(await getSavedArticle('a2')).toBe(null);
    expect((await getSavedArticle('b'))?.readingPosition).toBe(0);
    expect((await listAllCards()).cards.map((card) => [card.id, card.headline])).toEqual([
      ['b', sampleArticle(2).headline],
      ['a', 'Newer headline'],
    ]);
  });

  it('after the upgrade, saving an article of version 1 updates it', async () => {
    await writeVersion1([v1(3, 'old', '2025-05-01T00:00:00.000Z', ['kept'])]);
    const saved = await saveArticle(sampleArticle(3));
    expect(saved.ok && [saved.status, saved.record.id, saved.record.tags]).toEqual(['updated', 'old', ['kept']]);
    expect((await findSavedByUrl(sampleArticle(3).url!))?.id).toBe('old');
  });

  it('skips a damaged version 1 record without blocking the upgrade', async () => {
    await writeVersion1([v1(4, 'x', '2025-05-01T00:00:00.000Z', []), { id: 'broken' } as unknown as SavedArticleV1]);
    expect((await listAllCards()).cards.map((card) => card.id)).toEqual(['x']);
    expect(await getSavedArticle('broken')).toBe(null);
  });

  it('leaves a version 1 database untouched when its upgrade fails', async () => {
    await writeVersion1([v1(4, 'x', '2025-05-01T00:00:00.000Z', [])]);
    vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementation(() => {
      throw new DOMException('Simulated failure', 'UnknownError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openLibrary()).rejects.toThrow();
    vi.restoreAllMocks();
    await closeLibrary();
    const db = await openDB(LIBRARY_DB_NAME);
    expect([db.version, [...db.objectStoreNames], await db.count('articles' as never)]).toEqual([1, ['articles'], 1]);
    db.close();
  });
});

/** Writes records and their cards the way version 2 of the extension did (cards without a highlight count). */
async function writeVersion2(records: SavedArticle[]): Promise<void> {
  const db = await openDB(LIBRARY_DB_NAME, 2, {
    upgrade: (database, oldVersion, newVersion, tx) => runUpgrades(database as IDBPDatabase<unknown>, tx as never, oldVersion, newVersion ?? 2),
  });
  for (const record of records) {
    const { highlightCount: _count, ...card } = cardOf(record);
    await db.put('articles' as never, record as never);
    await db.put('cards' as never, card as never);
  }
  db.close();
}

const v2 = (n: number, id: string): SavedArticle => ({
  id,
  canonicalUrl: `https://example.com/${n}`,
  savedAt: `2025-05-0${n}T00:00:00.000Z`,
  updatedAt: `2025-05-0${n}T00:00:00.000Z`,
  tags: ['kept'],
  read: n % 2 === 0,
  readingPosition: 0.25,
  article: sampleArticle(n, { words: 40 }),
});

describe('schema upgrade to version 3', () => {
  it('adds the highlights store and gives every card a count of none, keeping every record as it was', async () => {
    const records = [v2(1, 'a'), v2(2, 'b')];
    await writeVersion2(records);
    const db = await openLibrary();
    expect(db.version).toBe(4);
    const highlights = db.transaction('highlights').store;
    expect([highlights.keyPath, [...highlights.indexNames].sort()]).toEqual(['id', ['articleId', 'colorCreatedAt', 'createdAt', 'tags']]);
    expect(['articleId', 'createdAt', 'colorCreatedAt', 'tags'].map((name) => [highlights.index(name as 'tags').keyPath, highlights.index(name as 'tags').multiEntry])).toEqual([
      ['articleId', false],
      ['createdAt', false],
      [['color', 'createdAt'], false],
      ['tags', true],
    ]);
    expect(await db.getAll('articles')).toEqual(records);
    expect(await db.getAll('cards')).toEqual(records.map(cardOf));
    expect((await db.getAll('cards')).map((card) => card.highlightCount)).toEqual([0, 0]);
    expect(await db.count('highlights')).toBe(0);
  });

  it('leaves a version 2 database untouched when its upgrade fails', async () => {
    await writeVersion2([v2(1, 'a')]);
    vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementation(() => {
      throw new DOMException('Simulated failure', 'UnknownError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openLibrary()).rejects.toThrow();
    vi.restoreAllMocks();
    await closeLibrary();
    const db = await openDB(LIBRARY_DB_NAME);
    const { highlightCount: _count, ...card } = cardOf(v2(1, 'a'));
    expect([db.version, [...db.objectStoreNames].sort(), await db.getAll('cards' as never)]).toEqual([2, ['articles', 'cards', 'searchIndex'], [card]]);
    db.close();
  });
});

describe('schema upgrade to version 4', () => {
  it('adds the pictures store, keyed by article and address, keeping every record and card as it was', async () => {
    const records = [v2(1, 'a'), v2(2, 'b')];
    await writeVersion2(records);
    const v3 = await openDB(LIBRARY_DB_NAME, 3, {
      upgrade: (database, oldVersion, newVersion, tx) => runUpgrades(database as IDBPDatabase<unknown>, tx as never, oldVersion, newVersion ?? 3),
    });
    const cardsAtV3 = await v3.getAll('cards' as never);
    v3.close();

    const db = await openLibrary();
    expect(db.version).toBe(4);
    const pictures = db.transaction('pictures').store;
    expect([pictures.keyPath, [...pictures.indexNames], pictures.index('articleId').keyPath]).toEqual([['articleId', 'url'], ['articleId'], 'articleId']);
    expect(await db.getAll('articles')).toEqual(records);
    expect(await db.getAll('cards')).toEqual(cardsAtV3);
    expect(await db.count('pictures')).toBe(0);
  });
});
