/**
 * Pictures kept with a saved article, shown from the device: object URLs of their stored Blobs, keyed by the
 * address the article's HTML gives (the body shows them through applyPictureSources, so the original address is
 * never requested), and revoked when the reader page lets go of them.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { StoredPicture } from '../utils/library/schema';
import type { PictureSources } from './picture-sources';

/** address → object URL, for each stored picture (the first one of an address, should a record repeat it). */
export function storedPictureUrls(pictures: readonly Pick<StoredPicture, 'url' | 'blob'>[], createUrl: (blob: Blob) => string = (blob) => URL.createObjectURL(blob)): Map<string, string> {
  const urls = new Map<string, string>();
  for (const picture of pictures) if (!urls.has(picture.url)) urls.set(picture.url, createUrl(picture.blob));
  return urls;
}

/**
 * The picture sources of a saved copy: its stored pictures, and (R decides when) nothing from the network. The
 * object URLs live as long as the pictures shown; each set is revoked when replaced or when the page closes.
 */
export function useStoredPictures(pictures: readonly StoredPicture[] | null): PictureSources | undefined {
  const sources = useMemo(() => (pictures ? { remote: false, stored: storedPictureUrls(pictures) } : undefined), [pictures]);
  useEffect(() => {
    if (!sources) return;
    const revoke = () => sources.stored.forEach((url) => URL.revokeObjectURL(url));
    window.addEventListener('pagehide', revoke);
    return () => {
      window.removeEventListener('pagehide', revoke);
      revoke();
    };
  }, [sources]);
  return sources;
}
