/**
 * Where an image on the page is loaded from, read the way a browser with scripts would load it: a lazy-loading
 * page leaves `src` empty or a placeholder and keeps the address in a data attribute its script copies over.
 * Reads, except `loadLazyImage`, which writes the address into the copy it is given.
 */
import { parseSrcset } from './srcset';
import { webAddress } from './links';

/** An image file's extension in an address. */
const IMAGE_EXTENSION = /\.(?:jpe?g|png|webp|avif|gif)/i;
/** ...ending the address or its path (a query or fragment after it), with something before it. */
const IMAGE_EXTENSION_AT_END = /.\.(?:jpe?g|png|webp|avif|gif)(?:[?#]|$)/i;
/** A `srcset` candidate's width or density, at the start of the word after an address. */
const DESCRIPTOR_START = /^\d+(?:\.\d+)?[wx]/i;
/**
 * A placeholder a lazy-loading page puts in `src` until its script loads the picture: a file named for what it
 * is ("blank.gif", "ajax-loader.gif", "placeholder-16x9.png"), never a photo named after its subject ("grey-whale.jpg").
 */
const PLACEHOLDER_FILE = /^(?:[a-z0-9]+[-_]){0,2}(?:blank|spacer|placeholder|transparent|lazy|loader|loading|spinner|1x1)(?:[-_]?\d+(?:x\d+)?)?\.[a-z]+$/i;
/** Hosts of tracking pixels and counters, by one label of their name ("pixel.wp.com", "b.scorecardresearch.com"). */
const TRACKING_HOST_LABEL = /^(?:pixel|beacon|tracking|tracker|analytics|stats|metrics|doubleclick|scorecardresearch)$/i;
/** ...and the file names they give them. */
const TRACKING_FILE = /^(?:pixel|beacon|track|tracking|1x1)\.[a-z]+$/i;
/** A CMS's resized copy of a file names it after the original: "photo-1024x576.jpg" is "photo.jpg". */
const SIZE_SUFFIX = /[-_]\d{2,4}x\d{2,4}(?=\.[a-z0-9]+$)/;

/** An address on a tracker's host ("pixel.wp.com") or naming a tracker's file ("beacon.gif"). */
export function isTrackerAddress(url: URL): boolean {
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return TRACKING_FILE.test(file) || url.hostname.split('.').some((label) => TRACKING_HOST_LABEL.test(label));
}

/** A side of at most 2 px, from the attribute or an inline style ("1", "1px", "0"). */
function isPixelSide(el: Element, side: 'width' | 'height'): boolean {
  const style = el.getAttribute('style') ?? '';
  const fromStyle = style.toLowerCase().split(';').find((part) => part.split(':')[0]?.trim() === side)?.split(':')[1];
  const value = (el.getAttribute(side) ?? fromStyle ?? '').trim().replace(/px$/i, '');
  return /^\d{1,3}$/.test(value) && Number(value) <= 2;
}

/** A picture stated 2×2 px or smaller, by attribute or inline style: a tracking pixel, never content. */
export function hasPixelSize(img: Element): boolean {
  return isPixelSide(img, 'width') && isPixelSide(img, 'height');
}

/** The address as the page would load it, or null for none, a `data:`/`javascript:` one, a placeholder or a tracker. */
function realAddress(value: string | null, base: string): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return null;
  const url = webAddress(trimmed, base);
  if (!url) return null;
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (PLACEHOLDER_FILE.test(file) || isTrackerAddress(url)) return null;
  return url.href;
}

function srcsetAddresses(value: string | null): string[] {
  return parseSrcset(value ?? '').map(({ address }) => address);
}

/** The largest width a `srcset` offers (`800w`), or null when it gives none. */
export function largestSrcsetWidth(value: string | null): number | null {
  const widths = parseSrcset(value ?? '').flatMap(({ descriptor }) => (/^\d+w$/.test(descriptor) ? [parseInt(descriptor, 10)] : []));
  return widths.length > 0 ? Math.max(...widths) : null;
}

/** The real address of a srcset's widest candidate (its last when it states no widths); null when it has none. */
function largestCandidate(value: string, base: string): string | null {
  let best: { address: string; width: number } | null = null;
  for (const { address, descriptor } of parseSrcset(value)) {
    const real = realAddress(address, base);
    const width = /^\d+w$/.test(descriptor) ? parseInt(descriptor, 10) : 0;
    if (real && (!best || width >= best.width)) best = { address: real, width };
  }
  return best?.address ?? null;
}

/*
 * The two tests below read the value word by word. As single patterns, `^\s*\S+\.(?:jpe?g|...)(?:[?#]\S*)?\s*$`
 * and `\.(?:jpe?g|...)\S*\s+\d+(?:\.\d+)?[wx]` rescanned the rest of a long word from each ".jpg" in it (quadratic).
 */

/** A value that is one image address: a path ending in an image file, perhaps with a query. */
function isImageAddress(value: string): boolean {
  const address = value.trim();
  return !/\s/.test(address) && IMAGE_EXTENSION_AT_END.test(address);
}

/** A value that is a `srcset`: an address naming an image file, then a width or density. */
function isSrcsetValue(value: string): boolean {
  const words = value.split(/\s+/);
  return words.some((word, i) => i + 1 < words.length && IMAGE_EXTENSION.test(word) && DESCRIPTOR_START.test(words[i + 1]!));
}

/** The lazy-loading data attributes of `el` that hold one address (`data-src`) and a srcset (`data-srcset`). */
function lazyValues(el: Element): { src: string[]; srcset: string[] } {
  const src: string[] = [];
  const srcset: string[] = [];
  for (const { name, value } of Array.from(el.attributes)) {
    if (name === 'src' || name === 'srcset' || !name.startsWith('data-')) continue;
    if (isSrcsetValue(value)) srcset.push(value);
    else if (isImageAddress(value)) src.push(value);
  }
  return { src, srcset };
}

/** Whether a lazy-loading page keeps this picture's real address in a data attribute (its `src` a stand-in until then). */
export function hasLazyAddress(el: Element): boolean {
  const lazy = lazyValues(el);
  return lazy.src.length > 0 || lazy.srcset.length > 0;
}

/** Every real address an `img` or `source` loads or would load, resolved against `base`. */
export function imageAddresses(el: Element, base: string): string[] {
  const lazy = lazyValues(el);
  const values = [el.getAttribute('src'), ...srcsetAddresses(el.getAttribute('srcset')), ...lazy.src, ...lazy.srcset.flatMap(srcsetAddresses)];
  const addresses = values.map((value) => realAddress(value, base)).filter((address): address is string => address !== null);
  return [...new Set(addresses)];
}

/** The file an address names, lower-cased and without a CMS's size suffix: how two copies of one picture are told apart from two pictures. */
export function imageFileName(address: string, base?: string): string | null {
  try {
    const path = new URL(address, base).pathname;
    const name = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
    return name.replace(SIZE_SUFFIX, '') || null;
  } catch {
    return null;
  }
}

/** The file names of every picture under `root` (its own `img`/`source`s and `root` itself). */
export function imageFileNames(root: Element | DocumentFragment, base: string): Set<string> {
  const elements = [root as Element, ...Array.from(root.querySelectorAll('img, source'))].filter((el) => el.tagName === 'IMG' || el.tagName === 'SOURCE');
  const names = elements.flatMap((el) => imageAddresses(el, base)).map((address) => imageFileName(address));
  return new Set(names.filter((name): name is string => name !== null));
}

/**
 * Gives each `img`/`source` in `root` (a detached copy) the address its lazy-loading script would: `src` and
 * `srcset` from the data attributes when the page left them empty or a placeholder, `src` resolved against `base`.
 */
export function loadLazyImage(root: Element, base: string): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('img, source'))]) {
    if (el.tagName !== 'IMG' && el.tagName !== 'SOURCE') continue;
    const lazy = lazyValues(el);
    const src = [el.getAttribute('src'), ...lazy.src].map((value) => realAddress(value, base)).find(Boolean);
    if (src) el.setAttribute('src', src);
    else el.removeAttribute('src');
    const srcset = [el.getAttribute('srcset'), ...lazy.srcset].find((value) => srcsetAddresses(value).some((address) => realAddress(address, base)));
    if (srcset) el.setAttribute('srcset', srcset);
    else el.removeAttribute('srcset');
    // An img that has only a srcset still gets a src: what exports and older readers of a saved article show.
    if (!src && srcset && el.tagName === 'IMG') el.setAttribute('src', largestCandidate(srcset, base)!);
  }
}
