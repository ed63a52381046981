/**
 * Where an article's pictures may come from when it is shown in an extension page: pictures kept with a saved
 * article (object URLs of their stored Blobs), and the network only when the reader allows it.
 */
export interface PictureSources {
  /** The page's own picture addresses may be loaded (the live reader view, or a saved copy after "Show pictures"). */
  remote: boolean;
  /** Pictures kept on the device: the address the article gives (absolute, as in its HTML) → a blob: or data: URL. */
  stored: ReadonlyMap<string, string>;
}

/** The live reader view: the page was just loaded from the network by the reader anyway. */
export const LIVE_PAGE_PICTURES: PictureSources = { remote: true, stored: new Map() };
