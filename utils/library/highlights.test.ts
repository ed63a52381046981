import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Highlight, HighlightColor } from '../highlights/types';
import { closeLibrary, onLibraryChange, openLibrary, type LibraryChange } from './db';
import { addHighlight, changeHighlight, deleteHighlight, listArticleHighlights, moveHighlights, restoreHighlights } from './highlights';
import { deleteArticles, getSavedArticle, listAllCards, restoreArticles, setRead, setTags } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeLibrary();
});

async function saved(n: number): Promise<string> {
  const result = await saveArticle(sampleArticle(n, { words: 60 }), { now: new Date(`2026-01-0${n}T10:00:00.000Z`) });
  if (!result.ok) throw new Error(result.message);
  return result.record.id;
}

async function countsOf(id: string): Promise<[number | undefined, number | undefined]> {
  const card = (await listAllCards()).cards.find((c) => c.id === id);
  return [(await getSavedArticle(id))?.highlightCount, card?.highlightCount];
}

const unwrap = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error((result as unknown as { message: string }).message);
  return result as Extract<T, { ok: true }>;
};

describe('adding and listing', () => {
  it('lists an article’s highlights in text order and counts them on its record and card', async () => {
    const id = await saved(1);
    expect(await addHighlight(highlightOf('b', id, 40))).toEqual({ ok: true });
    expect(await addHighlight(highlightOf('a', id, 5))).toEqual({ ok: true });
    expect(await addHighlight(highlightOf('c', id, 40, { exact: 'passage c, longer' }))).toEqual({ ok: true });
    expect((await listArticleHighlights(id)).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(await countsOf(id)).toEqual([3, 3]);
    expect(await listArticleHighlights('other')).toEqual([]);
  });

  it('keeps the note without trailing white space and the tags as article tags are kept', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5, { note: '  Check this.\n\n  ', tags: [' To cite ', 'to cite', '', 'ferry'] }));
    const [stored] = await listArticleHighlights(id);
    expect([stored?.note, stored?.tags]).toEqual(['  Check this.', ['To cite', 'ferry']]);
  });

  it('announces the article as changed, so open pages refresh', async () => {
    const id = await saved(1);
    const heard: LibraryChange[] = [];
    const stop = onLibraryChange((change) => heard.push(change));
    await addHighlight(highlightOf('a', id, 5));
    await vi.waitFor(() => expect(heard).toEqual([{ changed: [id], deleted: [] }]));
    stop();
  });

  it('refuses a highlight of an article that is not saved, and writes nothing', async () => {
    expect(await addHighlight(highlightOf('a', 'gone', 5))).toEqual({ ok: false, message: 'Could not save this highlight: its article is not saved in the library. Nothing was changed.' });
    expect(await (await openLibrary()).count('highlights')).toBe(0);
  });

  it('refuses an incomplete highlight or a note that is too long, naming the problem', async () => {
    const id = await saved(1);
    const broken = { ...highlightOf('a', id, 5), color: 'red' } as unknown as Highlight;
    expect(await addHighlight(broken)).toEqual({ ok: false, message: 'Could not save this highlight: it is incomplete (highlight.color should be one of yellow, green, blue, pink). Nothing was changed.' });
    expect(await addHighlight(highlightOf('a', id, 5, { note: `${'n'.repeat(10_001)}` }))).toEqual({
      ok: false,
      message: 'Could not save this highlight: the note is longer than 10,000 characters. Nothing was changed.',
    });
    expect(await addHighlight(highlightOf('a', id, 5, { note: `${'n'.repeat(10_000)}\n  ` }))).toEqual({ ok: true });
  });

  it('turns a full disk into the quota message and leaves neither highlight nor count', async () => {
    const id = await saved(1);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await addHighlight(highlightOf('a', id, 5))).toEqual({
      ok: false,
      message: 'Could not save this highlight: the browser has no storage left for the library. Nothing was changed. Export and delete some articles, or free disk space, then try again.',
    });
    vi.restoreAllMocks();
    expect([await listArticleHighlights(id), await countsOf(id)]).toEqual([[], [undefined, 0]]);
  });

  it('skips a damaged stored highlight', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5));
    await (await openLibrary()).put('highlights', { id: 'broken', articleId: id, target: 3 } as never);
    expect((await listArticleHighlights(id)).map((h) => h.id)).toEqual(['a']);
  });
});

