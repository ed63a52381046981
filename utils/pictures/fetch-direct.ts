/**
 * Pictures fetched by the extension itself, for hosts whose access the reader gave: the optional `http://*\/*` and
 * `https://*\/*` asked once when "Also keep pictures from other sites" is turned on (picture-access.ts), or one
 * site's host given for "Always use the reader view" there.
 */
import { browser } from 'wxt/browser';
import { MAX_ARTICLE_BYTES, PICTURE_TIMEOUT_MS } from './limits';
import { PICTURE_REQUEST, type Fetched } from './fetched';

/** True when the extension holds access to the picture's host (any port), so it may fetch it across origins. */
export function holdsPictureHost(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] }).catch(() => false);
}

export async function fetchDirectly(url: string, fetcher: typeof fetch = fetch): Promise<Fetched> {
  try {
    const response = await fetcher(url, { ...PICTURE_REQUEST, signal: AbortSignal.timeout(PICTURE_TIMEOUT_MS) });
    if (!response.ok || Number(response.headers.get('content-length') ?? 0) > MAX_ARTICLE_BYTES) return { url, status: 'failed' };
    const blob = await response.blob();
    return blob.size > MAX_ARTICLE_BYTES ? { url, status: 'failed' } : { url, status: 'ok', contentType: response.headers.get('content-type'), blob };
  } catch {
    return { url, status: 'failed' };
  }
}
