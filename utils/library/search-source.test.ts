import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibrary } from './db';
import { changeTags, deleteArticles, listAllCards } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { LibrarySearchIndex } from './search';
import { openSearchIndex, readSearchSnapshot, saveSearchSnapshot } from './search-source';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeLibrary);

async function saveSome(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const saved = await saveArticle(sampleArticle(n, { words: 150 }));
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  return ids;
}

const QUERIES = ['climate', 'hosp', 'rate rise', 'ka', 'budget deal lyon', 'zzz'];

describe('search index snapshot', () => {
  it('answers exactly as the index it was taken from', async () => {
    await saveSome(30);
    const built = (await openSearchIndex((await listAllCards()).cards)).index;
    const restored = LibrarySearchIndex.fromSnapshot(structuredClone(built.toSnapshot()));
    for (const query of QUERIES) expect(restored.search(query)).toEqual(built.search(query));
    expect(restored.size).toBe(30);
  });

  it('rebuilds without a snapshot, then reads only what changed since', async () => {
    const ids = await saveSome(12);
    const first = await openSearchIndex((await listAllCards()).cards);
    expect([first.source, first.refreshed, first.changed]).toEqual(['rebuilt', 12, true]);
    expect(await saveSearchSnapshot(first.index)).toBe(true);

    const unchanged = await openSearchIndex((await listAllCards()).cards);
    expect([unchanged.source, unchanged.refreshed, unchanged.changed]).toEqual(['snapshot', 0, false]);

    // Written by another page while this one was closed: a new tag, a deletion, a new article.
    await changeTags([ids[0]!], { add: ['zebracrossing'] });
    await deleteArticles([ids[1]!]);
    const added = await saveArticle({ ...sampleArticle(99, { words: 100 }), headline: 'Quokka census finished' });
    const later = await openSearchIndex((await listAllCards()).cards);
    expect([later.source, later.refreshed, later.changed]).toEqual(['snapshot', 2, true]);
    expect(later.index.search('zebracrossing').map((hit) => hit.id)).toEqual([ids[0]]);
    expect(later.index.search('quokka').map((hit) => hit.id)).toEqual([added.ok ? added.record.id : '']);
    expect(later.index.has(ids[1]!)).toBe(false);
    expect(later.index.size).toBe(12);
  });

  it('takes a snapshot read started before the cards were listed, as the library page does', async () => {
    const ids = await saveSome(5);
    expect(await readSearchSnapshot()).toBeUndefined();
    await saveSearchSnapshot((await openSearchIndex((await listAllCards()).cards)).index);
    const snapshot = readSearchSnapshot();
    // Changed after the read began: the read is brought up to date against the cards like any snapshot.
    await changeTags([ids[2]!], { add: ['zebracrossing'] });
    const opened = await openSearchIndex((await listAllCards()).cards, { snapshot });
    expect([opened.source, opened.refreshed, opened.index.size]).toEqual(['snapshot', 1, 5]);
    expect(opened.index.search('zebracrossing').map((hit) => hit.id)).toEqual([ids[2]]);
    // The read handed in is the one used: none handed in means a rebuild, although one is saved.
    const none = await openSearchIndex((await listAllCards()).cards, { snapshot: Promise.resolve(undefined) });
    expect([none.source, none.refreshed]).toEqual(['rebuilt', 5]);
  });

  it('rebuilds when the saved snapshot is damaged', async () => {
    await saveSome(3);
    const { openLibrary } = await import('./db');
    await (await openLibrary()).put('searchIndex', { format: 1, ids: ['x'] } as never, 'snapshot');
    const opened = await openSearchIndex((await listAllCards()).cards);
    expect([opened.source, opened.index.size]).toEqual(['rebuilt', 3]);
  });
});
