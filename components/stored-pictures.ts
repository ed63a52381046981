/**
 * Pictures kept with a saved article, shown from the device: object URLs of their stored Blobs, keyed by the
 * address the article's HTML gives, swapped into the body before it reaches the page (so the original address is
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
 * Points each `img` whose `src` is stored at its stored copy, in `fragment` (still in the sanitizer's inert
 * document, where nothing loads). The other sizes the page offered (`srcset`, a `<picture>`'s sources) go with
 * it: the browser would pick one of them over `src`.
 */
export function swapInStoredPictures(fragment: ParentNode, stored: ReadonlyMap<string, string>): void {
  if (stored.size === 0) return;
  for (const img of fragment.querySelectorAll('img[src]')) {
    const local = stored.get(img.getAttribute('src') ?? '');
    if (!local) continue;
    img.setAttribute('src', local);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (img.parentElement?.localName === 'picture') for (const source of img.parentElement.querySelectorAll(':scope > source')) source.remove();
  }
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
