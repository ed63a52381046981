/**
 * Points an article's pictures somewhere else in its serialized HTML: at files beside it (Markdown export) or at
 * data: URLs (HTML export). Works on the string, not a parsed document, because an export runs over thousands of
 * bodies; the HTML is the sanitizer's serialized output, where every "<" outside a tag is escaped as "&lt;" and
 * every attribute value stands in double quotes with its own quotes escaped.
 */
import { parseSrcset } from '../extract/srcset';

/** What to put instead of a picture's address, given the address as the article's HTML gives it; undefined keeps it. */
export type PictureReplacement = (url: string) => string | undefined;

/** The tags whose attributes name pictures, from "<" to the end of their attributes. */
const PICTURE_TAG = /<(?:img|source|video)\s[^<>]*>/gi;
/** One attribute that names a picture, with the space before it. */
const PICTURE_ATTRIBUTE = /\s(src|srcset|poster)="([^"]*)"/gi;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0' };
/** An attribute value as the serializer wrote it, back to the address the element holds. */
const attributeText = (value: string): string => value.replace(/&(?:amp|quot|lt|gt|nbsp);/g, (entity) => ENTITIES[entity] as string);
/** The replacement as an attribute value: escaped the way the serializer escapes. */
const attributeValue = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The addresses of a srcset, in order, split as the HTML standard splits them (see parseSrcset). */
export function srcsetAddresses(srcset: string): string[] {
  return parseSrcset(srcset).map(({ address }) => address);
}

/** The first replacement known for `addresses`. */
const firstKnown = (addresses: readonly string[], replacement: PictureReplacement): string | undefined => {
  for (const address of addresses) {
    const known = replacement(address);
    if (known !== undefined) return known;
  }
  return undefined;
};

/** A picture element, whole: they do not nest, and their content holds no other "</picture>". */
const PICTURE_ELEMENT = /<picture(?:\s[^<>]*)?>[\s\S]*?<\/picture>/gi;
const SOURCE_TAG = /<source\s[^<>]*>/gi;

/** The img tag with the first known of `addresses` as its src and no srcset; null when none is known. */
function imgShowing(tag: string, addresses: readonly string[], replacement: PictureReplacement): string | null {
  const known = firstKnown(addresses, replacement);
  if (known === undefined) return null;
  const withoutSources = tag.replace(PICTURE_ATTRIBUTE, (whole, name: string) => (/^(src|srcset)$/i.test(name) ? '' : whole));
  return withoutSources.replace(/^<img/i, `<img src="${attributeValue(known)}"`);
}

/** The addresses an img (or source) tag names, src first, then its srcset's candidates. */
function addressesOf(tag: string): string[] {
  const attributes = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(PICTURE_ATTRIBUTE)) attributes.set((name as string).toLowerCase(), attributeText(value as string));
  const src = attributes.get('src');
  return [...(src === undefined ? [] : [src]), ...srcsetAddresses(attributes.get('srcset') ?? '')];
}

/**
 * A picture element whose img or sources name a kept picture becomes its img alone, showing the first kept one
 * of the img's own addresses, then the sources': the browser cannot pick a source from the network, and Markdown
 * converters (which read an img's src) see it.
 */
function replaceInPictureElement(element: string, replacement: PictureReplacement): string {
  const img = /<img\s[^<>]*>/i.exec(element)?.[0];
  if (img === undefined) return element;
  const sources = [...element.matchAll(SOURCE_TAG)].flatMap(([tag]) => addressesOf(tag));
  const shown = imgShowing(img, [...addressesOf(img), ...sources], replacement);
  return shown === null ? element : element.replace(SOURCE_TAG, '').replace(img, () => shown);
}

/**
 * The HTML with every picture that `replacement` knows pointed at its replacement. An img takes the first known
 * of its src and srcset candidates as its src and loses its srcset, so the browser cannot pick a candidate from
 * the network and Markdown converters (which read src) see it; a video's poster and sources are replaced alike.
 */
export function replacePictureAddresses(html: string, replacement: PictureReplacement): string {
  return html.replace(PICTURE_ELEMENT, (element) => replaceInPictureElement(element, replacement)).replace(PICTURE_TAG, (tag) => {
    if (/^<img\s/i.test(tag)) return imgShowing(tag, addressesOf(tag), replacement) ?? tag;
    return tag.replace(PICTURE_ATTRIBUTE, (whole, name: string, value: string) => {
      const known = name.toLowerCase() === 'srcset' ? firstKnown(srcsetAddresses(attributeText(value)), replacement) : replacement(attributeText(value));
      return known === undefined ? whole : ` ${name}="${attributeValue(known)}"`;
    });
  });
}
