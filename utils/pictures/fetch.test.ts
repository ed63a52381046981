import { describe, expect, it } from 'vitest';
import { fetchDirectly } from './fetch-direct';
import { fetchedFromPage } from './fetch-in-tab';

describe('fetchDirectly', () => {
  it('sends a plain GET without credentials or Referer, and hands back the bytes and Content-Type', async () => {
    const seen: [string, RequestInit | undefined][] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      seen.push([url, init]);
      return new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/webp' } });
    }) as typeof fetch;
    const answer = await fetchDirectly('https://cdn.example/a.webp', fetcher);
    expect(answer.status === 'ok' && [answer.url, answer.contentType, answer.blob.size]).toEqual(['https://cdn.example/a.webp', 'image/webp', 3]);
    expect(seen.map(([url, { signal, ...init } = {}]) => [url, init, signal instanceof AbortSignal])).toEqual([
      ['https://cdn.example/a.webp', { method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache', redirect: 'follow' }, true],
    ]);
  });

  it('fails on an error status, an announced size over 10 MB, and a network error', async () => {
    const answers = [
      async () => new Response('missing', { status: 404 }),
      async () => new Response('x', { headers: { 'content-length': String(11 * 1024 * 1024) } }),
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ];
    const results = await Promise.all(answers.map((answer) => fetchDirectly('https://cdn.example/a.jpg', answer as unknown as typeof fetch)));
    expect(results).toEqual(Array(3).fill({ url: 'https://cdn.example/a.jpg', status: 'failed' }));
  });
});

describe('fetchedFromPage', () => {
  const urls = ['https://news.example/a.png', 'https://cdn.example/b.png', 'https://news.example/c.png'];

  it('turns the page’s base64 answers into Blobs, in the order asked', async () => {
    const answers = [
      { url: urls[0], status: 'ok', contentType: 'image/png', base64: btoa('PNG') },
      { url: urls[1], status: 'no-access' },
      { url: urls[2], status: 'failed' },
    ];
    const fetched = fetchedFromPage(urls, answers);
    expect(fetched.map((f) => f.status)).toEqual(['ok', 'no-access', 'failed']);
    expect(fetched[0]!.status === 'ok' && [fetched[0]!.contentType, await fetched[0]!.blob.text()]).toEqual(['image/png', 'PNG']);
  });

  it('counts anything else the page sends back as failed', () => {
    const failed = urls.map((url) => ({ url, status: 'failed' }));
    expect(fetchedFromPage(urls, null)).toEqual(failed);
    expect(fetchedFromPage(urls, [{ url: urls[1], status: 'ok', base64: 'AA==' }, { url: urls[1], status: 'ok', base64: 42 }, { url: urls[2], status: 'ok', base64: '%%%' }])).toEqual(failed);
  });
});
