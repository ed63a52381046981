/**
 * "Show pictures" in a saved copy, for this visit only: the page cannot lift its Content-Security-Policy (policy.ts),
 * so the button reloads it with `pictures=show` in its address, and the new page takes that out of the address at
 * once. A later reload, or the next saved copy, is private again.
 */
const PARAM = 'pictures';
const SHOW = 'show';

/** `href` asking to show the web's pictures on this visit. */
export function addressShowingPictures(href: string): string {
  const url = new URL(href);
  url.searchParams.set(PARAM, SHOW);
  return url.href;
}

/** Whether this visit asked for the web's pictures; the request is dropped from the address either way. */
export function takeShowPicturesRequest(location: Pick<Location, 'href'>, history: Pick<History, 'state' | 'replaceState'>): boolean {
  const url = new URL(location.href);
  if (!url.searchParams.has(PARAM)) return false;
  const asked = url.searchParams.get(PARAM) === SHOW;
  url.searchParams.delete(PARAM);
  history.replaceState(history.state, '', url.href);
  return asked;
}
