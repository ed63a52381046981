/**
 * What "Always use the reader view on this site" asks the browser for: the page's own host name, over http and
 * https, and nothing wider. No `*.` subdomain pattern: a reader who chose news.example did not choose every other
 * host under it (on shared hosts such as github.io or blogspot.com those are other people's sites), and a
 * subdomain they also read can be ticked on its own.
 */
import { browser } from 'wxt/browser';
import { pageRefusalFor } from '../page-access';

/** A host name as URL parsing writes it: lower-case letters, digits, dots and hyphens (punycode), or `[IPv6]`. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;
/** The longest host name DNS allows. */
const MAX_HOST_LENGTH = 253;

export function isSiteHost(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_HOST_LENGTH && HOST.test(value);
}

/** The host the option is offered for on the page at `url`; null for pages extensions may not read (see page-access.ts). */
export function siteHostOf(url: string | null | undefined): string | null {
  if (!url || pageRefusalFor(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return isSiteHost(parsed.hostname) ? parsed.hostname : null;
}

/** The match patterns asked for: one host, both schemes, every path. A pattern without a port matches any port. */
export function originsForHost(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}

/** The host of one of those patterns (as `permissions.onAdded`/`onRemoved` report them); null for any other pattern. */
export function hostOfOrigin(origin: string): string | null {
  const match = /^https?:\/\/([^/]+)\/\*$/.exec(origin);
  return match && isSiteHost(match[1]) ? match[1]! : null;
}

/** True when the extension holds the site's access for both schemes. */
export function holdsSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originsForHost(host) }).catch(() => false);
}
