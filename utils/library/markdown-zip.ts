/** The Markdown export: one file per article, with YAML front matter and its highlights, in a zip. */
import { strToU8, Zip, ZipPassThrough, zipSync, type FlateError, type Zippable } from 'fflate';
import { withoutEdges, withoutTrailing } from '../extract/trim';
import type { Highlight } from '../highlights/types';
import { ZIP_LEVEL } from './deflate-job';
import type { Deflater } from './deflater';
import { groupByArticle, inTextOrder } from './highlight-fields';
import { articleToMarkdownWithHighlights } from './markdown-highlights';
import type { SavedArticle } from './schema';

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

/** The article's file; its highlights (in any order) listed under the title and marked in the body. */
export function recordToMarkdown(record: SavedArticle, highlights: readonly Highlight[] = []): string {
  return `${frontMatterOf(record)}\n${articleToMarkdownWithHighlights(record.article, [...highlights].sort(inTextOrder))}`;
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

/**
 * A zip written file by file: each article is converted as it is read and handed to the deflater; fflate's
 * `Zip` puts the compressed files in the order they were added, whenever each one comes back.
 */
export class MarkdownZip {
  private readonly chunks: Uint8Array<ArrayBuffer>[] = [];
  private readonly taken = new Set<string>();
  private readonly zip: Zip;
  private readonly done: Promise<Uint8Array<ArrayBuffer>[]>;

  constructor(private readonly deflater: Deflater) {
    let finished: (chunks: Uint8Array<ArrayBuffer>[]) => void = () => undefined;
    let failed: (error: unknown) => void = () => undefined;
    this.done = new Promise((resolve, reject) => {
      finished = resolve;
      failed = reject;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) return failed(error);
      this.chunks.push(chunk as Uint8Array<ArrayBuffer>);
      if (final) finished(this.chunks);
    });
  }

  add(record: SavedArticle, highlights: readonly Highlight[] = []): void {
    const file = new ZipEntryDeflatedAtOnce(markdownFileName(record, this.taken), this.deflater);
    this.zip.add(file);
    // One push, marked final: `process` compresses the whole file at once.
    file.push(strToU8(recordToMarkdown(record, highlights)), true);
  }

  /** The whole archive, once every file is compressed. */
  finish(): Promise<Uint8Array<ArrayBuffer>[]> {
    this.zip.end();
    return this.done;
  }
}

/** One Markdown file per article, with the highlights of each, in a zip. */
export function libraryToMarkdownZip(records: readonly SavedArticle[], highlights: readonly Highlight[] = []): Uint8Array {
  const files: Zippable = {};
  const taken = new Set<string>();
  const byArticle = groupByArticle(highlights);
  for (const record of records) files[markdownFileName(record, taken)] = strToU8(recordToMarkdown(record, byArticle.get(record.id)));
  return zipSync(files, { level: ZIP_LEVEL });
}
