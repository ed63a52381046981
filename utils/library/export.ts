/** Moving the library out: JSON (lossless, re-importable), Markdown in a zip, one standalone HTML page. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { htmlToContainer, serializeChildren } from '../dom';
import { sanitizeArticleHtml } from '../extract/sanitize';
import { articleToMarkdown } from '../markdown';
import { openLibrary } from './db';
import type { SavedArticle } from './schema';
import { isSavedArticle } from './validate';

export const EXPORT_FORMAT = 'clearpress-library';
/** Bump when a record's shape changes, and teach `import.ts` to read the older version. */
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: SavedArticle[];
}

/** The records to export, newest first: every one, or those named. Damaged records are left out and counted. */
export async function readRecordsForExport(ids?: readonly string[]): Promise<{ records: SavedArticle[]; skipped: number }> {
  const db = await openLibrary();
  const raw: unknown[] = ids ? await Promise.all(ids.map((id) => db.get('articles', id))) : await db.getAll('articles');
  const records = raw.filter(isSavedArticle);
  const skipped = raw.filter((value) => value !== undefined).length - records.length;
  records.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return { records, skipped };
}

export function libraryToJson(records: readonly SavedArticle[], now = new Date()): string {
  const file: LibraryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), records: [...records] };
  return JSON.stringify(file);
}

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

export function recordToMarkdown(record: SavedArticle): string {
  return `${frontMatterOf(record)}\n${articleToMarkdown(record.article)}`;
}

/** `2026-01-02-council-approves-housing-plan.md`, unique within `taken`. */
export function markdownFileName(record: SavedArticle, taken: Set<string>): string {
  const slug =
    record.article.headline
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article';
  const base = `${record.savedAt.slice(0, 10)}-${slug}`;
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}

/** One Markdown file per article, in a zip. */
export function libraryToMarkdownZip(records: readonly SavedArticle[]): Uint8Array {
  const files: Zippable = {};
  const taken = new Set<string>();
  for (const record of records) files[markdownFileName(record, taken)] = strToU8(recordToMarkdown(record));
  // Level 1: four times faster than 6 on Markdown (the 10 s budget for 5,000 articles), and still small.
  return zipSync(files, { level: 1 });
}

// No script can run in the exported page even if a browser disagreed with our sanitizer.
const EXPORT_CSP = "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'";
const EXPORT_STYLE =
  'body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}article{border-bottom:1px solid #ccc;padding-bottom:2em;margin-bottom:2em}.meta{color:#666;font-size:.85em}img{max-width:100%;height:auto}';

function appendText(doc: Document, parent: Element, tag: string, text: string, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  parent.append(el);
  return el;
}

/**
 * The articles as one standalone HTML page. Built as DOM from text nodes plus the article body sanitized again,
 * so no field of a record can inject markup.
 */
export function libraryToHtml(records: readonly SavedArticle[], view: Window & typeof globalThis = window): string {
  const doc = view.document.implementation.createHTMLDocument('Clearpress library');
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = EXPORT_CSP;
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = EXPORT_STYLE;
  doc.head.prepend(charset, meta);
  doc.head.append(style);
  appendText(doc, doc.body, 'h1', `Clearpress library: ${records.length} ${records.length === 1 ? 'article' : 'articles'}`);
  for (const [index, record] of records.entries()) {
    const { article } = record;
    const section = doc.createElement('article');
    if (article.lang) section.lang = article.lang;
    appendText(doc, section, 'h2', article.headline);
    if (article.subtitle) appendText(doc, section, 'p', article.subtitle, 'meta');
    const line = [article.byline, article.siteName, article.publishedTime?.slice(0, 10), `saved ${record.savedAt.slice(0, 10)}`].filter(Boolean).join(' · ');
    appendText(doc, section, 'p', line, 'meta');
    if (article.url && /^https?:/i.test(article.url)) {
      const link = appendText(doc, section, 'a', article.url, 'meta');
      link.setAttribute('href', article.url);
    }
    if (article.summary) appendText(doc, section, 'p', article.summary);
    const body = htmlToContainer(doc, sanitizeArticleHtml(article.contentHtml, view));
    // Every article numbers its sources from 1: prefix the anchors so citations stay within their article.
    const prefix = `a${index + 1}-`;
    for (const link of body.querySelectorAll('a[href^="#source-"]')) link.setAttribute('href', `#${prefix}${(link.getAttribute('href') ?? '').slice(1)}`);
    section.append(body);
    if (article.sources.length > 0) {
      appendText(doc, section, 'h3', 'Sources');
      const list = doc.createElement('ol');
      for (const source of article.sources) {
        const item = doc.createElement('li');
        item.id = `${prefix}source-${source.id}`;
        if (source.url && /^https?:/i.test(source.url)) {
          const link = appendText(doc, item, 'a', source.title ?? source.url);
          link.setAttribute('href', source.url);
        } else item.textContent = source.title ?? 'Unlisted source';
        list.append(item);
      }
      section.append(list);
    }
    doc.body.append(section);
  }
  return `<!doctype html>\n<html lang="en">${serializeChildren(doc.documentElement)}</html>\n`;
}
