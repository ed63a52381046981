/**
 * The live reader view of the harbour-pictures fixture (`/2026/03/12/night-cranes`): it shows the article's
 * pictures from the web, as the page did, but never the 1×1 tracking pixel the page carries. Shared by the
 * Chromium and Firefox browser tests; the truth is what reaches the fixture server.
 */
import assert from 'node:assert/strict';
import { requestsWhenQuiet, type FixtureServer } from './fixture-server';

export const PICTURES_PAGE = '/2026/03/12/night-cranes';
export const TRACKING_PIXEL = '/pixel-1x1.gif?uid=reader-123';

/** Run in the reader view: every picture scrolled into view in turn (lazy ones load only near it); what its body holds. */
export const SHOW_EVERY_PICTURE = `(async () => {
  for (const img of document.querySelectorAll('.article-body img')) {
    img.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [...document.querySelectorAll('.article-body img')].map((img) => img.getAttribute('src'));
})()`;

/** After the reader view showed every picture: the lead picture was asked for, the pixel never, nor is it in the body. */
export async function assertPixelNeverAsked(server: FixtureServer, from: number, bodySources: string[], where: string): Promise<void> {
  await requestsWhenQuiet(server);
  const asked = server.requests.slice(from).map((request) => request.path);
  assert.deepEqual(asked.filter((p) => p.startsWith('/pixel-1x1.gif')), [], `${where}: the reader view never asks for the tracking pixel`);
  assert.ok(asked.some((p) => /^\/pictures\/cranes-(?:800|1600)\.png$/.test(p)), `${where}: the reader view shows the article's pictures from the web (asked: ${asked.join(' ')})`);
  assert.deepEqual(bodySources.filter((src) => src?.includes('pixel')), [], `${where}: no pixel in the reader view's body`);
}
