/**
 * A page that takes too long (huge, or built to be slow) never leaves the popup spinning: after 5 s the
 * extraction is abandoned and the reader is told so, with a way to try again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { extractFromPage } from '../../utils/extract/page-stage';
import { EXTRACTION_TIMEOUT_MS, readTab, TAB_MESSAGES } from '../../utils/tab-extraction';
import { extractFixture, fixtureUrl, readFixture } from '../helpers';
import { parsePage } from '../../cli/dom';

type ExecuteScript = (injection: unknown) => Promise<{ result: unknown }[]>;

function stubTab(executeScript: ExecuteScript): void {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 4, status: 'complete', url: 'https://news.example/huge' } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  // WXT's fake browser has no scripting API: give it the one call readTab makes.
  (fakeBrowser as unknown as { scripting: { executeScript: ExecuteScript } }).scripting = { executeScript };
}

describe('readTab on a page that never finishes extracting', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives up after 5 s with the timeout message', async () => {
    expect(EXTRACTION_TIMEOUT_MS).toBe(5000);
    stubTab(() => new Promise(() => undefined));
    let settled: unknown = 'pending';
    void readTab(4).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ ok: false, problem: 'timeout', message: TAB_MESSAGES.timeout });
    expect(TAB_MESSAGES.timeout).toBe('Reading this page took longer than 5 seconds, so Clearpress stopped. Try again, or try the reader view.');
  });

  it('still takes a page read in 4.9 s', async () => {
    const html = readFixture('pages/clean-page.html');
    const extraction = extractFromPage(parsePage(html, fixtureUrl(html)), { url: fixtureUrl(html) });
    stubTab(() => new Promise((resolve) => setTimeout(() => resolve([{ result: { ok: true, extraction } }]), 4_900)));
    let settled: unknown = 'pending';
    void readTab(4).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(settled).toEqual({ ok: true, extraction, tabId: 4, url: 'https://news.example/huge' });
    expect(extraction?.headline.headline).toBe(extractFixture('pages/clean-page.html')?.headline);
  });

  it('reports a result of the wrong shape as an error, never as an article', async () => {
    stubTab(() => Promise.resolve([{ result: { ok: true, extraction: { headline: 'x' } } }]));
    expect(await readTab(4)).toEqual({ ok: false, problem: 'error', message: TAB_MESSAGES.error });
  });
});
