/**
 * The story the picture browser tests save, its two servers, and how they save it and read back what the
 * extension stored. The story shows two pictures from its own site (one 2,400 px wide, which Save resizes to
 * 2,000 px) and one from a second server (another origin, as a CDN would be). Each picture is one colour of its
 * own, so bytes swapped between two addresses would show. Used by keep-pictures.e2e.ts and picture-library.e2e.ts.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { clickToolbarButton, type Chromium, type TargetSession } from './chromium';
import { startFixtureServer, type FixtureServer, type GeneratedPage } from './fixture-server';

export const STORY = '/2025/10/02/harbour-cranes';

/** A PNG of one colour, written here so the test needs no image files. */
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The pictures as the servers send them, by path. */
export const PICTURES: Record<string, Buffer> = {
  '/img/cranes.png': png(400, 300, [30, 90, 160]),
  '/img/terminal-at-dusk.png': png(2400, 1200, [200, 120, 40]),
  '/cdn/berth-seven.png': png(600, 400, [40, 140, 60]),
};

const paragraph = (n: number) =>
  `<p>The port authority said the electric cranes at the north terminal moved ${n * 120} containers in their first week, ` +
  'with crews reporting quieter shifts and fewer delays at the berths than under the diesel machines they replace. ' +
  'Dock workers’ representatives welcomed the change but asked for more training before the night shifts switch over.</p>';

