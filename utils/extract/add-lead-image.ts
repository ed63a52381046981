/**
 * The lead picture put back at the top of the article, in the finish stage: of the pictures the page stage saw
 * between the headline and the line the content starts with (lead-image.ts), the first that is the story's own
 * and loads a real picture of a lead's size (on a page without an article container, the one its og:image
 * names), unless the content already shows that picture. Only a picture that was on the page is ever added:
 * og:image alone never is.
 */
import type { LeadImageCandidates } from './types';
import { readingOrder } from './lead-image';
import { sanitizeArticleFragment } from './sanitize';
import { imageFileName, imageFileNames, largestSrcsetWidth, loadLazyImage } from './image-address';
import { markLooseCaptions } from './rules/mark-captions';

/** A stated size under these is an icon, an avatar or a logo, not a lead picture. */
const MIN_LEAD_WIDTH = 200;
const MIN_LEAD_HEIGHT = 100;
/**
 * Tag, role, class and id words of what a picture sits in when it is not the story's: page furniture, logos,
 * avatars, author boxes, share bars, ads, a licence badge, a subscription popup, a control's icon, a video
 * player's still. Not "modal" nor "background": lightbox openers ("open-modal") and coloured blocks
 * ("has-background") hold many a lead.
 */
const FURNITURE_WORD = /^(?:nav|aside|footer|form|navigation|complementary|ads?|advert\w*|logos?|(?:gr)?avatars?|icons?|emojis?|sprites?|badges?|headshots?|authors?|bios?|bylines?|profiles?|share|sharing|social|sponsor\w*|licen[cs]e|popups?|dialog|paywall|subscribe|subscription|toggle|videos?|player)$/i;
/** A picture cut to a circle is an avatar or a logo ("rounded-full", "img-circle"). */
const CIRCLE = /(?:^|[\s:])(?:rounded-(?:full|circle)|img-circle|circle)(?=\s|$)/;
/** Words of their file names ("site-logo.png", "favicon.ico") or short alt texts ("gearlab tested logo"), whole: "silicon-valley.jpg" is a photo. */
const FURNITURE_FILE_WORD = /^(?:logos?|avatars?|gravatars?|icons?|favicon|emojis?|sprites?|headshots?|bio|licen[cs]e)$/i;
/** The size a CMS writes into the name of a resized copy ("photo-150x150.jpg"). */
const SIZE_IN_NAME = /[-_](\d{2,4})x(\d{2,4})\.[a-z0-9]+(?:[?#]|$)/i;
/** A site's theme (WordPress, Drupal) holds its design (backgrounds, badges, placeholders), never a story's picture. */
const THEME_PATH = /\/wp-content\/themes\/|\/themes\/(?:custom|contrib)\/|\/sites\/all\/themes\//;
/** An alt text this short that names a logo or an icon describes one; a longer one describes a scene that shows one. */
const MAX_FURNITURE_ALT_WORDS = 4;
/** A link around a picture leads to another page (a teaser), unless it is in-page or to a picture file (a lightbox). */
const LINK_AWAY = /^(?!#|$)(?!.*\.(?:jpe?g|png|webp|avif|gif)(?:[?#]|$))/i;

/** The size `img` states in its attribute, else in its file's name. */
function statedSize(img: Element, attribute: 'width' | 'height'): number | null {
  const match = /^\s*(\d+)(?:px)?\s*$/.exec(img.getAttribute(attribute) ?? '');
  const named = SIZE_IN_NAME.exec(img.getAttribute('src') ?? '');
  return match ? Number(match[1]) : named ? Number(named[attribute === 'width' ? 1 : 2]) : null;
}

/**
 * Words of class and id names, camelCase split: "c-byline__avatar" and "authorPhoto" give their parts. A utility
 * class for a box's aspect ratio ("aspect-video", "md:aspect-video") says nothing of what the box holds.
 */
function nameWords(names: string): string[] {
  return names.replace(/(?:^|[\s:])aspect-\S+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/);
}

const namedAsFurniture = (text: string): boolean => text.split(/[^a-z]+/i).some((word) => FURNITURE_FILE_WORD.test(word));

function altNamesFurniture(alt: string): boolean {
  return alt.split(/\s+/).filter(Boolean).length <= MAX_FURNITURE_ALT_WORDS && namedAsFurniture(alt);
}

/**
 * The file names of `picture` (its lazy addresses loaded) when it can lead: a still picture, not stated to be
 * icon-sized, not named as furniture, not from the site's theme, and not an SVG of no stated size (icons and
 * decorations are).
 */
function leadFiles(picture: Element, base: string): Set<string> | null {
  const img = picture.tagName === 'IMG' ? picture : picture.querySelector('img');
  if (!img || picture.querySelector('video') || THEME_PATH.test(img.getAttribute('src') ?? '') || altNamesFurniture(img.getAttribute('alt') ?? '')) return null;
  const width = statedSize(img, 'width') ?? largestSrcsetWidth(img.getAttribute('srcset'));
  const height = statedSize(img, 'height');
  if ((width !== null && width < MIN_LEAD_WIDTH) || (height !== null && height < MIN_LEAD_HEIGHT)) return null;
  const files = imageFileNames(picture, base);
  if (width === null && [...files].every((file) => file.endsWith('.svg'))) return null;
  return files.size > 0 && ![...files].some(namedAsFurniture) ? files : null;
}

/**
 * Where `content` starts among the lines read after the headline: the index of its first line, or -1 when it
 * starts with a picture of its own or its start was not among them (Readability kept more than the body, or
 * another part of the page).
 */
function startAmong(content: DocumentFragment, lines: readonly string[]): number {
  let startsWithPicture = false;
  const opening = readingOrder(1, (_el, linesBefore) => {
    startsWithPicture ||= linesBefore === 0;
  });
  content.childNodes.forEach(opening.visit);
  opening.flush();
  return startsWithPicture || !opening.lines[0] ? -1 : lines.indexOf(opening.lines[0]);
}

/**
 * Puts the lead picture at the top of `content` (the sanitized body) in a figure, its caption marked as one so
 * the article's text stays the same. The picture's HTML is the page's: it goes through the one sanitizer here.
 * Nothing when no picture before the content's start fits, or the first that fits is already in the content
 * (the same file, in `src`, `srcset` or a lazy-loading attribute). Returns the added figure.
 */
export function addLeadImage(content: DocumentFragment, found: LeadImageCandidates | null, options: { view: Window & typeof globalThis; url: string | null }): Element | null {
  if (!found || found.pictures.length === 0) return null;
  const start = startAmong(content, found.lines);
  const base = options.url ?? 'about:blank';
  const named = found.namedImages && new Set(found.namedImages.map((address) => imageFileName(address, base)));
  for (const { linesBefore, html, wrappers, link } of found.pictures) {
    if (linesBefore > start || CIRCLE.test(wrappers) || nameWords(wrappers).some((word) => FURNITURE_WORD.test(word)) || LINK_AWAY.test(link?.trim() ?? '')) continue;
    const picture = sanitizeArticleFragment(html, options.view).firstElementChild;
    if (!picture) continue;
    loadLazyImage(picture, base);
    const files = leadFiles(picture, base);
    if (!files || (named && ![...files].some((file) => named.has(file)))) continue;
    const held = imageFileNames(content, base);
    if ([...files].some((file) => held.has(file))) return null;
    const figure = picture.tagName === 'FIGURE' ? picture : picture.ownerDocument.createElement('figure');
    if (figure !== picture) figure.append(picture);
    markLooseCaptions(figure);
    content.prepend(figure);
    return figure;
  }
  return null;
}
