/**
 * A page that takes too long (huge, or built to be slow) never leaves the popup spinning: after 5 s the
 * extraction is abandoned and the reader is told so, with a way to try again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EXTRACTION_TIMEOUT_MS, extractTab, TAB_MESSAGES } from '../../utils/tab-extraction';

type ExecuteScript = (injection: unknown) => Promise<{ result: unknown }[]>;

function stubTab(executeScript: ExecuteScript): void {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 4, status: 'complete', url: 'https://news.example/huge' } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  // WXT's fake browser has no scripting API: give it the one call extractTab makes.
  (fakeBrowser as unknown as { scripting: { executeScript: ExecuteScript } }).scripting = { executeScript };
}

describe('extractTab on a page that never finishes extracting', () => {
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
    void extractTab(4).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ ok: false, problem: 'timeout', message: TAB_MESSAGES.timeout });
    expect(TAB_MESSAGES.timeout).toBe('Reading this page took longer than 5 seconds, so Clearpress stopped. Try again, or try the reader view.');
  });

  it('still shows an article that arrives in 4.9 s', async () => {
    const article = { ok: true, article: { headline: 'x' } };
    stubTab(() => new Promise((resolve) => setTimeout(() => resolve([{ result: article }]), 4_900)));
    let settled: unknown = 'pending';
    void extractTab(4).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(5_000);
    // The stub's article is not a whole Article, so the popup reports an error rather than a timeout.
    expect(settled).toEqual({ ok: false, problem: 'error', message: TAB_MESSAGES.error });
  });
});
