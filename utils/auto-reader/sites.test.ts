import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addAutoReaderSite,
  clearPendingGrant,
  listAutoReaderSites,
  normalizeSites,
  PENDING_GRANT_MAX_AGE_MS,
  pendingGrant,
  recordPendingGrant,
  removeAutoReaderSites,
  watchAutoReaderSites,
} from './sites';

const MAY = new Date('2025-05-12T08:00:00.000Z');

beforeEach(() => fakeBrowser.reset());

describe('the list of sites', () => {
  it('adds a site once, sorted by host, with when it was chosen', async () => {
    await addAutoReaderSite('news.example', MAY);
    await addAutoReaderSite('daily.example', new Date('2025-05-13T08:00:00.000Z'));
    await addAutoReaderSite('news.example', new Date('2025-06-01T00:00:00.000Z'));
    expect(await listAutoReaderSites()).toEqual([
      { host: 'daily.example', addedAt: '2025-05-13T08:00:00.000Z' },
      { host: 'news.example', addedAt: '2025-05-12T08:00:00.000Z' },
    ]);
    expect(await fakeBrowser.storage.local.get('auto-reader-sites')).toEqual({
      'auto-reader-sites': [
        { host: 'daily.example', addedAt: '2025-05-13T08:00:00.000Z' },
        { host: 'news.example', addedAt: '2025-05-12T08:00:00.000Z' },
      ],
    });
  });

  it('removes the given sites and keeps the others', async () => {
    await addAutoReaderSite('news.example', MAY);
    await addAutoReaderSite('daily.example', MAY);
    expect(await removeAutoReaderSites(['news.example', 'never.example'])).toEqual([{ host: 'daily.example', addedAt: MAY.toISOString() }]);
    expect(await listAutoReaderSites()).toEqual([{ host: 'daily.example', addedAt: MAY.toISOString() }]);
  });

  it('drops damaged, duplicate and hand-edited entries', () => {
    expect(normalizeSites('news.example')).toEqual([]);
    expect(
      normalizeSites([
        { host: 'news.example', addedAt: 'a' },
        { host: 'news.example', addedAt: 'b' },
        { host: '*.evil.example', addedAt: 'c' },
        { host: 'https://x.example/*', addedAt: 'd' },
        { host: 'ok.example' },
        null,
        'plain.example',
      ]),
    ).toEqual([{ host: 'news.example', addedAt: 'a' }]);
  });

  it('tells its watchers about changes, normalized', async () => {
    const seen: string[][] = [];
    const stop = watchAutoReaderSites((sites) => seen.push(sites.map((site) => site.host)));
    await addAutoReaderSite('news.example', MAY);
    await removeAutoReaderSites(['news.example']);
    stop();
    await addAutoReaderSite('late.example', MAY);
    expect(seen).toEqual([['news.example'], []]);
  });
});

describe('the pending request', () => {
  it('is kept in session storage with its host and time', async () => {
    await recordPendingGrant('news.example', 1_000);
    expect(await fakeBrowser.storage.session.get('auto-reader-pending')).toEqual({ 'auto-reader-pending': { host: 'news.example', requestedAt: 1_000 } });
    expect(await pendingGrant(1_000 + PENDING_GRANT_MAX_AGE_MS)).toEqual({ host: 'news.example', requestedAt: 1_000 });
  });

  it('is no request any more once too old, from the future, damaged or cleared', async () => {
    await recordPendingGrant('news.example', 1_000);
    expect(await pendingGrant(1_001 + PENDING_GRANT_MAX_AGE_MS)).toBeNull();
    expect(await pendingGrant(999)).toBeNull();
    await fakeBrowser.storage.session.set({ 'auto-reader-pending': { host: '<all_urls>', requestedAt: 1_000 } });
    expect(await pendingGrant(1_000)).toBeNull();
    await recordPendingGrant('news.example', 1_000);
    await clearPendingGrant();
    expect(await pendingGrant(1_000)).toBeNull();
  });
});
