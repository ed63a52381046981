/**
 * Keeping a saved article's pictures with it, in the background (a popup closed meanwhile does not stop it): the
 * text was saved before and never waits on this. Pictures are taken in reading order up to MAX_PICTURES and
 * MAX_ARTICLE_BYTES; each one that cannot be fetched, is no picture or does not decode is skipped, never the save.
 */
import type { Failure } from '../messages';
import type { NewPicture } from '../library/pictures';
import type { StoredPicture } from '../library/schema';
import { fetchableAddresses, MAX_ARTICLE_BYTES, MAX_PICTURES, pictureTypeOf } from './limits';
import type { Fetched } from './fetched';
import type { FittedPicture } from './fit';

/** How many pictures were skipped, by reason: over the limits, on a host out of reach, or not fetched or decoded. */
export interface SkippedPictures {
  limit: number;
  access: number;
  failed: number;
}

export type KeepPicturesResult = { ok: true; kept: number; bytes: number; skipped: SkippedPictures } | Failure;

export interface KeepPicturesRequest {
  articleId: string;
  /** The article's tab, where the toolbar click's access lets the page fetch its own site's pictures. */
  tabId: number;
  /** The pictures' addresses as the saved HTML gives them, in reading order. */
  addresses: string[];
}

/** What keeping uses of the browser and the library; tests replace them. */
export interface KeepPicturesDeps {
  holdsHost: (url: string) => Promise<boolean>;
  fetchInTab: (tabId: number, urls: readonly string[]) => Promise<Fetched[]>;
  fetchDirectly: (url: string) => Promise<Fetched>;
  fit: (blob: Blob, type: string) => Promise<FittedPicture>;
  /** The pictures kept with the article before (an update keeps a picture it cannot fetch again). */
  kept: (articleId: string) => Promise<StoredPicture[]>;
  store: (articleId: string, pictures: NewPicture[]) => Promise<{ ok: true; count: number; bytes: number } | Failure>;
}

export async function keepPictures({ articleId, tabId, addresses }: KeepPicturesRequest, deps: KeepPicturesDeps): Promise<KeepPicturesResult> {
  const wanted = fetchableAddresses(addresses);
  const taken = wanted.slice(0, MAX_PICTURES);
  const skipped: SkippedPictures = { limit: wanted.length - taken.length, access: 0, failed: 0 };
  // Hosts the reader gave access to are fetched by the extension; the rest, from the page if it is the page's own site.
  const direct = new Set<string>();
  for (const url of taken) if (await deps.holdsHost(url)) direct.add(url);
  const [fromTab, fromExtension, before] = await Promise.all([
    deps.fetchInTab(tabId, taken.filter((url) => !direct.has(url))),
    Promise.all([...direct].map((url) => deps.fetchDirectly(url))),
    deps.kept(articleId).catch(() => []),
  ]);
  const fetched = new Map([...fromTab, ...fromExtension].map((answer) => [answer.url, answer]));
  const keptBefore = new Map(before.map(({ articleId: _id, ...picture }) => [picture.url, picture]));

  const pictures: NewPicture[] = [];
  let bytes = 0;
  for (const url of taken) {
    const answer = fetched.get(url) ?? { url, status: 'failed' };
    const type = answer.status === 'ok' ? pictureTypeOf(answer.contentType) : null;
    const fitted = answer.status === 'ok' && type ? await deps.fit(answer.blob, type).catch(() => null) : null;
    const picture: NewPicture | undefined = fitted ? { url, blob: fitted.blob, width: fitted.width, height: fitted.height, bytes: fitted.blob.size } : keptBefore.get(url);
    if (!picture) {
      if (answer.status === 'no-access') skipped.access += 1;
      else skipped.failed += 1;
      continue;
    }
    if (bytes + picture.bytes > MAX_ARTICLE_BYTES) {
      skipped.limit += 1;
      continue;
    }
    bytes += picture.bytes;
    pictures.push(picture);
  }
  const stored = await deps.store(articleId, pictures);
  return stored.ok ? { ok: true, kept: stored.count, bytes: stored.bytes, skipped } : stored;
}