function storyPage(cdnOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour cranes go electric at the north terminal</title></head>
<body><header><nav><a href="/">Harbour Ledger</a></nav></header><main><article>
<h1>Harbour cranes go electric at the north terminal</h1>
<p class="byline">By Ines Marlow</p>
<figure><img src="/img/cranes.png" width="400" height="300" alt="Cranes at the north terminal"><figcaption>The first electric cranes.</figcaption></figure>
${[1, 2, 3, 4].map(paragraph).join('\n')}
<figure><img src="/img/terminal-at-dusk.png" width="2400" height="1200" alt="The terminal at dusk"><figcaption>The terminal at dusk.</figcaption></figure>
${[5, 6, 7].map(paragraph).join('\n')}
<figure><img src="${cdnOrigin}/cdn/berth-seven.png" width="600" height="400" alt="Berth seven from the water"><figcaption>Berth seven.</figcaption></figure>
${[8, 9].map(paragraph).join('\n')}
</article></main></body></html>`;
}

const picture = (pathname: string): GeneratedPage | undefined => {
  const bytes = PICTURES[pathname];
  return bytes ? { html: bytes, headers: { 'content-type': 'image/png' } } : undefined;
};

export interface Servers {
  site: FixtureServer;
  cdn: FixtureServer;
}

export async function startServers(): Promise<Servers> {
  const cdn = await startFixtureServer({ pages: picture });
  const site = await startFixtureServer({ pages: (pathname) => (pathname === STORY ? { html: storyPage(cdn.origin) } : picture(pathname)) });
  return { site, cdn };
}

export async function stopServers(servers: Servers | undefined): Promise<void> {
  await servers?.site.close().catch(() => undefined);
  await servers?.cdn.close().catch(() => undefined);
}

/** The requests for pictures a server has had. */
export const pictureRequests = (server: FixtureServer) => server.requests.filter((r) => /\.png$/.test(r.path));

/** What the popup says after Save with the click's access alone, and once other sites are allowed. */
export const OWN_SITE_STATUS = '2 pictures kept with it. 1 on another site not kept (the options can allow pictures from other sites).';
export const ALL_STATUS = '3 pictures kept with it.';

/** A stored picture as the tests read it: its Blob's type, size and SHA-256 (hex) in place of the Blob. */
export interface StoredPictureRow {
  articleId: string;
  url: string;
  width: number;
  height: number;
  type: string;
  /** The size the record says. */
  bytes: number;
  /** The Blob's own size. */
  size: number;
  sha256: string;
}

/**
 * What the extension stores, read in one of its pages, sorted by address. A function, not source text: extension
 * pages forbid eval of strings. (No named inner functions: tsx would wrap them in a helper the page lacks.)
 */
export function readStoredPictures(): Promise<StoredPictureRow[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('clearpress-library');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('pictures').objectStore('pictures').getAll();
      all.onsuccess = () => {
        open.result.close();
        const rows = all.result as { articleId: string; url: string; width: number; height: number; blob: Blob; bytes: number }[];
        Promise.all(
          rows.map(async ({ articleId, url, width, height, blob, bytes }) => {
            const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
            const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
            return { articleId, url, width, height, type: blob.type, bytes, size: blob.size, sha256 };
          }),
        ).then((read) => resolve(read.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))), reject);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** A saved record as the tests read it: what must survive its pictures' removal, and its picture fields. */
export interface StoredArticleRow {
  id: string;
  headline: string;
  textContent: string;
  contentHtml: string;
  pictureCount: number | null;
  pictureBytes: number | null;
  /** The same fields of its card, the light copy the list and storage figures read. */
  cardPictureCount: number | null;
}

/** The stored pictures, without their article id and sizes in bytes (which vary with the encoder). */
export const storedShape = (rows: StoredPictureRow[]) => rows.map(({ url, width, height, type }) => ({ url, width, height, type })).sort((a, b) => a.url.localeCompare(b.url));

export function expectedStored(servers: Servers, withCdn: boolean) {
  const rows = [
    { url: servers.site.url('/img/cranes.png'), width: 400, height: 300, type: 'image/png' },
    { url: servers.site.url('/img/terminal-at-dusk.png'), width: 2000, height: 1000, type: 'image/png' },
    ...(withCdn ? [{ url: servers.cdn.url('/cdn/berth-seven.png'), width: 600, height: 400, type: 'image/png' }] : []),
  ];
  return rows.sort((a, b) => a.url.localeCompare(b.url));
}

/** Every saved record, read in one of the extension's pages (a function, as readStoredPictures). */
export function readStoredArticles(): Promise<StoredArticleRow[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('clearpress-library');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['articles', 'cards']);
      const articles = tx.objectStore('articles').getAll();
      const cards = tx.objectStore('cards').getAll();
      tx.oncomplete = () => {
        open.result.close();
        const cardOf = new Map((cards.result as { id: string; pictureCount?: number }[]).map((card) => [card.id, card]));
        const records = articles.result as { id: string; pictureCount?: number; pictureBytes?: number; article: { headline: string; textContent: string; contentHtml: string } }[];
        if (cardOf.size !== records.length) return reject(new Error(`${records.length} records but ${cardOf.size} cards`));
        return resolve(
          records.map((record) => ({
            id: record.id,
            headline: record.article.headline,
            textContent: record.article.textContent,
            contentHtml: record.article.contentHtml,
            pictureCount: record.pictureCount ?? null,
            pictureBytes: record.pictureBytes ?? null,
            cardPictureCount: cardOf.get(record.id)?.pictureCount ?? null,
          })),
        );
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** A picture of a saved copy's body: an image (what it shows from, and its natural width) or a placeholder. */
export type ShownPicture = { src: string; width: number } | { placeholder: string };

/** The saved copy's pictures and placeholders in order, once every image has loaded; null until then. */
export function shownPictures(): ShownPicture[] | null {
  const items = [...document.querySelectorAll<HTMLElement>('.article-body img, .article-body .picture-placeholder')];
  if (!document.querySelector('main[data-state="article"]') || items.length === 0) return null;
  if (items.some((item) => item instanceof HTMLImageElement && !item.complete)) return null;
  return items.map((item) =>
    item instanceof HTMLImageElement ? { src: item.src.replace(/^(blob:)[^/]+\/\/[^/]+\/.*$/, '$1'), width: item.naturalWidth } : { placeholder: item.getAttribute('aria-label') ?? '' },
  );
}

/** A saved copy showing the page's own two pictures from the device; the other site's is a placeholder. */
export const SHOWN_OWN_SITE: ShownPicture[] = [
  { src: 'blob:', width: 400 },
  { src: 'blob:', width: 2000 },
  { placeholder: 'Picture: Berth seven from the water' },
];

/** What a Save reports: the popup's pictures line, and the milliseconds from pressing the button to it. */
export interface Saved<P> {
  popup: P;
  pictures: string;
  ms: number;
}

/** Chromium: the toolbar click on `article`, then `button` in the popup it opens; the popup is left open. */
export async function saveInChromium(browser: Chromium, article: Page, button: string): Promise<Saved<TargetSession>> {
  const { popup } = await clickToolbarButton(browser, article);
  await popup.waitFor(`document.body.dataset.state === 'article'`, 15_000);
  await popup.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === ${JSON.stringify(button)})`);
  const pressed = Date.now();
  await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(button)}).click()`);
  const pictures = await popup.waitFor<string>(`document.querySelector('.pictures-status[data-state="done"]')?.textContent`, 20_000);
  return { popup, pictures, ms: Date.now() - pressed };
}

/** Firefox: the popup, opened in a tab for the article's tab (no automation clicks Firefox's toolbar button). */
export async function openFirefoxPopup(browser: FirefoxBrowser, origin: string, tabId: number): Promise<FirefoxPage> {
  const popup = await browser.newPage();
  await popup.goto(`${origin}/popup.html?tabId=${tabId}`, { waitUntil: 'networkidle0' });
  await popup.waitForSelector('body[data-state="article"]', { timeout: 15_000 });
  return popup;
}

/** Firefox: `button` pressed in the popup for the tab `tabId` (given activeTab first); the popup is left open. */
export async function saveInFirefox(browser: FirefoxBrowser, origin: string, tabId: number, button: string): Promise<Saved<FirefoxPage>> {
  const popup = await openFirefoxPopup(browser, origin, tabId);
  await popup.waitForFunction((label) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label), {}, button);
  const pressed = Date.now();
  await popup.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click(), button);
  await popup.waitForSelector('.pictures-status[data-state="done"]', { timeout: 20_000 });
  const ms = Date.now() - pressed;
  return { popup, pictures: await popup.$eval('.pictures-status', (p) => p.textContent ?? ''), ms };
}
