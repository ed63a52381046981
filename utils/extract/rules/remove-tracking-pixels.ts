import type { CleanupRule, Removal } from '../types';
import { hasLazyAddress, hasPixelSize, isTrackerAddress } from '../image-address';
import { webAddress } from '../links';
import { isHiddenByAttributes } from './remove-hidden';

/**
 * Query parameters that identify a reader or a campaign. On a picture from a host none of the article's other
 * pictures come from, they make it a beacon: a photo's address says which photo and what size, never who looks.
 */
const IDENTIFIER_PARAMS = new Set([
  'uid', 'user', 'userid', 'user_id', 'visitor', 'visitorid', 'visitor_id', 'vid', 'cid', 'clientid', 'client_id', 'sid',
  'session', 'sessionid', 'session_id', 'guid', 'uuid', 'deviceid', 'device_id', 'subscriber', 'subscriber_id', 'email',
  'campaign', 'campaign_id', 'cmpid', 'eid', 'rid', 'trk', 'tracking_id',
]);
const IDENTIFIER_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_'];

/** `<link>` hints that make the browser contact a host before anything asks for it. */
const NETWORK_HINTS = new Set(['prefetch', 'preconnect', 'dns-prefetch', 'preload', 'prerender', 'modulepreload']);

/** Its removals are addresses, not blocks of the page: nothing a reader would want put back. */
export const TRACKING_RULE = 'tracking-pixel';

/**
 * The query's parameter names, read from `search`: in Firefox's content scripts a URL's `searchParams` iterators
 * come through the page's wrappers and are not iterable.
 */
function parameterNames(url: URL): string[] {
  return url.search.slice(1).split('&').map((pair) => pair.split('=')[0] ?? '').filter(Boolean);
}

function carriesIdentifiers(url: URL): boolean {
  return parameterNames(url).some((name) => {
    const lower = name.toLowerCase();
    return IDENTIFIER_PARAMS.has(lower) || IDENTIFIER_PREFIXES.some((prefix) => lower.startsWith(prefix));
  });
}

/** Hidden from everyone; not one merely hidden from screen readers (a decorative picture the hidden rule takes). */
function isHiddenImage(img: Element): boolean {
  return img.getAttribute('aria-hidden') !== 'true' && isHiddenByAttributes(img);
}

/**
 * Pictures and hints that only tell a server someone read the page: 1×1 and 2×2 or hidden images, images from a
 * tracker's host, images whose address carries reader or campaign identifiers on a host none of the article's
 * other pictures use, `ping` on links, prefetch and preconnect hints, and text tracks from another host. Each
 * removal's text is the address, so "Removed from this page" says what would have been contacted. A lazy picture
 * (its real address in a data attribute) is never one, whatever its placeholder's size.
 */
export const removeTrackingPixels: CleanupRule = {
  name: TRACKING_RULE,
  removeFrom(root, context) {
    const base = context.url ?? undefined;
    const removed: Removal[] = [];
    const note = (address: string) => removed.push({ rule: TRACKING_RULE, text: address });
    const pageHost = context.url ? webAddress(context.url)?.hostname ?? null : null;

    const images = Array.from(root.querySelectorAll('img')).map((img) => ({ img, url: webAddress(img.getAttribute('src') ?? '', base) }));
    const beacon = new Set<HTMLImageElement>();
    for (const { img, url } of images) {
      if (!url || hasLazyAddress(img)) continue;
      if (hasPixelSize(img) || isHiddenImage(img) || isTrackerAddress(url)) beacon.add(img);
    }
    // The article's pictures come from these hosts: any picture but a beacon and one that names its viewer.
    const pictureHosts = new Set(images.filter(({ img, url }) => url && !beacon.has(img) && !carriesIdentifiers(url)).map(({ url }) => url!.hostname));
    for (const { img, url } of images) {
      if (beacon.has(img) || !url || hasLazyAddress(img)) continue;
      if (carriesIdentifiers(url) && url.hostname !== pageHost && !pictureHosts.has(url.hostname)) beacon.add(img);
    }
    for (const { img, url } of images) {
      if (!beacon.has(img)) continue;
      note(url!.href);
      // A <picture> around it alone goes with it: its sources would still name the tracker.
      const picture = img.parentElement?.tagName === 'PICTURE' && img.parentElement.querySelectorAll('img').length === 1 ? img.parentElement : null;
      (picture ?? img).remove();
    }

    for (const el of Array.from(root.querySelectorAll('[ping]'))) {
      note(el.getAttribute('ping') ?? '');
      el.removeAttribute('ping');
    }
    for (const link of Array.from(root.querySelectorAll('link[rel]'))) {
      const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rels.some((rel) => NETWORK_HINTS.has(rel))) continue;
      note(webAddress(link.getAttribute('href') ?? '', base)?.href ?? link.getAttribute('href') ?? '');
      link.remove();
    }
    for (const track of Array.from(root.querySelectorAll('track[src]'))) {
      const url = webAddress(track.getAttribute('src') ?? '', base);
      const media = track.closest('video, audio');
      const mediaHosts = media ? [media, ...Array.from(media.querySelectorAll('source'))].map((el) => webAddress(el.getAttribute('src') ?? '', base)?.hostname) : [];
      if (!url || url.hostname === pageHost || mediaHosts.includes(url.hostname)) continue;
      note(url.href);
      track.remove();
    }
    return removed;
  },
};
