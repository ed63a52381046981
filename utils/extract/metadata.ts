/** Page metadata beyond the headline: byline, site name, published time, language. Reads, never writes. */
import { findArticleNode, namesOf, readJsonLdNodes, stringProperty, type JsonObject } from './json-ld';
import { elementsByTag, elementsWithItemprop, firstInDocumentOrder, hasToken } from './page-queries';
import { collapseWhitespace, comparableText } from './text';
import { WHITESPACE, withoutEdges } from './trim';
import { capField } from './field-length';
import { caseInsensitivePattern } from './phrases';

export interface PageMetadata {
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 instant in UTC, `2025-06-07T09:30:00.000Z`. */
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /** The page's JSON-LD objects, read once here for the headline step too. */
  jsonLd: JsonObject[];
  /** Every `<meta>` value by key (`readMetaValues`), read once here for the headline and modified-time steps. */
  metaValues: Map<string, string[]>;
}

/**
 * Every `<meta>` value by lower-cased key, in document order: `property` holds space-separated keys,
 * `name` one (`DC.creator` ~ `dc:creator`). A `property` key wins over the same key in `name`, as in Readability.
 */
export function readMetaValues(doc: Document): Map<string, string[]> {
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const meta of elementsByTag(doc, 'meta')) {
    const content = collapseWhitespace(unescapeHtmlEntities(meta.getAttribute('content') ?? ''));
    if (!content) continue;
    for (const key of (meta.getAttribute('property') ?? '').toLowerCase().split(/\s+/).filter(Boolean)) add(byProperty, key, content);
    for (const key of [(meta.getAttribute('name') ?? '').replace(/\./g, ':'), meta.getAttribute('itemprop') ?? '']) {
      if (key.trim()) add(byName, key.trim().toLowerCase(), content);
    }
  }
  for (const [key, values] of byName) if (!byProperty.has(key)) byProperty.set(key, values);
  return byProperty;
}

/** The first value of a `<meta>` key. */
export function metaValue(values: Map<string, string[]>, key: string): string | null {
  return values.get(key)?.[0] ?? null;
}

function firstValue(values: Map<string, string[]>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = metaValue(values, key);
    if (value) return value;
  }
  return null;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Meta contents are often escaped twice ("Tom &amp;amp; Jerry" arrives as "Tom &amp; Jerry"). */
