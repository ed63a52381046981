/**
 * The sites whose saved copies show their pictures from the web ("Always show pictures from <site>"), stored on this
 * device with @wxt-dev/storage. A site is named as keep rules name it: the article's host without `www.`.
 */
import { storage } from 'wxt/utils/storage';
import { isSiteHost } from '../auto-reader/site-access';
import { siteOf } from '../extract/fingerprint';

export const pictureSitesItem = storage.defineItem<string[]>('local:picture-sites', { fallback: [], version: 1 });

/** Any stored value → its valid hosts, once each, sorted (hand-edited or damaged entries are dropped). */
export function normalizePictureSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isSiteHost))].sort((a, b) => a.localeCompare(b));
}

/** The site an article's pictures are allowed for, or null for an article without a web address. */
export const pictureSiteOf = (articleUrl: string | null | undefined): string | null => siteOf(articleUrl);

export async function listPictureSites(): Promise<string[]> {
  return normalizePictureSites(await pictureSitesItem.getValue());
}

/** Whether saved copies of the article at `articleUrl` show its pictures from the web. */
export async function showsPicturesFrom(articleUrl: string | null | undefined): Promise<boolean> {
  const site = pictureSiteOf(articleUrl);
  return site !== null && (await listPictureSites()).includes(site);
}

export async function addPictureSite(site: string): Promise<string[]> {
  const sites = await listPictureSites();
  if (sites.includes(site) || !isSiteHost(site)) return sites;
  const next = normalizePictureSites([...sites, site]);
  await pictureSitesItem.setValue(next);
  return next;
}

export async function removePictureSite(site: string): Promise<string[]> {
  const sites = await listPictureSites();
  const next = sites.filter((existing) => existing !== site);
  if (next.length !== sites.length) await pictureSitesItem.setValue(next);
  return next;
}

export function watchPictureSites(listener: (sites: string[]) => void): () => void {
  return pictureSitesItem.watch((value) => listener(normalizePictureSites(value)));
}
