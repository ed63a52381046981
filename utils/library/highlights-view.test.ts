import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightColor } from '../highlights/types';
import { closeLibrary, openLibrary } from './db';
import { addHighlight, listHighlightTags, listRecentHighlights } from './highlights';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeLibrary);

const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

/** Two articles; highlight n (0..9) created at minute n, alternating articles, colours in turn, every third tagged. */
async function seed(): Promise<string[]> {
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const saved = await saveArticle(sampleArticle(n, { words: 60 }));
    if (!saved.ok) throw new Error(saved.message);
    ids.push(saved.record.id);
  }
  for (let n = 0; n < 10; n++) {
    const createdAt = `2026-02-01T10:0${n}:00.000Z`;
    const added = await addHighlight(highlightOf(`h${n}`, ids[n % 2]!, n * 10, { color: COLORS[n % 4], tags: n % 3 === 0 ? ['Ferry', 'port'] : [], createdAt, updatedAt: createdAt }));
    if (!added.ok) throw new Error(added.message);
  }
  return ids;
}

const idsOf = (result: { entries: { highlight: { id: string } }[]; total: number }) => [result.entries.map((entry) => entry.highlight.id), result.total];

describe('listRecentHighlights', () => {
  it('lists the newest first with their article’s headline, site and address, from the cards', async () => {
    const [a, b] = await seed();
    const first = await listRecentHighlights({ limit: 3 });
    expect(idsOf(first)).toEqual([['h9', 'h8', 'h7'], 10]);
    expect(first.entries.map(({ highlight, ...article }) => [highlight.articleId, article])).toEqual([
      [b, { headline: sampleArticle(2).headline, siteName: sampleArticle(2).siteName, canonicalUrl: sampleArticle(2).url!.replace('?utm_source=feed', '') }],
      [a, { headline: sampleArticle(1).headline, siteName: sampleArticle(1).siteName, canonicalUrl: sampleArticle(1).url!.replace('?utm_source=feed', '') }],
      [b, { headline: sampleArticle(2).headline, siteName: sampleArticle(2).siteName, canonicalUrl: sampleArticle(2).url!.replace('?utm_source=feed', '') }],
    ]);
  });

  it('pages on with an offset, to the end', async () => {
    await seed();
    expect(idsOf(await listRecentHighlights({ limit: 4, offset: 4 }))).toEqual([['h5', 'h4', 'h3', 'h2'], 10]);
    expect(idsOf(await listRecentHighlights({ limit: 4, offset: 8 }))).toEqual([['h1', 'h0'], 10]);
    expect(idsOf(await listRecentHighlights({ limit: 50 }))).toEqual([['h9', 'h8', 'h7', 'h6', 'h5', 'h4', 'h3', 'h2', 'h1', 'h0'], 10]);
  });

  it('filters by colour and by tag without case, counting every match', async () => {
    await seed();
    expect(idsOf(await listRecentHighlights({ limit: 2, color: 'yellow' }))).toEqual([['h8', 'h4'], 3]);
    expect(idsOf(await listRecentHighlights({ limit: 2, color: 'yellow', offset: 2 }))).toEqual([['h0'], 3]);
    expect(idsOf(await listRecentHighlights({ limit: 10, tag: 'FERRY' }))).toEqual([['h9', 'h6', 'h3', 'h0'], 4]);
    expect(idsOf(await listRecentHighlights({ limit: 10, tag: 'ferry', color: 'pink' }))).toEqual([['h3'], 1]);
    expect(idsOf(await listRecentHighlights({ limit: 10, color: 'green', tag: 'none' }))).toEqual([[], 0]);
  });

  it('finds a tag in every spelling, newest first, and pages through it', async () => {
    const saved = await saveArticle(sampleArticle(1, { words: 60 }));
    if (!saved.ok) throw new Error(saved.message);
    const at = (minute: number) => ({ createdAt: `2026-02-01T10:0${minute}:00.000Z`, updatedAt: `2026-02-01T10:0${minute}:00.000Z` });
    await addHighlight(highlightOf('a', saved.record.id, 0, { tags: ['Ferry'], ...at(1) }));
    await addHighlight(highlightOf('b', saved.record.id, 9, { tags: ['ferry', 'port'], color: 'blue', ...at(3) }));
    await addHighlight(highlightOf('c', saved.record.id, 20, { tags: ['FERRY'], ...at(2) }));
    await addHighlight(highlightOf('d', saved.record.id, 30, { tags: ['port'], ...at(4) }));
    expect(idsOf(await listRecentHighlights({ limit: 5, tag: 'ferry' }))).toEqual([['b', 'c', 'a'], 3]);
    expect(idsOf(await listRecentHighlights({ limit: 1, offset: 1, tag: 'Ferry' }))).toEqual([['c'], 3]);
    expect(idsOf(await listRecentHighlights({ limit: 5, tag: 'ferry', color: 'yellow' }))).toEqual([['c', 'a'], 2]);
  });

  it('lists highlights created in the same millisecond in the order a cursor going back gives', async () => {
    const saved = await saveArticle(sampleArticle(1, { words: 60 }));
    if (!saved.ok) throw new Error(saved.message);
    for (const id of ['m', 'z', 'a']) await addHighlight(highlightOf(id, saved.record.id, 0));
    expect(idsOf(await listRecentHighlights({ limit: 2 }))).toEqual([['z', 'm'], 3]);
    expect(idsOf(await listRecentHighlights({ limit: 2, offset: 1 }))).toEqual([['m', 'a'], 3]);
  });

  it('leaves out a damaged highlight and one whose card cannot be read', async () => {
    const [a] = await seed();
    const db = await openLibrary();
    await db.put('highlights', { id: 'broken', createdAt: '2026-03-01T00:00:00.000Z', color: 'yellow' } as never);
    await db.put('cards', { id: a, savedAt: '2026-01-01T00:00:00.000Z' } as never);
    // Totals come from the indexes: they count the damaged one too.
    expect(idsOf(await listRecentHighlights({ limit: 3, color: 'yellow' }))).toEqual([[], 4]);
    // Each still takes its place in the page: the next page starts at offset + limit all the same.
    expect(idsOf(await listRecentHighlights({ limit: 3 }))).toEqual([['h9'], 11]);
  });
});

describe('listHighlightTags', () => {
  it('lists every highlight tag once, alphabetically, spelled as it sorts first', async () => {
    const saved = await saveArticle(sampleArticle(1, { words: 60 }));
    if (!saved.ok) throw new Error(saved.message);
    await addHighlight(highlightOf('a', saved.record.id, 0, { tags: ['port', 'Ferry'] }));
    await addHighlight(highlightOf('b', saved.record.id, 9, { tags: ['ferry', 'Budget'] }));
    expect(await listHighlightTags()).toEqual(['Budget', 'Ferry', 'port']);
  });
});
