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
};

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
    const file = FIXTURES[pathname];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(file));
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
