/**
 * Pictures kept with saved articles, as Blobs beside their records. Each write is one transaction that also
 * brings the record's and card's picture count and size up to date, so the library's storage figures come from
 * the light cards and never read a Blob.
 */
import { t } from '../i18n';
import { announceChange, openLibrary, writeInOneTransaction, type Failure } from './db';
import { cardOf, type SavedArticle, type StoredPicture } from './schema';
import { isSavedArticle } from './validate';

/** A picture to keep: everything but the article it belongs to. */
export type NewPicture = Omit<StoredPicture, 'articleId'>;

export const PICTURE_STORES: Array<'articles' | 'cards' | 'pictures'> = ['articles', 'cards', 'pictures'];

/** The record with its picture fields set from `pictures` (absent when there are none, as before pictures existed). */
export function withPictureFields(record: SavedArticle, pictures: readonly Pick<StoredPicture, 'bytes'>[]): SavedArticle {
  const { pictureCount: _count, pictureBytes: _bytes, ...rest } = record;
  if (pictures.length === 0) return rest;
  return { ...rest, pictureCount: pictures.length, pictureBytes: pictures.reduce((sum, picture) => sum + picture.bytes, 0) };
}

/** Every picture kept with an article, in the order they were kept. */
export async function listArticlePictures(articleId: string): Promise<StoredPicture[]> {
  const db = await openLibrary();
  return db.getAllFromIndex('pictures', 'articleId', articleId);
}

/**
 * Keeps `pictures` as the article's pictures, replacing any kept before. A full disk fails this write alone: the
 * article's text, saved before, stays.
 */
export async function keepArticlePictures(articleId: string, pictures: readonly NewPicture[]): Promise<{ ok: true; count: number; bytes: number } | Failure> {
  const result = await writeInOneTransaction(PICTURE_STORES, 'library.couldNot.keepPictures', async (tx) => {
    const record: unknown = await tx.objectStore('articles').get(articleId);
    if (!isSavedArticle(record)) throw new Error(t('library.failure.articleNotSaved'));
    const store = tx.objectStore('pictures');
    for (const key of await store.index('articleId').getAllKeys(articleId)) await store.delete(key);
    for (const picture of pictures) await store.put({ ...picture, articleId });
    const next = withPictureFields(record, pictures);
    await tx.objectStore('articles').put(next);
    await tx.objectStore('cards').put(cardOf(next));
    return { count: next.pictureCount ?? 0, bytes: next.pictureBytes ?? 0 };
  });
  if (!result.ok) return result;
  announceChange({ changed: [articleId], deleted: [] });
  return { ok: true, ...result.value };
}

export interface PictureTotals {
  articles: number;
  pictures: number;
  bytes: number;
}

/** How many pictures the library keeps, for how many articles, and their size: read from the cards alone. */
export async function pictureTotals(): Promise<PictureTotals> {
  const db = await openLibrary();
  const totals: PictureTotals = { articles: 0, pictures: 0, bytes: 0 };
  for (const card of await db.getAll('cards')) {
    if (!card.pictureCount) continue;
    totals.articles += 1;
    totals.pictures += card.pictureCount;
    totals.bytes += card.pictureBytes ?? 0;
  }
  return totals;
}

/** Removes every kept picture; the articles stay, and their saved copies show placeholders again. */
export async function removeAllPictures(): Promise<{ ok: true; articles: number } | Failure> {
  const result = await writeInOneTransaction(PICTURE_STORES, 'library.couldNot.removePictures', async (tx) => {
    await tx.objectStore('pictures').clear();
    const withPictures = (await tx.objectStore('cards').getAll()).filter((card) => card.pictureCount !== undefined);
    // Requests queued together and awaited once: one round trip per record took 27 s for 5,000 in Chromium.
    const records: unknown[] = await Promise.all(withPictures.map((card) => tx.objectStore('articles').get(card.id)));
    const changed: string[] = [];
    const writes: Promise<unknown>[] = [];
    for (const record of records) {
      if (!isSavedArticle(record)) continue;
      const next = withPictureFields(record, []);
      for (const write of [tx.objectStore('articles').put(next), tx.objectStore('cards').put(cardOf(next))]) {
        // Awaited together below; one failing aborts the rest, whose rejections are that same failure.
        write.catch(() => undefined);
        writes.push(write);
      }
      changed.push(record.id);
    }
    await Promise.all(writes);
    return changed;
  });
  if (!result.ok) return result;
  if (result.value.length > 0) announceChange({ changed: result.value, deleted: [] });
  return { ok: true, articles: result.value.length };
}
