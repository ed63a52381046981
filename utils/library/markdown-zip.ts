/**
 * The Markdown export: one file per article, with YAML front matter and its highlights, in a zip; the pictures
 * kept with an article in a folder named after its file (`2026-01-02-vote.md` beside `2026-01-02-vote/1.jpg`),
 * linked relatively, which Obsidian, GitHub and most Markdown viewers show.
 */
import { strToU8, Zip, ZipPassThrough, zipSync, type FlateError, type Zippable } from 'fflate';
import { withoutEdges, withoutTrailing } from '../extract/trim';
import type { Highlight } from '../highlights/types';
import { ZIP_LEVEL } from './deflate-job';
import type { Deflater } from './deflater';
import { groupByArticle, inTextOrder } from './highlight-fields';
import { articleToMarkdownWithHighlights } from './markdown-highlights';
import { replacePictureAddresses } from './picture-addresses';
import { pictureBytesOf, pictureFileName } from './picture-export';
import type { SavedArticle, StoredPicture } from './schema';

/** A YAML scalar: JSON strings are valid YAML double-quoted strings. */
const yaml = (value: string | number | boolean | null): string => (value === null ? 'null' : JSON.stringify(value));

export function frontMatterOf(record: SavedArticle): string {
  const { article } = record;
  const lines = [
    `title: ${yaml(article.headline)}`,
    `url: ${yaml(article.url)}`,
    `canonical_url: ${yaml(record.canonicalUrl)}`,
    `site: ${yaml(article.siteName)}`,
    `byline: ${yaml(article.byline)}`,
    `published: ${yaml(article.publishedTime)}`,
    `saved: ${yaml(record.savedAt)}`,
    `updated: ${yaml(record.updatedAt)}`,
    `tags: [${record.tags.map(yaml).join(', ')}]`,
    `read: ${yaml(record.read)}`,
    `reading_minutes: ${yaml(article.readingMinutes)}`,
    `lang: ${yaml(article.lang)}`,
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * The article's file; its highlights (in any order) listed under the title and marked in the body. Its pictures
 * named in `pictureFiles` (address → file in the zip) are shown from those files.
 */
export function recordToMarkdown(record: SavedArticle, highlights: readonly Highlight[] = [], pictureFiles?: ReadonlyMap<string, string>): string {
  const article = pictureFiles?.size ? { ...record.article, contentHtml: replacePictureAddresses(record.article.contentHtml, (url) => pictureFiles.get(url)) } : record.article;
  return `${frontMatterOf(record)}\n${articleToMarkdownWithHighlights(article, [...highlights].sort(inTextOrder))}`;
}

/** Each picture's file in the zip, by its address: `stem/1.jpg`, `stem/2.png`, in the order given. */
export function pictureFilesOf(markdownName: string, pictures: readonly StoredPicture[]): Map<string, string> {
  const stem = markdownName.replace(/\.md$/, '');
  return new Map(pictures.map((picture, i) => [picture.url, pictureFileName(stem, i + 1, picture)]));
}

/** `2026-01-02-council-approves-housing-plan.md`, unique within `taken`. */
export function markdownFileName(record: SavedArticle, taken: Set<string>): string {
  const words = record.article.headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-');
  const slug = withoutTrailing(withoutEdges(words, '-').slice(0, 60), '-') || 'article';
  const base = `${record.savedAt.slice(0, 10)}-${slug}`;
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}

/**
 * A zip entry compressed in one call, by the deflater (possibly on another thread). fflate's streaming
 * `ZipDeflate` sets up a 96 kB window per file, which made 5,000 small files five times slower to compress than
 * one `deflateSync` each (measured in Chromium).
 */
class ZipEntryDeflatedAtOnce extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflater: Deflater,
  ) {
    super(filename);
    this.compression = 8;
  }

  /** The CRC and size are taken of the text as pushed (by `push`); the archive gets it compressed. */
  override process(chunk: Uint8Array, final: boolean): void {
    this.deflater.deflate(chunk).then(
      (compressed) => this.ondata(null, compressed, final),
      (error: unknown) => this.ondata(error as FlateError, new Uint8Array(0), final),
    );
  }
}

/** Archive bytes gathered before they are moved into a Blob, out of the page's memory. */
const CHUNKS_BEFORE_BLOB = 16 * 1024 * 1024;

/**
 * A zip written file by file: each article is converted as it is read and handed to the deflater; fflate's
 * `Zip` puts the compressed files in the order they were added, whenever each one comes back. Pictures are
 * stored as they are (JPEG, PNG and WebP do not compress further), read one at a time.
 */
export class MarkdownZip {
  private readonly chunks: Array<Uint8Array<ArrayBuffer> | Blob> = [];
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  private readonly taken = new Set<string>();
  private readonly zip: Zip;
  private readonly done: Promise<Array<Uint8Array<ArrayBuffer> | Blob>>;

  constructor(private readonly deflater: Deflater) {
    let finished: (chunks: Array<Uint8Array<ArrayBuffer> | Blob>) => void = () => undefined;
    let failed: (error: unknown) => void = () => undefined;
    this.done = new Promise((resolve, reject) => {
      finished = resolve;
      failed = reject;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) return failed(error);
      this.pending.push(chunk as Uint8Array<ArrayBuffer>);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes >= CHUNKS_BEFORE_BLOB || final) this.moveToBlob();
      if (final) finished(this.chunks);
    });
  }

  /** A small archive stays as its bytes; a large one goes into Blobs as it grows (the browser may keep them on disk). */
  private moveToBlob(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(...(this.pendingBytes >= CHUNKS_BEFORE_BLOB ? [new Blob(this.pending)] : this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /**
   * The article's file, then its pictures' files: every entry is added at once, in this order, and each picture's
   * bytes are pushed when read (the archive writes an entry once those before it are done).
   */
  async add(record: SavedArticle, highlights: readonly Highlight[] = [], pictures: readonly StoredPicture[] = []): Promise<void> {
    const name = markdownFileName(record, this.taken);
    const pictureFiles = pictureFilesOf(name, pictures);
    const file = new ZipEntryDeflatedAtOnce(name, this.deflater);
    this.zip.add(file);
    const entries = pictures.map((picture) => {
      const entry = new ZipPassThrough(pictureFiles.get(picture.url) as string);
      this.zip.add(entry);
      return entry;
    });
    // One push, marked final: `process` compresses the whole file at once.
    file.push(strToU8(recordToMarkdown(record, highlights, pictureFiles)), true);
    await Promise.all(pictures.map(async (picture, i) => entries[i]?.push(await pictureBytesOf(picture), true)));
  }

  /** The whole archive, once every file is compressed. */
  finish(): Promise<Array<Uint8Array<ArrayBuffer> | Blob>> {
    this.zip.end();
    return this.done;
  }
}

/** One Markdown file per article, with the highlights of each, in a zip (without pictures kept). */
export function libraryToMarkdownZip(records: readonly SavedArticle[], highlights: readonly Highlight[] = []): Uint8Array {
  const files: Zippable = {};
  const taken = new Set<string>();
  const byArticle = groupByArticle(highlights);
  for (const record of records) files[markdownFileName(record, taken)] = strToU8(recordToMarkdown(record, byArticle.get(record.id)));
  return zipSync(files, { level: ZIP_LEVEL });
}
