/** A block's text fingerprint: what a per-site "keep" rule stores instead of the page's text or HTML. */
import { siteHost, webAddress } from './links';
import { comparableTokens } from './text';

/**
 * FNV-1a (32 bit, hex) of the block's words, lower-cased, without accents or punctuation, and with every
 * number written as 0: "12 comments" and "13 comments" are the same block on the next visit.
 */
export function blockFingerprint(text: string): string {
  const source = comparableTokens(text)
    .map((token) => token.replace(/\p{N}+/gu, '0'))
    .join(' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The site a keep rule belongs to: the page's host name without `www.`, or null for a page without one. */
export function siteOf(url: string | null | undefined): string | null {
  const address = url ? webAddress(url) : null;
  return address ? siteHost(address) : null;
}
