/**
 * Pictures on the article page's own site, fetched from inside the page with the access the toolbar click gave
 * (`activeTab`, which lets the extension run script in that tab): the page's own origin is same-origin there, and
 * the page's cache usually answers.
 *
 * Why not from the extension itself: Firefox's activeTab does not let the extension's pages fetch the tab's origin
 * (the popup's fetch is refused by CORS), while Chromium's does; e2e/keep-pictures.e2e.ts checks both. Fetching in
 * the page works in both with one code path and asks for nothing more. Another host (a CDN) is out of the page's
 * reach without credentials-free cross-origin access, unless the reader gave the optional access (fetch-direct.ts).
 */
import { browser } from 'wxt/browser';
import { MAX_ARTICLE_BYTES, PICTURE_TIMEOUT_MS } from './limits';
import { withTimeout } from '../tab-extraction';
import { PICTURE_REQUEST, type Fetched } from './fetched';

/** One picture as the page sends it back: structured-cloneable in both browsers, so the bytes travel as base64. */
type PageAnswer = { url: string; status: 'ok'; contentType: string | null; base64: string } | { url: string; status: 'no-access' | 'failed' };

/**
 * Runs in the tab's isolated world (serialized, so self-contained): fetches the addresses on the page's own origin,
 * with no credentials, and leaves every other address alone.
 */
async function fetchOwnPictures(urls: string[], init: RequestInit, maxBytes: number, timeoutMs: number): Promise<PageAnswer[]> {
  const toBase64 = (blob: Blob) =>
    new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  return Promise.all(
    urls.map(async (url): Promise<PageAnswer> => {
      try {
        if (new URL(url).origin !== location.origin) return { url, status: 'no-access' };
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok || Number(response.headers.get('content-length') ?? 0) > maxBytes) return { url, status: 'failed' };
        const blob = await response.blob();
        if (blob.size > maxBytes) return { url, status: 'failed' };
        return { url, status: 'ok', contentType: response.headers.get('content-type'), base64: await toBase64(blob) };
      } catch {
        return { url, status: 'failed' };
      }
    }),
  );
}

function blobOfBase64(base64: string): Blob {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes]);
}

/** The page's answers, checked: anything but the expected shapes counts as failed (the page may have tampered). */
export function fetchedFromPage(urls: readonly string[], answers: unknown): Fetched[] {
  const list = Array.isArray(answers) ? (answers as Partial<PageAnswer & { base64: unknown; contentType: unknown }>[]) : [];
  return urls.map((url, i): Fetched => {
    const answer = list[i];
    if (!answer || answer.url !== url) return { url, status: 'failed' };
    if (answer.status === 'no-access') return { url, status: 'no-access' };
    if (answer.status !== 'ok' || typeof answer.base64 !== 'string') return { url, status: 'failed' };
    try {
      return { url, status: 'ok', contentType: typeof answer.contentType === 'string' ? answer.contentType : null, blob: blobOfBase64(answer.base64) };
    } catch {
      return { url, status: 'failed' };
    }
  });
}

/** Fetches `urls` from inside tab `tabId`; a tab that moved on or refuses the script gives each `no-access`. */
export async function fetchThroughTab(tabId: number, urls: readonly string[]): Promise<Fetched[]> {
  if (urls.length === 0) return [];
  try {
    const injected = browser.scripting.executeScript({ target: { tabId }, func: fetchOwnPictures, args: [[...urls], PICTURE_REQUEST, MAX_ARTICLE_BYTES, PICTURE_TIMEOUT_MS] });
    // Each fetch has its own timeout; this one covers a page too busy to run the script at all.
    const results = await withTimeout(injected, 2 * PICTURE_TIMEOUT_MS);
    return fetchedFromPage(urls, results === 'timeout' ? null : results[0]?.result);
  } catch {
    return urls.map((url) => ({ url, status: 'no-access' }));
  }
}
