/**
 * The pictures and media of a sanitized article body, pointed where `PictureSources` allows: a picture kept on the
 * device is shown from its stored URL; any other is loaded from the web only when the reader allows it (the live
 * page, "Show pictures"), and otherwise gives way to a labelled placeholder, so a saved copy opens without telling
 * the article's site, its picture servers or its trackers.
 *
 * It rewrites the sanitizer's fragment before that joins the page: the fragment belongs to DOMPurify's inert
 * document, where nothing loads, while an <img> of the live document starts loading as soon as it has an address,
 * even detached (https://html.spec.whatwg.org/multipage/images.html#updating-the-image-data).
 *
 * A placeholder has no text node of its own: its label is its accessible name, and CSS shows it (article.css), so
 * the body's text, which highlights are anchored to and read aloud reads, is the same with pictures or without.
 */
import { hasPixelSize } from '../utils/extract/image-address';
import { joinSrcset, parseSrcset } from '../utils/extract/srcset';
import { formatNumber, t } from '../utils/i18n';
import type { PictureSources } from './picture-sources';

export interface PicturesShown {
  /** Pictures, videos and audio held back from the network, in whole or in part ("Show pictures" would change them). */
  withheld: number;
  /** Pictures, videos and audio that load something from the network. */
  fromWeb: number;
}

/** Lazy-loading attributes a page's script copies into `src` and `srcset`; nothing does here, so they only ever hold addresses. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];

type Kind = 'picture' | 'video' | 'audio';

/** The address a stored picture or the network gives for `address`, or null when it may not be loaded. */
type Choose = (address: string, outcome: Outcome) => string | null;

/**
 * `address` as the article means it: relative and protocol-relative addresses (`//cdn.example/a.jpg`) are the
 * article page's, and would otherwise resolve against the extension's own address.
 */
function articleAddress(address: string, pageUrl: string | null): string {
  if (!pageUrl) return address.startsWith('//') ? `https:${address}` : address;
  try {
    return new URL(address, pageUrl).href;
  } catch {
    return address;
  }
}

/** What became of an element's addresses. */
interface Outcome {
  kept: boolean;
  withheld: boolean;
  fromWeb: boolean;
}

const newOutcome = (): Outcome => ({ kept: false, withheld: false, fromWeb: false });

/** The stored copy of the picture at `address`, matched as the article writes it or made absolute. */
function storedCopyOf(address: string, pictures: PictureSources, pageUrl: string | null): string | null {
  const trimmed = address.trim();
  if (!trimmed || pictures.stored.size === 0) return null;
  return pictures.stored.get(trimmed) ?? pictures.stored.get(articleAddress(trimmed, pageUrl)) ?? null;
}

function chooserFor(pictures: PictureSources, pageUrl: string | null): (address: string, outcome: Outcome) => string | null {
  return (raw, outcome) => {
    const address = raw.trim();
    // A picture the article carries inline is already on the device: nothing to ask.
    if (/^data:/i.test(address)) return address;
    const stored = storedCopyOf(address, pictures, pageUrl);
    if (stored) return stored;
    if (pictures.remote) outcome.fromWeb = true;
    return pictures.remote ? articleAddress(address, pageUrl) : null;
  };
}

/**
 * Points an img whose `src` was kept on the device at its stored copy, and drops the other sizes the page offered
 * (`srcset`, its `<picture>`'s sources): the browser would pick one of those over `src`, from the network.
 */
function showStoredPicture(img: Element, pictures: PictureSources, pageUrl: string | null): boolean {
  const stored = storedCopyOf(img.getAttribute('src') ?? '', pictures, pageUrl);
  if (!stored) return false;
  img.setAttribute('src', stored);
  img.removeAttribute('srcset');
  img.removeAttribute('sizes');
  if (img.parentElement?.localName === 'picture') for (const source of Array.from(img.parentElement.querySelectorAll(':scope > source'))) source.remove();
  return true;
}

function rewriteSrc(el: Element, name: string, choose: Choose, outcome: Outcome): void {
  const value = el.getAttribute(name);
  if (value === null) return;
  const chosen = value.trim() ? choose(value, outcome) : null;
  if (chosen === null) {
    el.removeAttribute(name);
    if (value.trim()) outcome.withheld = true;
    return;
  }
  el.setAttribute(name, chosen);
  outcome.kept = true;
}

function rewriteSrcset(el: Element, name: string, choose: Choose, outcome: Outcome): void {
  const value = el.getAttribute(name);
  if (value === null) return;
  const candidates = parseSrcset(value);
  const kept = candidates.flatMap(({ address, descriptor }) => {
    const chosen = choose(address, outcome);
    return chosen === null ? [] : [{ address: chosen, descriptor }];
  });
  if (kept.length < candidates.length) outcome.withheld = true;
  if (kept.length === 0) el.removeAttribute(name);
  else {
    el.setAttribute(name, joinSrcset(kept));
    outcome.kept = true;
  }
}

const hasValue = (el: Element, name: string): boolean => (el.getAttribute(name) ?? '').trim() !== '';

