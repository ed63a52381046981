/** Reads schema.org JSON-LD blocks: the article node and the names inside it. Reads, never writes. */
import { jsonLdScripts } from './page-queries';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** schema.org types that describe the page's own article (NewsArticle, BlogPosting, Report, ...). */
const ARTICLE_TYPE = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isArticleNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

/** Every object of a parsed block, flattening top-level arrays and `@graph`s (a WordPress/Yoast page nests its article there). */
function flattenNodes(value: JsonValue): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenNodes);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return [value, ...(graph === undefined ? [] : flattenNodes(graph))];
}

/** The JSON of one `<script type="application/ld+json">`, or null when it does not parse (pages ship broken JSON). */
function parseBlock(text: string): JsonValue {
  try {
    return JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as JsonValue;
  } catch {
    return null;
  }
}

/** All JSON-LD objects of the page, in document order. */
export function readJsonLdNodes(doc: Document): JsonObject[] {
  return jsonLdScripts(doc).flatMap((script) =>
    flattenNodes(parseBlock(script.textContent ?? '')),
  );
}

/** The first node that describes an article, or null. */
export function findArticleNode(nodes: readonly JsonObject[]): JsonObject | null {
  return nodes.find(isArticleNode) ?? null;
}

/** A string property, trimmed; null when missing or not a string. */
export function stringProperty(node: JsonObject | null, key: string): string | null {
  const value = node?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * The names held by a property such as `author` or `publisher`: a string, an object with `name`, or an
 * array of either. An `{"@id": ...}` reference is looked up among `nodes` (Yoast points authors to a Person node).
 */
export function namesOf(value: JsonValue | undefined, nodes: readonly JsonObject[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => namesOf(item, nodes));
  if (!isObject(value)) return [];
  const name = value['name'];
  if (typeof name === 'string' && name.trim()) return [name.trim()];
  const id = value['@id'];
  if (typeof id === 'string') {
    const target = nodes.find((node) => node['@id'] === id && node !== value && typeof node['name'] === 'string');
    if (target) return namesOf(target, []);
  }
  return [];
}
