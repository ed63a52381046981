/** A picture's download as both ways of fetching it report it: its bytes, or why there are none. */
export type Fetched =
  | { url: string; status: 'ok'; contentType: string | null; blob: Blob }
  /** Neither the toolbar click's access nor a permission the reader gave reaches the picture's host. */
  | { url: string; status: 'no-access' }
  /** An error, a refused answer, or more bytes than a picture may have. */
  | { url: string; status: 'failed' };

/**
 * The request for a picture: a plain GET, no cookies or other credentials, no Referer, no header of ours; the
 * browser's cache may answer it (the page has just loaded most of its pictures).
 */
export const PICTURE_REQUEST: RequestInit = { method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache', redirect: 'follow' };
