/**
 * How much of an article's pictures is kept with its saved copy, and in what form: plain decisions, no browser
 * APIs, so each rule has an exact test.
 */

/** At most this many pictures per article, in reading order; the rest are skipped and the popup says so. */
export const MAX_PICTURES = 20;
/** At most this many bytes of pictures per article (as stored, after any resize). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** A picture not received in this long is skipped: a stalled server never keeps the popup waiting. */
export const PICTURE_TIMEOUT_MS = 15_000;
/** A picture longer than this on either side is scaled down to it: larger never shows sharper in a reading column. */
export const MAX_SIDE = 2000;

/**
 * Raster types kept as they come. SVG is never kept: an SVG document can carry script, and a blob: URL of ours
 * opened as a page would run it with the extension's rights.
 */
const KEPT_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'];
/** Types both browsers' canvases encode: a resized picture keeps its type when it is one of these. */
const ENCODED_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

/** The picture type a response's Content-Type names ("image/jpeg; q=1" → "image/jpeg"), or null when it is no picture we keep. */
export function pictureTypeOf(contentType: string | null): string | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const normal = type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type;
  return KEPT_TYPES.includes(normal) ? normal : null;
}

/** The size to scale a picture down to, or null when it fits already. Proportions kept, each side at least 1 px. */
export function resizeTarget(width: number, height: number): { width: number; height: number } | null {
  const longer = Math.max(width, height);
  if (longer <= MAX_SIDE) return null;
  const scale = MAX_SIDE / longer;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The type a resized picture is written in: its own when canvases encode it, else WebP (keeps transparency, e.g. a GIF's). */
export function resizedTypeFor(type: string): string {
  return ENCODED_TYPES.includes(type) ? type : 'image/webp';
}

/** Addresses worth fetching, in order, without repeats: http and https only (a data: picture is already in the text). */
export function fetchableAddresses(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const address of addresses) {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      continue;
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') seen.add(address);
  }
  return [...seen];
}
