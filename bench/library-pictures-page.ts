/**
 * Run inside the library page by bench/library-pictures.ts (bundled by esbuild): fills the library straight into
 * IndexedDB, keeps made-up pictures with every article as the extension's own code does, and samples the page's
 * JavaScript heap.
 */
import { openLibrary } from '../utils/library/db';
import { PICTURE_STORES, withPictureFields } from '../utils/library/pictures';
import { sampleArticle, sampleTags } from '../utils/library/sample-articles';
import { cardOf, type SavedArticle } from '../utils/library/schema';

const RECORDS_PER_TRANSACTION = 500;

/** `count` records, as the bench of the library without pictures has them; returns the time taken, in ms. */
export async function fillLibrary(count: number): Promise<number> {
  const start = performance.now();
  const db = await openLibrary();
  for (let first = 0; first < count; first += RECORDS_PER_TRANSACTION) {
    const tx = db.transaction(['articles', 'cards'], 'readwrite');
    for (let n = first; n < Math.min(count, first + RECORDS_PER_TRANSACTION); n++) {
      const article = sampleArticle(n);
      const savedAt = new Date(Date.UTC(2025, 0, 1) + n * 600_000).toISOString();
      const record: SavedArticle = { id: `bench-${String(n).padStart(5, '0')}`, canonicalUrl: article.url!.replace(/\?.*$/, ''), savedAt, updatedAt: savedAt, tags: sampleTags(n), read: n % 3 === 0, readingPosition: 0, article };
      void tx.objectStore('articles').put(record);
      void tx.objectStore('cards').put(cardOf(record));
    }
    await tx.done;
  }
  return performance.now() - start;
}

/** Random bytes: incompressible, like a JPEG. `getRandomValues` fills at most 65,536 bytes a call. */
function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(length, at + 65_536)));
  return bytes;
}

/**
 * Keeps `perArticle` pictures of about `bytes` each with every article, written as keepArticlePictures writes
 * them (pictures, then the record's and card's counts) but 100 articles a transaction: one per article took
 * over two minutes for 10,000 pictures on a busy machine, and this is only the bench's setup.
 */
export async function addPictures(perArticle: number, bytes: number): Promise<{ ms: number; pictures: number; bytes: number }> {
  const start = performance.now();
  const db = await openLibrary();
  const ids = await db.getAllKeys('articles');
  let pictures = 0;
  let total = 0;
  for (let first = 0; first < ids.length; first += 100) {
    const tx = db.transaction(PICTURE_STORES, 'readwrite');
    await Promise.all(
      ids.slice(first, first + 100).map(async (id, i) => {
        const kept = Array.from({ length: perArticle }, (_, k) => {
          // ±25 %, so sizes are not all alike.
          const size = Math.round(bytes * (0.75 + ((first + i + k) % 11) / 20));
          return { articleId: id, url: `https://cdn.bench.example/${id}/${k + 1}.jpg`, blob: new Blob([randomBytes(size)], { type: 'image/jpeg' }), width: 800, height: 450, bytes: size };
        });
        for (const picture of kept) void tx.objectStore('pictures').put(picture);
        const record = withPictureFields((await tx.objectStore('articles').get(id)) as SavedArticle, kept);
        void tx.objectStore('articles').put(record);
        void tx.objectStore('cards').put(cardOf(record));
        pictures += kept.length;
        total += record.pictureBytes ?? 0;
      }),
    );
    await tx.done;
  }
  return { ms: performance.now() - start, pictures, bytes: total };
}

/** Chromium's non-standard heap figure (precise with --enable-precise-memory-info). */
const heapNow = (): number => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN;

let sampling: { timer: ReturnType<typeof setInterval>; base: number; peak: number } | null = null;

export function startHeapSampling(): void {
  const base = heapNow();
  const state = { base, peak: base, timer: setInterval(() => (state.peak = Math.max(state.peak, heapNow())), 50) };
  sampling = state;
}

export function stopHeapSampling(): { base: number; peak: number } {
  if (!sampling) return { base: Number.NaN, peak: Number.NaN };
  clearInterval(sampling.timer);
  const { base, peak } = sampling;
  sampling = null;
  return { base, peak: Math.max(peak, heapNow()) };
}
