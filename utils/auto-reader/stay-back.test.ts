import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetLeftPages, leftPagesIn, markLeft, MAX_LEFT_PER_TAB, pageAddress, tabLoadVerdict } from './stay-back';

const STORY = 'https://news.example/2025/06/07/story';
const sites = ['news.example'];

describe('tabLoadVerdict', () => {
  it('reads a page of a chosen site', () => {
    expect(tabLoadVerdict({ url: STORY, sites, left: [], readerFrom: null })).toBe('read');
  });

  it('leaves other sites, other hosts of the same domain, and unreadable pages alone', () => {
    expect(tabLoadVerdict({ url: 'https://other.example/story', sites, left: [], readerFrom: null })).toBe('not-chosen');
    expect(tabLoadVerdict({ url: 'https://www.news.example/story', sites, left: [], readerFrom: null })).toBe('not-chosen');
    expect(tabLoadVerdict({ url: 'https://news.example/report.pdf', sites, left: [], readerFrom: null })).toBe('not-chosen');
    expect(tabLoadVerdict({ url: undefined, sites, left: [], readerFrom: null })).toBe('not-chosen');
    expect(tabLoadVerdict({ url: STORY, sites: [], left: [], readerFrom: null })).toBe('not-chosen');
  });

  it('knows the way back from the reader view: the tab’s reader was showing this page', () => {
    expect(tabLoadVerdict({ url: STORY, sites, left: [], readerFrom: STORY })).toBe('came-back');
    expect(tabLoadVerdict({ url: `${STORY}#comments`, sites, left: [], readerFrom: STORY })).toBe('came-back');
    // The reader view showed another page of the site: this one is a new visit.
    expect(tabLoadVerdict({ url: STORY, sites, left: [], readerFrom: 'https://news.example/older-story' })).toBe('read');
  });

  it('lets a page marked left stay, in-page links and reloads included', () => {
    expect(tabLoadVerdict({ url: STORY, sites, left: [STORY], readerFrom: STORY })).toBe('left');
    expect(tabLoadVerdict({ url: `${STORY}#section-2`, sites, left: [STORY], readerFrom: null })).toBe('left');
    // Another address of the site is not left: a query is another page.
    expect(tabLoadVerdict({ url: `${STORY}?page=2`, sites, left: [STORY], readerFrom: null })).toBe('read');
  });
});

describe('marks in session storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks a tab and address left, once, without the fragment', async () => {
    await markLeft(7, `${STORY}#top`);
    await markLeft(7, STORY);
    expect(await leftPagesIn(7)).toEqual([STORY]);
    expect(await leftPagesIn(8)).toEqual([]);
    expect(await fakeBrowser.storage.session.get('auto-reader-left-7')).toEqual({ 'auto-reader-left-7': [STORY] });
  });

  it('keeps the newest addresses of a tab, the one marked again last', async () => {
    for (let i = 0; i < MAX_LEFT_PER_TAB + 2; i++) await markLeft(3, `https://news.example/story-${i}`);
    await markLeft(3, 'https://news.example/story-5');
    const left = await leftPagesIn(3);
    expect(left).toHaveLength(MAX_LEFT_PER_TAB);
    expect(left[0]).toBe('https://news.example/story-2');
    expect(left.at(-1)).toBe('https://news.example/story-5');
  });

  it('forgets a tab’s marks when the tab closes', async () => {
    await markLeft(7, STORY);
    await markLeft(9, STORY);
    await forgetLeftPages(7);
    expect(await leftPagesIn(7)).toEqual([]);
    expect(await leftPagesIn(9)).toEqual([STORY]);
  });

  it('ignores a damaged value', async () => {
    await fakeBrowser.storage.session.set({ 'auto-reader-left-4': [STORY, 12, null] });
    expect(await leftPagesIn(4)).toEqual([STORY]);
    await fakeBrowser.storage.session.set({ 'auto-reader-left-4': 'oops' });
    expect(await leftPagesIn(4)).toEqual([]);
  });

  it('pageAddress drops the fragment only', () => {
    expect(pageAddress('https://news.example/a?b=1#c')).toBe('https://news.example/a?b=1');
    expect(pageAddress('https://news.example/a')).toBe('https://news.example/a');
  });
});
