/**
 * The key that makes "the same article" the same record: saving a URL twice updates one record.
 * Query parameters listed here only say where a click came from, never which article it is.
 */
import { getDomain } from 'tldts';

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref_src', 'ref_url', 'smid', 'smtyp', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'cmpid', 'ocid', 'sr_share',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'itm_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The URL without tracking parameters and fragment; anything that is not an absolute URL comes back trimmed. */
export function canonicalizeUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = '';
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    // Collect first: deleting while iterating URLSearchParams skips entries.
    const tracked = [...url.searchParams.keys()].filter(isTrackingParam);
    for (const name of new Set(tracked)) url.searchParams.delete(name);
  }
  // `URL` keeps a lone "?" after the last parameter is deleted.
  return url.href.replace(/\?$/, '');
}

/**
 * The canonical URL of an article: its `<link rel=canonical>` when it has a believable one, else its own URL
 * cleaned of tracking. A canonical link pointing at a site's front page from an article is a known CMS bug, so it
 * is ignored; one naming another site is ignored too, since any page can claim any address and saving it would
 * then overwrite that site's saved article.
 */
export function canonicalUrlOf(pageUrl: string | null, canonicalLink?: string | null): string | null {
  const page = pageUrl ? canonicalizeUrl(pageUrl) : null;
  if (canonicalLink) {
    const link = canonicalizeUrl(resolveAgainst(canonicalLink, pageUrl));
    if (isBelievableCanonical(link, page)) return link;
  }
  return page;
}

function resolveAgainst(link: string, base: string | null): string {
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

function isBelievableCanonical(link: string, page: string | null): boolean {
  let linkUrl: URL;
  try {
    linkUrl = new URL(link);
  } catch {
    return false;
  }
  if (linkUrl.protocol !== 'http:' && linkUrl.protocol !== 'https:') return false;
  if (!page) return true;
  let pageUrl: URL;
  try {
    pageUrl = new URL(page);
  } catch {
    return true;
  }
  return !(linkUrl.pathname === '/' && pageUrl.pathname !== '/') && siteOf(linkUrl.hostname) === siteOf(pageUrl.hostname);
}

/**
 * The site a host belongs to: its registrable domain under the Public Suffix List, private suffixes included, so
 * `news.example.co.uk` and `www.example.co.uk` are one site while `a.github.io` and `b.github.io` are two. A host
 * with no registrable domain (an IP address, `localhost`) is its own site.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase();
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
