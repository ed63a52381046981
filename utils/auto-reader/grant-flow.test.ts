/**
 * Asking for a site and giving it back, as the popup, the reader page, the options page and the background do it,
 * with the browser's permissions faked (tests/fake-permissions.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions, type FakePermissions } from '../../tests/fake-permissions';
import type { Message } from '../messages';
import { askForAutoReader, stopAutoReader } from './ask';
import { autoReaderHandlers, completePendingGrant, forgetRevokedSites, registerAutoReader } from './background-wiring';
import { addAutoReaderSite, listAutoReaderSites, pendingGrant, recordPendingGrant } from './sites';

const HOST = 'news.example';
const ORIGINS = ['http://news.example/*', 'https://news.example/*'];

let permissions: FakePermissions;
let calls: string[];

/** The background: its listeners registered, its two message handlers answering the pages. */
function startBackground(): void {
  registerAutoReader();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, ...request } = message as Message<'autoReader:granted' | 'autoReader:remove'>;
    return (autoReaderHandlers[type] as (request: unknown, sender: object) => Promise<unknown>)(request, {});
  });
}

const hosts = async () => (await listAutoReaderSites()).map((site) => site.host);
/** Lets listeners fired without being awaited (onAdded, onRemoved) finish their storage work. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  calls = [];
  permissions = installFakePermissions(calls);
});

describe('the reader ticks “Always use the reader view on news.example”', () => {
  it('records the pending request, then asks for the one host, both before its first await; then registers it', async () => {
    startBackground();
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation((items) => {
      calls.push(`storage.session.set ${Object.keys(items).join(' ')}`);
      return set(items);
    });
    const asked = askForAutoReader(HOST);
    // Still inside the click: the browser has both calls already.
    expect(calls).toEqual(['storage.session.set auto-reader-pending', `permissions.request ${ORIGINS.join(' ')}`]);
    expect(await asked).toBe('granted');
    expect(await hosts()).toEqual([HOST]);
    expect(await pendingGrant()).toBeNull();
  });

  it('a refusal registers nothing and forgets the request', async () => {
    startBackground();
    permissions.answer = 'refuse';
    expect(await askForAutoReader(HOST)).toBe('refused');
    expect(await hosts()).toEqual([]);
    expect(await pendingGrant()).toBeNull();
    expect(permissions.granted.size).toBe(0);
  });

  it('a browser that refuses to ask (no click) rejects, and nothing is registered', async () => {
    startBackground();
    permissions.answer = 'throw';
    await expect(askForAutoReader(HOST)).rejects.toThrow('user input handler');
    expect(await hosts()).toEqual([]);
    expect(await pendingGrant()).toBeNull();
  });

  it('the popup closed by the browser’s question: the background registers the site when the grant arrives', async () => {
    startBackground();
    // What the popup managed before Firefox closed it: the pending request, and the question.
    await recordPendingGrant(HOST);
    await fakeBrowser.permissions.request({ origins: ORIGINS });
    await settle();
    expect(await hosts()).toEqual([HOST]);
    expect(await pendingGrant()).toBeNull();
  });

  it('the grant registers the site once, whichever of the popup and the background comes first', async () => {
    startBackground();
    expect(await askForAutoReader(HOST)).toBe('granted');
    await settle();
    expect(await listAutoReaderSites()).toHaveLength(1);
  });
});

describe('completePendingGrant (permissions.onAdded)', () => {
  it('registers the pending site when the grant is that site’s', async () => {
    await recordPendingGrant(HOST, 5_000);
    permissions.granted = new Set(ORIGINS);
    expect(await completePendingGrant(ORIGINS, 6_000)).toBe(HOST);
    expect(await listAutoReaderSites()).toEqual([{ host: HOST, addedAt: new Date(6_000).toISOString() }]);
  });

  it('registers it when only the scheme not yet held was added', async () => {
    await recordPendingGrant(HOST, 5_000);
    permissions.granted = new Set(ORIGINS);
    expect(await completePendingGrant(['https://news.example/*'], 6_000)).toBe(HOST);
  });

  it('registers nothing for access nobody asked for here (the browser’s own menus), another site, or an old request', async () => {
    permissions.granted = new Set([...ORIGINS, 'https://other.example/*']);
    expect(await completePendingGrant(ORIGINS, 6_000)).toBeNull();
    await recordPendingGrant(HOST, 5_000);
    expect(await completePendingGrant(['https://other.example/*'], 6_000)).toBeNull();
    expect(await completePendingGrant(['https://other.example/*', ...ORIGINS], 6_000)).toBeNull();
    expect(await completePendingGrant(ORIGINS, 5_000 + 11 * 60_000)).toBeNull();
    expect(await hosts()).toEqual([]);
  });

  it('registers nothing while one of the two schemes is still missing', async () => {
    await recordPendingGrant(HOST, 5_000);
    permissions.granted = new Set(['http://news.example/*']);
    expect(await completePendingGrant(['http://news.example/*'], 6_000)).toBeNull();
  });
});

describe('giving a site back', () => {
  it('the options page (or an unticked box) removes the site and the permission', async () => {
    startBackground();
    expect(await askForAutoReader(HOST)).toBe('granted');
    await addAutoReaderSite('daily.example');
    calls.length = 0;
    expect(await stopAutoReader(HOST)).toEqual({ ok: true });
    expect(calls).toEqual([`permissions.remove ${ORIGINS.join(' ')}`]);
    expect(await fakeBrowser.permissions.contains({ origins: ORIGINS })).toBe(false);
    expect(await hosts()).toEqual(['daily.example']);
  });

  it('access taken back in the browser’s settings ends the option for that site', async () => {
    startBackground();
    expect(await askForAutoReader(HOST)).toBe('granted');
    permissions.revokeInBrowser(['https://news.example/*']);
    await settle();
    expect(await hosts()).toEqual([]);
  });

  it('forgetRevokedSites reads hosts from the patterns and ignores others', async () => {
    await addAutoReaderSite(HOST);
    await addAutoReaderSite('daily.example');
    expect(await forgetRevokedSites(['http://news.example/*', 'https://news.example/*', 'https://*/*'])).toEqual([HOST]);
    expect(await hosts()).toEqual(['daily.example']);
  });

  it('the background refuses to register a site whose access the browser did not give', async () => {
    expect(await autoReaderHandlers['autoReader:granted']({ host: HOST }, {})).toEqual({ ok: false, message: 'Your browser has not given Clearpress access to news.example.' });
    expect(await hosts()).toEqual([]);
  });
});
