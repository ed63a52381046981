/**
 * A fetched picture decoded (which proves it is one) and, when longer than MAX_SIDE on a side, scaled down on an
 * OffscreenCanvas: both exist in Chromium's service worker and Firefox's background page.
 */
import { resizedTypeFor, resizeTarget } from './limits';

export interface FittedPicture {
  blob: Blob;
  width: number;
  height: number;
}

/** `blob` as stored: typed `type`, resized when too large. Rejects what does not decode as a picture. */
export async function fitPicture(blob: Blob, type: string): Promise<FittedPicture> {
  const bitmap = await createImageBitmap(blob);
  try {
    const target = resizeTarget(bitmap.width, bitmap.height);
    // Typed by the checked Content-Type, so a blob: URL of it is only ever shown as a picture.
    if (!target) return { blob: new Blob([blob], { type }), width: bitmap.width, height: bitmap.height };
    const canvas = new OffscreenCanvas(target.width, target.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, target.width, target.height);
    return { blob: await canvas.convertToBlob({ type: resizedTypeFor(type), quality: 0.85 }), ...target };
  } finally {
    bitmap.close();
  }
}