describe('the count survives every write to the article', () => {
  it('saving the article again, tagging it and marking it read keep its highlights and their count', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5));
    await addHighlight(highlightOf('b', id, 9));
    await saveArticle(sampleArticle(1, { words: 60 }), { now: new Date('2026-03-01T00:00:00.000Z') });
    await setTags(id, ['ferry']);
    await setRead([id], true);
    expect(await countsOf(id)).toEqual([2, 2]);
    expect((await listArticleHighlights(id)).map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('changing, moving, deleting', () => {
  it('changes colour, note and tags, and sets updatedAt', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-01T12:00:00.000Z'));
    const changed = unwrap(await changeHighlight('a', { color: 'green', note: 'Ask the port authority.  \n', tags: ['Port', 'port '] }));
    expect(changed.highlight).toEqual({ ...highlightOf('a', id, 5), color: 'green', note: 'Ask the port authority.', tags: ['Port'], updatedAt: '2026-04-01T12:00:00.000Z' });
    expect(await listArticleHighlights(id)).toEqual([changed.highlight]);
    // Only what is given changes.
    const recoloured = unwrap(await changeHighlight('a', { color: 'pink' }));
    expect([recoloured.highlight.note, recoloured.highlight.tags, recoloured.highlight.color]).toEqual(['Ask the port authority.', ['Port'], 'pink']);
  });

  it('refuses a change to a highlight that is gone, a colour that is not one, or a note too long', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5));
    expect(await changeHighlight('gone', { note: 'x' })).toEqual({ ok: false, message: 'Could not change this highlight: it is no longer in the library. Nothing was changed.' });
    expect(await changeHighlight('a', { color: 'red' as HighlightColor })).toEqual({ ok: false, message: 'Could not change this highlight: "red" is not a highlight colour. Nothing was changed.' });
    expect(await changeHighlight('a', { note: 'n'.repeat(10_001) })).toEqual({ ok: false, message: 'Could not change this highlight: the note is longer than 10,000 characters. Nothing was changed.' });
    expect(await listArticleHighlights(id)).toEqual([highlightOf('a', id, 5)]);
  });

  it('moves highlights to their new place without touching updatedAt, skipping those gone', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5));
    await addHighlight(highlightOf('b', id, 30));
    const moved = highlightOf('a', id, 50, { exact: 'passage a, reworded' }).target;
    expect(await moveHighlights([{ id: 'a', target: moved }, { id: 'gone', target: moved }])).toEqual({ ok: true, count: 1 });
    expect(await listArticleHighlights(id)).toEqual([highlightOf('b', id, 30), { ...highlightOf('a', id, 5), target: moved }]);
  });

  it('moves nothing when one new place is invalid', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5));
    await addHighlight(highlightOf('b', id, 30));
    const good = highlightOf('a', id, 50).target;
    const bad = { ...good, position: { type: 'TextPositionSelector' as const, start: 9, end: 2 } };
    expect(await moveHighlights([{ id: 'a', target: good }, { id: 'b', target: bad }])).toEqual({ ok: false, message: 'Could not move the highlights: highlight.target.position.end should not be less than start. Nothing was changed.' });
    expect(await listArticleHighlights(id)).toEqual([highlightOf('a', id, 5), highlightOf('b', id, 30)]);
  });

  it('deletes a highlight, hands it back, and puts it back on Undo', async () => {
    const id = await saved(1);
    await addHighlight(highlightOf('a', id, 5, { note: 'kept' }));
    await addHighlight(highlightOf('b', id, 30));
    const deleted = unwrap(await deleteHighlight('a'));
    expect(deleted.removed).toEqual(highlightOf('a', id, 5, { note: 'kept' }));
    expect(await countsOf(id)).toEqual([1, 1]);
    expect(await deleteHighlight('a')).toEqual({ ok: false, message: 'Could not delete this highlight: it is no longer in the library. Nothing was changed.' });
    expect(await restoreHighlights([deleted.removed])).toEqual({ ok: true, count: 1 });
    expect(await listArticleHighlights(id)).toEqual([deleted.removed, highlightOf('b', id, 30)]);
    expect(await countsOf(id)).toEqual([2, 2]);
  });

  it('restores no highlight whose article is gone, nor over one changed since', async () => {
    const a = await saved(1);
    const b = await saved(2);
    await addHighlight(highlightOf('x', b, 5, { updatedAt: '2026-05-01T00:00:00.000Z', note: 'newer' }));
    await deleteArticles([a]);
    expect(await restoreHighlights([highlightOf('h', a, 5), highlightOf('x', b, 5, { note: 'older' })])).toEqual({ ok: true, count: 0 });
    expect((await listArticleHighlights(b)).map((h) => h.note)).toEqual(['newer']);
  });

  it('removes the count from the record when the last highlight goes', async () => {
    const id = await saved(1);
    const before = await getSavedArticle(id);
    await addHighlight(highlightOf('a', id, 5));
    await deleteHighlight('a');
    expect(await getSavedArticle(id)).toEqual(before);
    expect(await countsOf(id)).toEqual([undefined, 0]);
  });
});

describe('deleting articles with highlights', () => {
  it('deletes their highlights in the same transaction, hands them back with the records, and Undo restores both', async () => {
    const a = await saved(1);
    const b = await saved(2);
    await addHighlight(highlightOf('a2', a, 30));
    await addHighlight(highlightOf('a1', a, 5, { note: 'first' }));
    await addHighlight(highlightOf('b1', b, 5));
    const before = await getSavedArticle(a);
    const deleted = unwrap(await deleteArticles([a]));
    expect(deleted.removed.map((r) => [r.id, r.highlights.map((h) => h.id)])).toEqual([[a, ['a1', 'a2']]]);
    expect(await (await openLibrary()).count('highlights')).toBe(1);
    expect(await restoreArticles(deleted.removed)).toEqual({ ok: true, count: 1 });
    expect(await getSavedArticle(a)).toEqual(before);
    expect((await listArticleHighlights(a)).map((h) => h.id)).toEqual(['a1', 'a2']);
    expect(await countsOf(a)).toEqual([2, 2]);
  });

  it('restores a record passed without its highlights (as before highlights) with none', async () => {
    const a = await saved(1);
    await addHighlight(highlightOf('a1', a, 5));
    const deleted = unwrap(await deleteArticles([a]));
    const [{ highlights: _highlights, ...record }] = deleted.removed as [(typeof deleted.removed)[number]];
    expect(await restoreArticles([record])).toEqual({ ok: true, count: 1 });
    expect([await listArticleHighlights(a), await countsOf(a)]).toEqual([[], [undefined, 0]]);
  });
});
