import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../extract/types';
import type { TabInfo, TabReading } from '../tab-extraction';
import { createTabLoadHandler, type AutoOpenDeps } from './auto-open';

const STORY = 'https://news.example/2025/06/07/story';
const extraction = { url: STORY, contentHtml: '<p>Text</p>' } as unknown as PageExtraction;

/** The handler's world: one chosen site, tabs at the addresses given, a page stage answering as told. */
function world(options: { reading?: TabReading | Error; now?: string | null; left?: string[]; readerFrom?: string | null; sites?: string[] } = {}) {
  const log: string[] = [];
  const deps: AutoOpenDeps = {
    sites: async () => options.sites ?? ['news.example'],
    leftPages: async () => options.left ?? [],
    markLeft: async (tabId, url) => void log.push(`markLeft ${tabId} ${url}`),
    readerFrom: async () => options.readerFrom ?? null,
    read: async (tab: TabInfo) => {
      log.push(`read ${tab.id} ${tab.url}`);
      if (options.reading instanceof Error) throw options.reading;
      return options.reading ?? { ok: true, extraction, tabId: tab.id!, url: tab.url ?? null };
    },
    currentUrl: async () => (options.now === undefined ? STORY : options.now),
    open: async (tabId, content, originalUrl) => void log.push(`open ${tabId} ${content === extraction ? 'extraction' : '?'} ${originalUrl}`),
  };
  return { log, handle: createTabLoadHandler(deps) };
}

const complete = { status: 'complete' };

describe('a page of a chosen site finishes loading', () => {
  it('an article opens in the reader view, in that tab, from that address', async () => {
    const { log, handle } = world();
    expect(await handle(5, complete, { id: 5, url: STORY, status: 'complete' })).toBe('opened');
    expect(log).toEqual([`read 5 ${STORY}`, `open 5 extraction ${STORY}`]);
  });

  it('a page that is not an article stays', async () => {
    const { log, handle } = world({ reading: { ok: false, problem: 'no-article', message: 'No article found on this page' } });
    expect(await handle(5, complete, { id: 5, url: 'https://news.example/section/world' })).toBe('not-an-article');
    expect(log).toEqual(['read 5 https://news.example/section/world']);
  });

  it('a page the extension may not read, or that fails, stays, and nothing is thrown', async () => {
    const refused = world({ reading: { ok: false, problem: 'no-access', message: 'x' } });
    expect(await refused.handle(5, complete, { id: 5, url: STORY })).toBe('failed');
    const throwing = world({ reading: new Error('Cannot access contents of the page') });
    expect(await throwing.handle(5, complete, { id: 5, url: STORY })).toBe('failed');
    expect(throwing.log).toEqual([`read 5 ${STORY}`]);
  });

  it('the way back from the reader view marks the page left and reads nothing', async () => {
    const { log, handle } = world({ readerFrom: STORY });
    expect(await handle(5, complete, { id: 5, url: STORY })).toBe('came-back');
    expect(log).toEqual([`markLeft 5 ${STORY}`]);
  });

  it('a page marked left stays: a reload, an in-page link', async () => {
    const { log, handle } = world({ left: [STORY], readerFrom: STORY });
    expect(await handle(5, complete, { id: 5, url: STORY })).toBe('left');
    expect(await handle(5, complete, { id: 5, url: `${STORY}#comments` })).toBe('left');
    expect(log).toEqual([]);
  });

  it('a tab that moved on while the page was read is not taken back', async () => {
    const { log, handle } = world({ now: 'https://news.example/another-story' });
    expect(await handle(5, complete, { id: 5, url: STORY })).toBe('moved-on');
    const closed = world({ now: null });
    expect(await closed.handle(5, complete, { id: 5, url: STORY })).toBe('moved-on');
    expect(log).toEqual([`read 5 ${STORY}`]);
  });

  it('a second load event for the page being read opens nothing more', async () => {
    const { log, handle } = world();
    const [first, second] = await Promise.all([handle(5, complete, { id: 5, url: STORY }), handle(5, complete, { id: 5, url: `${STORY}#top` })]);
    expect([first, second]).toEqual(['opened', 'busy']);
    expect(log.filter((line) => line.startsWith('open'))).toHaveLength(1);
  });

  it('another page loaded while the first is read is read too, and only it opens', async () => {
    const NEXT = 'https://news.example/2025/06/08/next-story';
    const { log, handle } = world({ now: NEXT });
    const [first, second] = await Promise.all([handle(5, complete, { id: 5, url: STORY }), handle(5, complete, { id: 5, url: NEXT })]);
    expect([first, second]).toEqual(['moved-on', 'opened']);
    expect(log).toEqual([`read 5 ${STORY}`, `read 5 ${NEXT}`, `open 5 extraction ${NEXT}`]);
  });
});

describe('everything else', () => {
  it('updates other than a finished load, and tabs whose address the browser hides, cost nothing', async () => {
    const { log, handle } = world();
    expect(await handle(5, { status: 'loading' }, { id: 5, url: STORY })).toBeNull();
    expect(await handle(5, {}, { id: 5, url: STORY })).toBeNull();
    // Without the site's access, the browser leaves the address out.
    expect(await handle(5, complete, { id: 5 })).toBeNull();
    expect(log).toEqual([]);
  });

  it('pages of sites not chosen, and the reader page itself, are not read', async () => {
    const { log, handle } = world();
    expect(await handle(5, complete, { id: 5, url: 'https://other.example/story' })).toBe('not-chosen');
    expect(await handle(5, complete, { id: 5, url: 'chrome-extension://abc/reader.html' })).toBe('not-chosen');
    expect(await handle(5, complete, { id: 5, url: 'moz-extension://abc/reader.html' })).toBe('not-chosen');
    expect(log).toEqual([]);
  });
});
