import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses a page in Node the way the extraction script sees it in a browser: no scripts, no sub-resources,
 * the page's own URL as base. jsdom reports CSS it cannot parse through the virtual console; a browser
 * ignores such CSS, so we do too.
 */
export function parsePage(html: string, url?: string | null): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole, pretendToBeVisual: false });
  return dom.window.document;
}
