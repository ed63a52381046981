/**
 * The sites whose articles open in the reader view by themselves, stored on this device with @wxt-dev/storage,
 * and the one grant being asked for. Only the background writes the list (after the browser granted the site's
 * access, or when it is taken back); pages read and watch it.
 */
import { storage } from 'wxt/utils/storage';
import { isSiteHost } from './site-access';

export interface AutoReaderSite {
  host: string;
  /** ISO 8601. */
  addedAt: string;
}

export const autoReaderSitesItem = storage.defineItem<AutoReaderSite[]>('local:auto-reader-sites', { fallback: [], version: 1 });

/** Any stored value → the valid sites in it, one entry per host, by host name (hand-edited or damaged entries are dropped). */
export function normalizeSites(value: unknown): AutoReaderSite[] {
  if (!Array.isArray(value)) return [];
  const byHost = new Map<string, AutoReaderSite>();
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { host, addedAt } = entry as Record<string, unknown>;
    if (isSiteHost(host) && typeof addedAt === 'string' && !byHost.has(host)) byHost.set(host, { host, addedAt });
  }
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}

export async function listAutoReaderSites(): Promise<AutoReaderSite[]> {
  return normalizeSites(await autoReaderSitesItem.getValue());
}

export async function hasAutoReaderSite(host: string): Promise<boolean> {
  return (await listAutoReaderSites()).some((site) => site.host === host);
}

/** Adds the site unless it is there already; returns the stored list. */
export async function addAutoReaderSite(host: string, now = new Date()): Promise<AutoReaderSite[]> {
  const sites = await listAutoReaderSites();
  if (sites.some((site) => site.host === host)) return sites;
  const next = normalizeSites([...sites, { host, addedAt: now.toISOString() }]);
  await autoReaderSitesItem.setValue(next);
  return next;
}

export async function removeAutoReaderSites(hosts: readonly string[]): Promise<AutoReaderSite[]> {
  const sites = await listAutoReaderSites();
  const next = sites.filter((site) => !hosts.includes(site.host));
  if (next.length !== sites.length) await autoReaderSitesItem.setValue(next);
  return next;
}

export function watchAutoReaderSites(listener: (sites: AutoReaderSite[]) => void): () => void {
  return autoReaderSitesItem.watch((value) => listener(normalizeSites(value)));
}

/**
 * The grant a page asked the browser for, recorded before asking: Firefox closes the popup when its permission
 * doorhanger opens, and the popup's promise goes with it, so the background finishes the registration when the
 * browser reports the grant (`permissions.onAdded`). Session storage: a question left unanswered when the browser
 * closes is no request any more.
 */
export interface PendingGrant {
  host: string;
  /** Epoch milliseconds. */
  requestedAt: number;
}

export const PENDING_GRANT_KEY = 'session:auto-reader-pending';
/** An answer later than this is not taken for the reader's answer to that question. */
export const PENDING_GRANT_MAX_AGE_MS = 10 * 60_000;

export function isPendingGrant(value: unknown): value is PendingGrant {
  if (typeof value !== 'object' || value === null) return false;
  const { host, requestedAt } = value as Record<string, unknown>;
  return isSiteHost(host) && typeof requestedAt === 'number' && Number.isFinite(requestedAt);
}

/**
 * Not an async function, and `storage.setItem` rather than a defined item (whose writes first await its migrations):
 * the write is handed to the browser before this returns, so before the caller asks for the permission.
 */
export function recordPendingGrant(host: string, now = Date.now()): Promise<void> {
  return storage.setItem<PendingGrant>(PENDING_GRANT_KEY, { host, requestedAt: now });
}

export async function pendingGrant(now = Date.now()): Promise<PendingGrant | null> {
  const value = await storage.getItem<PendingGrant>(PENDING_GRANT_KEY);
  return isPendingGrant(value) && now - value.requestedAt >= 0 && now - value.requestedAt <= PENDING_GRANT_MAX_AGE_MS ? value : null;
}

export function clearPendingGrant(): Promise<void> {
  return storage.removeItem(PENDING_GRANT_KEY);
}
