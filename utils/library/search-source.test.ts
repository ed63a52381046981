import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibrary } from './db';
import { addHighlight, changeHighlight, deleteHighlight } from './highlights';
import { changeTags, deleteArticles, listAllCards } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { LibrarySearchIndex } from './search';
import { openSearchIndex, readSearchSnapshot, reindexRecords, saveSearchSnapshot, searchVersionOf } from './search-source';
import { highlightOf } from './sample-highlights';
import { getSavedArticle } from './records';

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

describe('highlights in the search', () => {
  it('finds an article by a word only in one of its notes, its highlight tags or a quote, and keeps its updatedAt', async () => {
    const ids = await saveSome(6);
    const before = await getSavedArticle(ids[3]!);
    await addHighlight(highlightOf('h1', ids[3]!, 0, { note: 'Compare with the Quokkaville ferry figures.', tags: ['zebracrossing'] }));
    await addHighlight(highlightOf('h2', ids[4]!, 0, { exact: 'the harbourmaster said' }));
    const opened = await openSearchIndex((await listAllCards()).cards);
    expect(opened.index.search('quokkaville').map((hit) => hit.id)).toEqual([ids[3]]);
    expect(opened.index.search('zebracross').map((hit) => hit.id)).toEqual([ids[3]]);
    expect(opened.index.search('harbourmaster').map((hit) => hit.id)).toEqual([ids[4]]);
    expect((await getSavedArticle(ids[3]!))?.updatedAt).toBe(before?.updatedAt);
  });

  it('re-indexes an article whose note changed, from the snapshot, by its version alone', async () => {
    const ids = await saveSome(4);
    await addHighlight(highlightOf('h1', ids[1]!, 0, { note: 'quokka' }));
    const first = await openSearchIndex((await listAllCards()).cards);
    await saveSearchSnapshot(first.index);
    const versionBefore = searchVersionOf((await listAllCards()).cards.find((card) => card.id === ids[1])!);

    await changeHighlight('h1', { note: 'wombat', color: 'green' });
    const card = (await listAllCards()).cards.find((c) => c.id === ids[1])!;
    expect(searchVersionOf(card)).not.toBe(versionBefore);
    const later = await openSearchIndex((await listAllCards()).cards);
    expect([later.source, later.refreshed]).toEqual(['snapshot', 1]);
    expect([later.index.search('wombat').map((hit) => hit.id), later.index.search('quokka')]).toEqual([[ids[1]], []]);

    // As an open library page does when told the article changed.
    await deleteHighlight('h1');
    await reindexRecords(later.index, [ids[1]!], []);
    expect(later.index.search('wombat')).toEqual([]);
  });

  it('keeps the version of an article without highlights as it was before highlights existed', () => {
    expect(searchVersionOf({ updatedAt: '2026-01-01T00:00:00.000Z', tags: ['a', 'b'] })).toBe('2026-01-01T00:00:00.000Z|a\u0001b');
    expect(searchVersionOf({ updatedAt: '2026-01-01T00:00:00.000Z', tags: [], highlightsVersion: '1.0000abcd' })).toBe('2026-01-01T00:00:00.000Z||1.0000abcd');
  });
});