/** Lazy addresses moved into `src`/`srcset` when the page left those empty, then every `data-` attribute dropped. */
function promoteLazyAddresses(el: Element): void {
  const lazySrc = LAZY_SRC.map((name) => el.getAttribute(name)).find((value) => value?.trim());
  if (lazySrc && !hasValue(el, 'src')) el.setAttribute('src', lazySrc);
  const lazySrcset = LAZY_SRCSET.map((name) => el.getAttribute(name)).find((value) => value?.trim());
  if (lazySrcset && !hasValue(el, 'srcset')) el.setAttribute('srcset', lazySrcset);
  for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-')) el.removeAttribute(attr.name);
}

/** A stated width or height in CSS pixels, or null. */
function statedSide(el: Element, name: 'width' | 'height'): number | null {
  const value = (el.getAttribute(name) ?? '').trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}

function statedSize(el: Element): { width: number; height: number } | null {
  const width = statedSide(el, 'width');
  const height = statedSide(el, 'height');
  return width && height ? { width, height } : null;
}

/** The name a placeholder gives: the picture's alt text, a video's or audio's label or title. */
function nameOf(el: Element): string | null {
  const name = (el.localName === 'img' ? el.getAttribute('alt') : (el.getAttribute('aria-label') ?? el.getAttribute('title'))) ?? '';
  const compact = name.replace(/\s+/g, ' ').trim();
  return compact || null;
}

function labelOf(kind: Kind, name: string | null): string {
  if (kind === 'picture') return name ? t('pictures.placeholder.pictureNamed', [name]) : t('pictures.placeholder.picture');
  if (kind === 'video') return name ? t('pictures.placeholder.videoNamed', [name]) : t('pictures.placeholder.video');
  return name ? t('pictures.placeholder.audioNamed', [name]) : t('pictures.placeholder.audio');
}

/** A box standing where `source` was, named for it; its text comes from CSS (see the file's comment). */
function placeholderFor(kind: Kind, source: Element): HTMLSpanElement {
  const span = source.ownerDocument.createElement('span');
  const label = labelOf(kind, nameOf(source));
  span.className = 'picture-placeholder';
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', label);
  span.setAttribute('data-kind', kind);
  span.setAttribute('data-label', label);
  const size = statedSize(source);
  if (size) span.setAttribute('data-size', t('pictures.placeholder.size', [formatNumber(size.width), formatNumber(size.height)]));
  return span;
}

/** What is shown or replaced as one: a <picture> with its sources and img, a video or audio with its sources and tracks. */
function unitOf(el: Element): Element {
  const parent = el.parentElement;
  if (parent?.localName === 'picture') return parent;
  // An img inside a video is its fallback content, a picture of its own.
  if ((parent?.localName === 'video' || parent?.localName === 'audio') && el.localName !== 'img') return parent;
  return el;
}

/**
 * Rewrites every picture and media address under `root` (a sanitized fragment, not yet in the page) for
 * `pictures`, and returns how many were held back. `pageUrl`: the article's address, which relative and
 * protocol-relative addresses belong to.
 */
export function applyPictureSources(root: DocumentFragment | Element, pictures: PictureSources, pageUrl: string | null): PicturesShown {
  const choose = chooserFor(pictures, pageUrl);
  const withheld = new Set<Element>();
  const fromWeb = new Set<Element>();
  const note = (el: Element, outcome: Outcome) => {
    if (outcome.withheld) withheld.add(unitOf(el));
    if (outcome.fromWeb) fromWeb.add(unitOf(el));
  };

  const onDevice = new Set<Element>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    promoteLazyAddresses(img);
    if (showStoredPicture(img, pictures, pageUrl)) onDevice.add(img);
  }

  for (const el of Array.from(root.querySelectorAll('source, track'))) {
    const outcome = newOutcome();
    if (el.localName === 'source') promoteLazyAddresses(el);
    rewriteSrc(el, 'src', choose, outcome);
    rewriteSrcset(el, 'srcset', choose, outcome);
    note(el, outcome);
    if (!outcome.kept) el.remove();
  }

  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (onDevice.has(img)) continue;
    const outcome = newOutcome();
    rewriteSrc(img, 'src', choose, outcome);
    rewriteSrcset(img, 'srcset', choose, outcome);
    note(img, outcome);
    const unit = unitOf(img);
    // In a <picture>, a source left standing still shows.
    if (outcome.kept || !withheld.has(unit) || unit.querySelector('source')) continue;
    // Copies saved before the pipeline removed tracking pixels may still hold one: dropped, not announced.
    if (hasPixelSize(img)) {
      withheld.delete(unit);
      unit.remove();
    } else unit.replaceWith(placeholderFor('picture', img));
  }

  for (const media of Array.from(root.querySelectorAll('video, audio'))) {
    const outcome = newOutcome();
    rewriteSrc(media, 'src', choose, outcome);
    rewriteSrc(media, 'poster', choose, outcome);
    for (const attr of Array.from(media.attributes)) if (attr.name.startsWith('data-')) media.removeAttribute(attr.name);
    note(media, outcome);
    if (!withheld.has(media) || hasValue(media, 'src') || media.querySelector('source')) continue;
    media.replaceWith(placeholderFor(media.localName === 'video' ? 'video' : 'audio', media));
  }

  return { withheld: withheld.size, fromWeb: fromWeb.size };
}
