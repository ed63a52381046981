/**
 * `browser.permissions` for unit tests (WXT's fake browser has none): origins granted in memory, `request` answered
 * as the test says, `onAdded`/`onRemoved` fired as a browser fires them, and every call recorded in order.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Permissions = { origins?: string[]; permissions?: string[] };
type Listener = (permissions: Permissions) => void;

export interface FakePermissions {
  granted: Set<string>;
  /** What the reader answers the next requests: grant, refuse, or the browser throws (no user gesture, say). */
  answer: 'grant' | 'refuse' | 'throw';
  calls: string[];
  /** Fires `onRemoved` as the browser does when the reader takes access back in its own settings. */
  revokeInBrowser: (origins: string[]) => void;
}

function listeners() {
  const set = new Set<Listener>();
  return {
    set,
    event: { addListener: (l: Listener) => void set.add(l), removeListener: (l: Listener) => void set.delete(l), hasListener: (l: Listener) => set.has(l) },
    fire: (permissions: Permissions) => set.forEach((l) => l(permissions)),
  };
}

/** Installs a fresh fake on WXT's fake browser (call after `fakeBrowser.reset()`), and returns it. */
export function installFakePermissions(calls: string[] = []): FakePermissions {
  const added = listeners();
  const removed = listeners();
  const fake: FakePermissions = {
    granted: new Set(),
    answer: 'grant',
    calls,
    revokeInBrowser: (origins) => {
      origins.forEach((origin) => fake.granted.delete(origin));
      removed.fire({ origins });
    },
  };
  const api = {
    contains: async ({ origins = [] }: Permissions) => origins.every((origin) => fake.granted.has(origin)),
    getAll: async () => ({ origins: [...fake.granted], permissions: [] }),
    request: ({ origins = [] }: Permissions): Promise<boolean> => {
      calls.push(`permissions.request ${origins.join(' ')}`);
      if (fake.answer === 'throw') throw new Error('permissions.request may only be called from a user input handler');
      if (fake.answer === 'refuse') return Promise.resolve(false);
      const fresh = origins.filter((origin) => !fake.granted.has(origin));
      fresh.forEach((origin) => fake.granted.add(origin));
      if (fresh.length > 0) added.fire({ origins: fresh, permissions: [] });
      return Promise.resolve(true);
    },
    remove: async ({ origins = [] }: Permissions) => {
      calls.push(`permissions.remove ${origins.join(' ')}`);
      const gone = origins.filter((origin) => fake.granted.delete(origin));
      if (gone.length > 0) removed.fire({ origins: gone, permissions: [] });
      return true;
    },
    onAdded: added.event,
    onRemoved: removed.event,
  };
  (fakeBrowser as unknown as { permissions: typeof api }).permissions = api;
  return fake;
}
