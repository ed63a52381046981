import { describe, expect, it } from 'vitest';
import type { StoredPicture } from '../library/schema';
import type { Fetched } from './fetched';
import { keepPictures, type KeepPicturesDeps } from './keep';

const PAGE = 'https://news.example';
const CDN = 'https://cdn.example';

/** A picture answer of `bytes` bytes, typed `contentType`. */
const ok = (url: string, bytes = 100, contentType: string | null = 'image/jpeg'): Fetched => ({ url, status: 'ok', contentType, blob: new Blob([new Uint8Array(bytes)]) });

/**
 * Deps where the page's own pictures come through the tab, the CDN's only when `cdnAllowed`, and `fit` keeps the
 * bytes (a picture named `wide` comes back 2,000 px wide, one named `broken` does not decode).
 */
function fakeDeps(options: { cdnAllowed?: boolean; answers?: Record<string, Fetched>; kept?: StoredPicture[]; quota?: boolean } = {}) {
  const calls = { inTab: [] as string[], direct: [] as string[], stored: [] as { url: string; width: number; height: number; bytes: number; type: string }[] };
  const answer = (url: string): Fetched => options.answers?.[url] ?? ok(url);
  const deps: KeepPicturesDeps = {
    holdsHost: async (url) => url.startsWith(CDN) && options.cdnAllowed === true,
    fetchInTab: async (_tabId, urls) => {
      calls.inTab.push(...urls);
      return urls.map((url) => (url.startsWith(PAGE) ? answer(url) : { url, status: 'no-access' }));
    },
    fetchDirectly: async (url) => {
      calls.direct.push(url);
      return answer(url);
    },
    fit: async (blob, type) => {
      const name = await blob.text().catch(() => '');
      if (name === 'broken') throw new Error('The source image could not be decoded.');
      return { blob: new Blob([blob], { type }), width: name === 'wide' ? 2000 : 640, height: 480 };
    },
    kept: async () => options.kept ?? [],
    store: async (_articleId, pictures) => {
      if (options.quota) return { ok: false, message: 'Could not keep this article’s pictures: the browser has no storage left for the library.' };
      calls.stored = pictures.map(({ url, width, height, bytes, blob }) => ({ url, width, height, bytes, type: blob.type }));
      return { ok: true, count: pictures.length, bytes: pictures.reduce((sum, p) => sum + p.bytes, 0) };
    },
  };
  return { deps, calls };
}

const named = (url: string, text: string, contentType = 'image/png'): Fetched => ({ url, status: 'ok', contentType, blob: new Blob([text]) });

