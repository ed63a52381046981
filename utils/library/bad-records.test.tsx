// @vitest-environment jsdom
/**
 * Bad stored data: records corrupted or edited by hand, written straight into the stores, never break
 * the library page, the search, the export or the reader's read of a saved id.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/library/App';
import { closeLibrary, openLibrary } from './db';
import { exportLibrary } from './export';
import { readableRecord } from './repair';
import { getSavedArticle, listAllCards, listNewestCards } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { cardOf, type LibraryCard, type SavedArticle } from './schema';
import { openSearchIndex } from './search-source';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeLibrary();
});

const HOSTILE = '<img src=x onerror="globalThis.pwned=1">Mayor<script>globalThis.pwned=1</script>';

async function saveGood(n: number): Promise<SavedArticle> {
  const saved = await saveArticle(sampleArticle(n, { words: 60 }), { now: new Date(`2026-01-0${n}T10:00:00.000Z`) });
  if (!saved.ok) throw new Error(saved.message);
  return saved.record;
}

/** Writes values as they are, with no check: what a hand edit in devtools or a damaged disk leaves behind. */
async function putRaw(store: 'articles' | 'cards', ...values: unknown[]): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(store, 'readwrite');
  for (const value of values) await (tx.store.put as (value: unknown) => Promise<unknown>)(value);
  await tx.done;
}

const damagedRecord = (good: SavedArticle): unknown => ({
  id: 'damaged-1',
  canonicalUrl: 'https://civicreview.example/news/damaged',
  savedAt: 'yesterday',
  tags: ['ok', 7, null],
  read: 'yes',
  readingPosition: 4,
  article: { ...good.article, headline: 'Council delays the ferry vote', summary: 42, implications: 'none', sources: [{ id: '1', title: 5 }, 'x', { id: '2', title: null, url: null, citedBy: 2, missing: true }], byline: ['A', 'B'], wordCount: -3, contentHtml: `<p>${HOSTILE}</p>` },
});

describe('a damaged record is read as far as it is safe', () => {
  it('keeps what has the right type and empties the rest', async () => {
    const good = await saveGood(1);
    const read = readableRecord(damagedRecord(good));
    expect(read).toEqual({
      id: 'damaged-1',
      canonicalUrl: 'https://civicreview.example/news/damaged',
      savedAt: '1970-01-01T00:00:00.000Z',
      updatedAt: '1970-01-01T00:00:00.000Z',
      tags: ['ok'],
      read: false,
      readingPosition: 0,
      article: {
        ...good.article,
        headline: 'Council delays the ferry vote',
        summary: '',
        implications: [],
        sources: [{ id: '1', title: null, url: null, citedBy: 0 }, { id: '2', title: null, url: null, citedBy: 2, missing: true }],
        byline: null,
        wordCount: good.article.textContent.split(/\s+/).filter(Boolean).length,
        // The HTML is kept as stored: every page that shows it sanitizes it.
        contentHtml: `<p>${HOSTILE}</p>`,
      },
    });
  });

  it('keeps a sound highlight count and version, and drops a damaged one', async () => {
    const good = await saveGood(1);
    const damaged = damagedRecord(good) as Record<string, unknown>;
    expect([readableRecord({ ...damaged, highlightCount: 2, highlightsVersion: '2.00ff00ff' })].map((r) => [r?.highlightCount, r?.highlightsVersion])).toEqual([[2, '2.00ff00ff']]);
    expect(Object.keys(readableRecord({ ...damaged, highlightCount: 'two', highlightsVersion: '2.00ff00ff' }) ?? {})).not.toContain('highlightCount');
  });

  it('gives up on a value with no id, or with neither headline nor body', () => {
    expect(readableRecord('a string')).toBe(null);
    expect(readableRecord(null)).toBe(null);
    expect(readableRecord({ article: { headline: 'No id' } })).toBe(null);
    expect(readableRecord({ id: 'x', article: { headline: 3, contentHtml: null } })).toBe(null);
    expect(readableRecord({ id: 'x', article: 'not an object' })).toBe(null);
  });

  it('the reader gets the readable part of a damaged record by id, and null for one with nothing to show', async () => {
    const good = await saveGood(1);
    await putRaw('articles', damagedRecord(good), { id: 'empty', article: { headline: '' } });
    expect((await getSavedArticle('damaged-1'))?.article.headline).toBe('Council delays the ferry vote');
    expect(await getSavedArticle('empty')).toBe(null);
    expect(await getSavedArticle(good.id)).toEqual(good);
  });
});

describe('the list, the search and the export with damaged records beside good ones', () => {
  async function seed(): Promise<SavedArticle[]> {
    const good = [await saveGood(1), await saveGood(2)];
    const hostileCard: LibraryCard = { ...cardOf(good[0]!), id: 'hostile', headline: HOSTILE, savedAt: '2026-01-03T10:00:00.000Z' };
    await putRaw('articles', damagedRecord(good[0]!), { ...good[0], id: 'hostile', canonicalUrl: 'https://x.example/h', article: { ...good[0]!.article, headline: HOSTILE } });
    await putRaw(
      'cards',
      hostileCard,
      { id: 'no-fields', savedAt: '2026-01-04T10:00:00.000Z' },
      { id: 'wrong-types', savedAt: '2026-01-05T10:00:00.000Z', headline: ['x'], summary: 1, tags: 'a', read: 'no', readingMinutes: 'ten', canonicalUrl: 5, siteName: 3 },
    );
    return good;
  }

  it('lists the good cards newest first and counts the damaged ones', async () => {
    await seed();
    const first = await listNewestCards(40);
    expect([first.cards.map((card) => card.id).slice(0, 1), first.skipped, first.total]).toEqual([['hostile'], 2, 5]);
    const all = await listAllCards();
    expect([all.cards.length, all.skipped]).toEqual([3, 2]);
  });

  it('indexes a damaged record as far as it is readable', async () => {
    await seed();
    const { index } = await openSearchIndex((await listAllCards()).cards);
    expect(index.search('ferry').map((hit) => hit.id)).toEqual(['damaged-1']);
  });

  it('exports the good records and counts the damaged one it leaves out', async () => {
    await seed();
    const exported = await exportLibrary('json');
    expect([exported.count, exported.skipped]).toEqual([3, 1]);
  });

  it('the library page shows the good rows, a hostile headline as text, and says what it skipped', async () => {
    await seed();
    delete (globalThis as { pwned?: unknown }).pwned;
    const root = document.createElement('div');
    document.body.append(root);
    render(<App />, root);
    const shown = async (test: () => boolean) => {
      for (let i = 0; i < 200 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      return test();
    };
    expect(await shown(() => root.querySelectorAll('.row').length === 3 && /could not be read/.test(root.querySelector('.error')?.textContent ?? ''))).toBe(true);
    expect(root.querySelector('.error')?.textContent).toBe('2 saved records could not be read and are not shown.');
    const headline = root.querySelector('.row[data-id="hostile"] .headline a');
    expect(headline?.textContent).toBe(HOSTILE);
    expect(headline?.querySelector('img, script')).toBe(null);
    expect((globalThis as { pwned?: unknown }).pwned).toBe(undefined);
    render(null, root);
    root.remove();
  });
});