export function unescapeHtmlEntities(text: string): string {
  return text
    .replace(/&(quot|amp|apos|lt|gt|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const code = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
      return String.fromCodePoint(code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
    });
}

const URL_LIKE = /^(?:https?:)?\/\/|^www\.|^[\w.-]+\.[a-z]{2,}\/\S*$/i;
const BYLINE_PREFIX = /^(?:(?:written|posted|reported)\s+)?(?:by|par|von|por)\s*:?\s+|^(?:texte?|texto|words|autor|auteur|author)\s*:\s*/i;
const MAX_BYLINE_LENGTH = 100;

/**
 * A date, time or relative time trailing a byline: "Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", "Jane Doe 8h".
 * This pattern and the next match white space only from where it starts (`(?<!\s)`): tried from each space of a
 * long run, they would rescan the rest of the run every time (quadratic).
 */
const TRAILING_DATE = caseInsensitivePattern(
  String.raw`(?<!\s)\s+(?:(?:on|le|am|el|updated|published)\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?` +
    String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[\s\S]*$`,
);
/** Separators after which a byline goes on with a role, a date or a share link: "James Akinaka • 8h", "Staff Writer · June 7". */
const BYLINE_TAIL = /(?<!\s)\s+[·•|]\s+[\s\S]*$|(?:(?<!\s)\s+)?\|[\s\S]*$/u;
const MAX_BYLINE_WORDS = 12;
/** What may stand before or after the names once the rest is gone: separators and white space. */
const BYLINE_EDGES = `${WHITESPACE},;:·|•–—-`;

/** A byline as a reader wants it: names only, no "By ", no date after it, no URL, not the site's own name. Null when nothing is left. */
export function cleanByline(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  const names = collapseWhitespace(unescapeHtmlEntities(raw)).replace(BYLINE_PREFIX, '').replace(BYLINE_TAIL, '').replace(TRAILING_DATE, '');
  const text = withoutEdges(names, BYLINE_EDGES);
  if (!text || text.length > MAX_BYLINE_LENGTH || URL_LIKE.test(text) || !/\p{L}/u.test(text)) return null;
  if (text.split(' ').length > MAX_BYLINE_WORDS) return null;
  if (siteName && comparableText(text) === comparableText(siteName)) return null;
  return text;
}

/**
 * Where a page names its author, most deliberate first: structured data, then meta tags, then marked-up HTML.
 * A generator: the markup, the costly place to look, is searched only when the others give no usable name.
 */
function* bylineCandidates(doc: Document, meta: Map<string, string[]>, article: JsonObject | null, nodes: readonly JsonObject[]): Generator<string> {
  // Each capped as read (field-length.ts).
  const fromJsonLd = namesOf(article?.['author'], nodes).map((name) => capField(name)).filter((name) => !URL_LIKE.test(name));
  // Several author metas are several authors.
  const fromMeta = ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author', 'article:author', 'sailthru:author', 'byl']
    .map((key) => capField((meta.get(key) ?? []).map((value) => capField(value)).filter((value) => !URL_LIKE.test(value)).join(', ')))
    .filter(Boolean);
  yield* [capField(fromJsonLd.join(', ')), ...fromMeta].filter(Boolean);
  yield* bylineFromMarkup(doc).filter(Boolean);
}

/** Classes and ids of elements that hold the byline (Readability's list). */
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;
/** "authorization", "author-bio", "author-box" hold a sign-in form or a biography, not the byline. */
const NOT_BYLINE_CLASS = /authoriz|author-?(?:bio|box|info|desc|about)|comment/i;
/** `[itemprop~="author"], [rel~="author"]`. */
const isMarkedAuthor = (el: Element): boolean => hasToken(el.getAttribute('itemprop'), 'author') || hasToken(el.getAttribute('rel'), 'author');

function isHiddenInMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.matches('script, style, noscript, template, [hidden], [aria-hidden="true"]')) return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The name inside a byline element: its `itemprop=name`, else its author link, else its whole text. */
function nameInside(el: Element): string {
  const named = el.querySelector('[itemprop~="name"]') ?? el.querySelector('a[rel~="author"], a[href*="author" i], a[href*="auteur" i], a[href*="autor" i]');
  const source = named ?? el;
  return collapseWhitespace(source.getAttribute('content') ?? source.textContent ?? '');
}

/**
 * Author names marked up in the page: `itemprop=author` and `rel=author` first (the page says so),
 * then short elements classed as a byline, each in document order.
 */
function bylineFromMarkup(doc: Document): string[] {
  if (!doc.body) return [];
  // One pass over the body instead of two selector queries (see page-queries.ts).
  const marked: Element[] = [];
  const classed: Element[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (isMarkedAuthor(el)) marked.push(el);
    else if (el.hasAttribute('class') || el.hasAttribute('id')) {
      const signal = `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (BYLINE_CLASS.test(signal) && !NOT_BYLINE_CLASS.test(signal)) classed.push(el);
    }
  }
  return [...marked, ...classed]
    .filter((el) => !isHiddenInMarkup(el))
    .map(nameInside)
    .filter((text) => text.length > 0 && text.length < MAX_BYLINE_LENGTH)
    .slice(0, 5);
}

function readSiteName(meta: Map<string, string[]>, article: JsonObject | null, nodes: readonly JsonObject[]): string | null {
  const publisher = namesOf(article?.['publisher'], nodes)[0] ?? null;
  const website = nodes.find((node) => node['@type'] === 'WebSite');
  return capField(firstValue(meta, ['og:site_name']) ?? publisher ?? stringProperty(website ?? null, 'name') ?? firstValue(meta, ['application-name', 'apple-mobile-web-app-title']));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const EXPLICIT_ZONE = /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/i;

/**
 * A date as an ISO 8601 UTC instant (`2025-06-07T09:30:00.000Z`), or null. A date or time without a zone
 * is read as UTC: the page gives no zone, and reading it in the machine's zone would change with the reader.
 */
export function toIsoInstant(raw: string): string | null {
  const text = raw.trim();
  const m = ISO_DATE.exec(text);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone = 'Z'] = m;
    const ms = Math.round(Number(`0.${fraction}`) * 1000);
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    const instant = utc - zoneOffsetMinutes(zone) * 60_000;
    return Number.isFinite(instant) ? new Date(instant).toISOString() : null;
  }
  // RFC 2822 and similar ("Sat, 07 Jun 2025 09:30:00 GMT"), only with an explicit zone.
  if (!EXPLICIT_ZONE.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : null;
}