describe('keepPictures', () => {
  it('fetches the page’s own pictures in the tab, leaves another site’s without access, and keeps them in order', async () => {
    const { deps, calls } = fakeDeps({ answers: { [`${PAGE}/wide.png`]: named(`${PAGE}/wide.png`, 'wide') } });
    const result = await keepPictures({ articleId: 'a1', tabId: 7, addresses: [`${PAGE}/a.jpg`, `${CDN}/b.jpg`, `${PAGE}/wide.png`] }, deps);
    expect(result).toEqual({ ok: true, kept: 2, bytes: 104, skipped: { limit: 0, access: 1, failed: 0 } });
    expect(calls.inTab).toEqual([`${PAGE}/a.jpg`, `${CDN}/b.jpg`, `${PAGE}/wide.png`]);
    expect(calls.direct).toEqual([]);
    expect(calls.stored).toEqual([
      { url: `${PAGE}/a.jpg`, width: 640, height: 480, bytes: 100, type: 'image/jpeg' },
      { url: `${PAGE}/wide.png`, width: 2000, height: 480, bytes: 4, type: 'image/png' },
    ]);
  });

  it('fetches a site the reader allowed from the extension itself', async () => {
    const { deps, calls } = fakeDeps({ cdnAllowed: true });
    const result = await keepPictures({ articleId: 'a1', tabId: 7, addresses: [`${PAGE}/a.jpg`, `${CDN}/b.jpg`] }, deps);
    expect(result).toEqual({ ok: true, kept: 2, bytes: 200, skipped: { limit: 0, access: 0, failed: 0 } });
    expect([calls.inTab, calls.direct]).toEqual([[`${PAGE}/a.jpg`], [`${CDN}/b.jpg`]]);
  });

  it('takes the first 20 pictures and skips the rest, saying how many', async () => {
    const { deps, calls } = fakeDeps();
    const addresses = Array.from({ length: 25 }, (_, i) => `${PAGE}/p${i + 1}.jpg`);
    expect(await keepPictures({ articleId: 'a1', tabId: 7, addresses }, deps)).toEqual({ ok: true, kept: 20, bytes: 2000, skipped: { limit: 5, access: 0, failed: 0 } });
    expect(calls.inTab).toEqual(addresses.slice(0, 20));
    expect(calls.stored.at(-1)?.url).toBe(`${PAGE}/p20.jpg`);
  });

  it('keeps at most 10 MB: a picture that would pass it is skipped, a smaller one after it still fits', async () => {
    const MB = 1024 * 1024;
    const urls = [`${PAGE}/four-a.jpg`, `${PAGE}/four-b.jpg`, `${PAGE}/four-c.jpg`, `${PAGE}/one.jpg`];
    const { deps, calls } = fakeDeps({ answers: { [urls[0]!]: ok(urls[0]!, 4 * MB), [urls[1]!]: ok(urls[1]!, 4 * MB), [urls[2]!]: ok(urls[2]!, 4 * MB), [urls[3]!]: ok(urls[3]!, MB) } });
    expect(await keepPictures({ articleId: 'a1', tabId: 7, addresses: urls }, deps)).toEqual({ ok: true, kept: 3, bytes: 9 * MB, skipped: { limit: 1, access: 0, failed: 0 } });
    expect(calls.stored.map((p) => p.url)).toEqual([urls[0], urls[1], urls[3]]);
  });

  it('skips what is no picture, what fails and what does not decode, and never SVG', async () => {
    const urls = [`${PAGE}/page.html`, `${PAGE}/gone.jpg`, `${PAGE}/broken.jpg`, `${PAGE}/drawing.svg`, `${PAGE}/untyped`, `${PAGE}/fine.jpg`];
    const { deps, calls } = fakeDeps({
      answers: {
        [urls[0]!]: ok(urls[0]!, 100, 'text/html; charset=utf-8'),
        [urls[1]!]: { url: urls[1]!, status: 'failed' },
        [urls[2]!]: named(urls[2]!, 'broken', 'image/jpeg'),
        [urls[3]!]: ok(urls[3]!, 100, 'image/svg+xml'),
        [urls[4]!]: ok(urls[4]!, 100, null),
      },
    });
    expect(await keepPictures({ articleId: 'a1', tabId: 7, addresses: urls }, deps)).toEqual({ ok: true, kept: 1, bytes: 100, skipped: { limit: 0, access: 0, failed: 5 } });
    expect(calls.stored.map((p) => p.url)).toEqual([`${PAGE}/fine.jpg`]);
  });

  it('on an update, keeps a picture stored before that cannot be fetched now, and drops one the article no longer shows', async () => {
    const before = (name: string): StoredPicture => ({ articleId: 'a1', url: `${CDN}/${name}.jpg`, blob: new Blob(['old'], { type: 'image/jpeg' }), width: 800, height: 600, bytes: 3 });
    const { deps, calls } = fakeDeps({ kept: [before('still-shown'), before('gone-from-article')] });
    const result = await keepPictures({ articleId: 'a1', tabId: 7, addresses: [`${PAGE}/a.jpg`, `${CDN}/still-shown.jpg`, `${CDN}/new.jpg`] }, deps);
    expect(result).toEqual({ ok: true, kept: 2, bytes: 103, skipped: { limit: 0, access: 1, failed: 0 } });
    expect(calls.stored.map((p) => [p.url, p.bytes])).toEqual([
      [`${PAGE}/a.jpg`, 100],
      [`${CDN}/still-shown.jpg`, 3],
    ]);
  });

  it('hands back the library’s failure on a full disk (the text, saved before, is not touched here)', async () => {
    const { deps } = fakeDeps({ quota: true });
    expect(await keepPictures({ articleId: 'a1', tabId: 7, addresses: [`${PAGE}/a.jpg`] }, deps)).toEqual({
      ok: false,
      message: 'Could not keep this article’s pictures: the browser has no storage left for the library.',
    });
  });

  it('an article without pictures stores none (an update clears the old ones)', async () => {
    const { deps, calls } = fakeDeps();
    expect(await keepPictures({ articleId: 'a1', tabId: 7, addresses: [] }, deps)).toEqual({ ok: true, kept: 0, bytes: 0, skipped: { limit: 0, access: 0, failed: 0 } });
    expect([calls.inTab, calls.stored]).toEqual([[], []]);
  });
});
