/** A fixture server on 127.0.0.1 (port 0): news pages by path, plus a page that never finishes loading. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Path on the server → file. The seed page is served from the shared folder, never copied. */
export const FIXTURES: Record<string, string> = {
  '/2025/06/07/wagner-mali-exit': path.resolve(ROOT, '../shared/fixtures/seed-news-page.html'),
  '/2025/03/04/cms-footnotes': path.join(ROOT, 'tests/fixtures/pages/cms-footnotes-takeaways.html'),
  '/2025/09/02/library-reopens': path.join(ROOT, 'tests/fixtures/pages/clean-page.html'),
  '/section/world': path.join(ROOT, 'e2e/fixtures/no-article.html'),
  '/2025/01/01/still-loading': path.join(ROOT, 'e2e/fixtures/still-loading.html'),
  // Pictures in every form a page gives them (and a tracking pixel); `{{HOST}}` is the server's host and port.
  '/2026/03/12/night-cranes': path.join(ROOT, 'e2e/fixtures/harbour-pictures.html'),
};

/** Real picture files, as small as they come: a 1×1 GIF and a 1×1 PNG. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.000\nQuay 4, ten at night.\n';

/**
 * The picture, video and caption files the fixture pages name (`/pictures/*`, `/media/*`, the tracking pixel):
 * GIF or PNG bytes by extension; videos are a few bytes only (their request is what tests look at).
 */
function mediaFile(pathname: string): { type: string; body: Buffer | string } | null {
  if (!/^\/(?:pictures|media)\/|^\/pixel-1x1\.gif$/.test(pathname)) return null;
  const extension = path.extname(pathname);
  if (extension === '.gif') return { type: 'image/gif', body: GIF };
  if (extension === '.png') return { type: 'image/png', body: PNG };
  if (extension === '.vtt') return { type: 'text/vtt', body: CAPTIONS };
  if (extension === '.webm' || extension === '.mp4') return { type: `video/${extension.slice(1)}`, body: Buffer.alloc(16) };
  return null;
}

export interface FixtureServer {
  origin: string;
  url: (pathname: string) => string;
  close: () => Promise<void>;
  /** Every request received, in order: path with query, and the Referer header if any. */
  requests: { path: string; referer: string | null }[];
}

/** A page a test generates rather than reads from a file. */
export interface GeneratedPage {
  /** The body: HTML, or any bytes (a picture) with their content-type in `headers`. */
  html: string | Buffer;
  headers?: Record<string, string>;
}

export interface FixtureServerOptions {
  /** Pages by path, tried before FIXTURES; `origin` is the server's own, for pages that link back to it. */
  pages?: (pathname: string, origin: string) => GeneratedPage | undefined;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const requests: FixtureServer['requests'] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    requests.push({ path: request.url ?? '/', referer: request.headers.referer ?? null });
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const generated = options.pages?.(pathname, origin);
    if (generated) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...generated.headers });
      response.end(generated.html);
      return;
    }
    if (pathname === '/never-finishes.png') {
      // Keeps the page's load event from firing: the tab stays "loading".
      hanging.add(response);
      response.writeHead(200, { 'content-type': 'image/png' });
      return;
    }
    const media = mediaFile(pathname);
    if (media) {
      response.writeHead(200, { 'content-type': media.type });
      response.end(media.body);
      return;
    }
    const file = FIXTURES[pathname];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const bytes = readFileSync(file);
    // Only a page that asks for it is read as text: the others are served byte for byte, whatever their encoding.
    response.end(bytes.includes('{{HOST}}') ? bytes.toString('utf8').replaceAll('{{HOST}}', new URL(origin).host) : bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    url: (pathname) => `${origin}${pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The number of requests the server has had, once none has come for half a second: a page may still be asking
 * (a video trying its next source) after it reloaded or closed, and that must not count against the next step.
 */
export async function requestsWhenQuiet(server: FixtureServer): Promise<number> {
  for (;;) {
    const count = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (server.requests.length === count) return count;
  }
}