function zoneOffsetMinutes(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function readPublishedTime(doc: Document, meta: Map<string, string[]>, article: JsonObject | null): string | null {
  // In this order, each looked up only when the ones before give no date: the markup queries cost the most,
  // and each list is read once.
  let marked: Element[] | undefined;
  let times: Element[] | undefined;
  const markedPublished = (): Element[] => (marked ??= elementsWithItemprop(doc, 'datePublished'));
  const timeElements = (): Element[] => (times ??= elementsByTag(doc, 'time'));
  const candidates: (() => string | null | undefined)[] = [
    () => stringProperty(article, 'datePublished'),
    () => firstValue(meta, ['article:published_time', 'parsely-pub-date', 'og:published_time', 'datepublished', 'dc:date', 'dcterms:created', 'dcterms:date', 'date', 'pubdate', 'publishdate', 'sailthru:date']),
    () => markedPublished().find((el) => el.hasAttribute('content'))?.getAttribute('content'),
    () =>
      firstInDocumentOrder([
        ...markedPublished().filter((el) => el.hasAttribute('datetime')),
        ...timeElements().filter((time) => time.hasAttribute('pubdate') && time.hasAttribute('datetime')),
      ])?.getAttribute('datetime'),
    () => timeElements().find((time) => time.hasAttribute('datetime') && time.closest('article, main'))?.getAttribute('datetime'),
  ];
  for (const read of candidates) {
    const candidate = read();
    const iso = candidate ? toIsoInstant(candidate) : null;
    if (iso) return iso;
  }
  return null;
}

/** "en_us" and "EN-US" as BCP 47 writes them: "en-US". */
export function normalizeLang(raw: string | null | undefined): string | null {
  const parts = (raw ?? '').trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (parts.length === 0 || !/^[a-z]{2,3}$/i.test(parts[0]!)) return null;
  return parts.map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase())).join('-');
}

function readLang(doc: Document, meta: Map<string, string[]>, article: JsonObject | null): string | null {
  const html = doc.documentElement;
  const candidates = [
    html.getAttribute('lang'),
    html.getAttribute('xml:lang'),
    elementsByTag(doc, 'meta').find((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language')?.getAttribute('content')?.split(',')[0] ?? null,
    firstValue(meta, ['og:locale', 'dc:language', 'language', 'content-language']),
    stringProperty(article, 'inLanguage'),
  ];
  for (const candidate of candidates) {
    const lang = normalizeLang(candidate);
    if (lang) return lang;
  }
  return null;
}

function readCanonicalUrl(doc: Document, meta: Map<string, string[]>): string | null {
  const canonical = elementsByTag(doc, 'link').find((link) => link.hasAttribute('href') && hasToken(link.getAttribute('rel'), 'canonical', true));
  const raw = canonical?.getAttribute('href') ?? metaValue(meta, 'og:url');
  if (!raw) return null;
  try {
    return new URL(raw, doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : undefined).href;
  } catch {
    return null;
  }
}

function firstCleanByline(candidates: Iterable<string>, siteName: string | null): string | null {
  for (const raw of candidates) {
    const byline = cleanByline(raw, siteName);
    if (byline !== null) return byline;
  }
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = readMetaValues(doc);
  const jsonLd = readJsonLdNodes(doc);
  const article = findArticleNode(jsonLd);
  const siteName = readSiteName(meta, article, jsonLd);
  const byline = firstCleanByline(bylineCandidates(doc, meta, article, jsonLd), siteName);
  return {
    byline,
    siteName,
    publishedTime: readPublishedTime(doc, meta, article),
    lang: readLang(doc, meta, article),
    canonicalUrl: readCanonicalUrl(doc, meta),
    jsonLd,
    metaValues: meta,
  };
}
