/**
 * The XSS corpus through the pipeline: every vector page of e2e/fixtures/xss is extracted in jsdom,
 * and every string of the Article that some page renders must be inert. The browser test (e2e/xss.e2e.ts)
 * renders the same pages in the real extension pages.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_URL, batchPage, HEADLINE, SURVIVING_SENTENCE, VECTORS, vectorBatches, vectorPage, type XssVector } from '../../e2e/fixtures/xss/vectors';
import { extractHtml } from '../helpers';
import type { Article } from '../../utils/extract/types';

const ORIGIN = 'http://127.0.0.1:9';

/** Elements that run, load or submit something, or reinterpret their content. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'input', 'button',
  'select', 'textarea', 'isindex', 'keygen', 'style', 'noscript', 'noembed', 'noframes', 'template', 'xmp', 'plaintext',
  'title', 'svg', 'math', 'portal', 'fencedframe', 'dialog', 'set', 'animate',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'longdesc', 'usemap', 'ping', 'srcdoc'];
/** Absolute http(s) or mailto, or a fragment in the article itself. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;

const inert = new JSDOM('<!DOCTYPE html><body></body>').window.document;

/** Everything executable or loading in a piece of article HTML, as readable strings (empty when inert). */
function unsafeParts(html: string): string[] {
  const container = inert.createElement('div');
  container.innerHTML = html;
  const problems: string[] = [];
  for (const el of Array.from(container.querySelectorAll('*'))) {
    const tag = el.localName;
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
      if (name === 'style' || name === 'id' || name === 'name' || name === 'autofocus') problems.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.includes(name) && !SAFE_URL.test(attr.value)) problems.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
      if (name === 'srcset') {
        for (const candidate of attr.value.split(',')) {
          const address = candidate.trim().split(/\s+/)[0] ?? '';
          if (address && !SAFE_URL.test(address)) problems.push(`${tag}[srcset=${address.slice(0, 40)}]`);
        }
      }
    }
    if (el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) problems.push(`${tag}[target=_blank] without noopener`);
  }
  // Stable under a second parse: what the pages insert is exactly what was checked (no mutation XSS).
  if (container.innerHTML !== html) problems.push('changes when parsed again');
  return problems;
}

/**
 * Markup from the page must not end up in a text field: a real `<script>` or `<img>` in the headline or byline
 * is dropped, not turned into text. Text the page itself shows (`&lt;img&gt;` in an h1) may stay: every page
 * renders these fields as text, and the Markdown and HTML exports escape them.
 */
const PAYLOAD_CODE = "top.__xss='";

function textFields(article: Article): Record<string, string> {
  const fields: Record<string, string | null> = {
    headline: article.headline,
    subtitle: article.subtitle,
    byline: article.byline,
    siteName: article.siteName,
    summary: article.summary,
    publishedTime: article.publishedTime,
    lang: article.lang,
  };
  // alternateHeadlines are not checked: no page renders them (they only feed the headline-repeat rule).
  article.implications.forEach((item, i) => {
    fields[`implications[${i}].label`] = item.label;
    fields[`implications[${i}].text`] = item.text;
  });
  article.sources.forEach((source, i) => (fields[`sources[${i}].title`] = source.title));
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null));
}

function urlFields(article: Article): Record<string, string> {
  const fields: Record<string, string | null | undefined> = { url: article.url, canonicalUrl: article.canonicalUrl };
  article.sources.forEach((source, i) => (fields[`sources[${i}].url`] = source.url));
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** HTML fields: the body, any other `…Html` field, and the HTML of removed blocks when the contract carries it. */
function htmlFields(article: Article): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(article)) if (key.endsWith('Html') && typeof value === 'string') fields[key] = value;
  article.removed.forEach((removal, i) => {
    if (removal.html !== undefined) fields[`removed[${i}].html`] = removal.html;
  });
  return fields;
}

function extractPage(html: string, name: string): Article {
  const article = extractHtml(html, ARTICLE_URL);
  if (!article) throw new Error(`${name}: no article extracted`);
  return article;
}

/** Whether one of `vectors` writes its payload as text (escaped, or inside a JSON or attribute value). */
const quotesPayloadAsText = (vectors: readonly XssVector[]) => vectors.some((v) => /&lt;|\\u003c/.test(v.html) || ['title', 'og', 'jsonld', 'head'].includes(v.slot));

/** Everything in `article` a page could run or load, and whether the article itself survived. */
function problemsOf(article: Article, vectors: readonly XssVector[]): string[] {
  const problems: string[] = [];
  const escapedInPage = quotesPayloadAsText(vectors);
  for (const [field, html] of Object.entries(htmlFields(article))) problems.push(...unsafeParts(html).map((p) => `${field}: ${p}`));
  for (const [field, text] of Object.entries(textFields(article))) if (text.includes(PAYLOAD_CODE) && !escapedInPage) problems.push(`${field}: script text: ${text.slice(0, 80)}`);
  for (const [field, url] of Object.entries(urlFields(article))) if (!/^https?:\/\//i.test(url)) problems.push(`${field}: ${url.slice(0, 60)}`);
  if (!article.textContent.includes(SURVIVING_SENTENCE)) problems.push('the article text was lost');
  if (!article.headline.startsWith(HEADLINE)) problems.push(`headline: ${article.headline.slice(0, 80)}`);
  return problems;
}

describe('XSS corpus', () => {
  it('has at least 60 vectors with unique ids, in every category', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(VECTORS.map((v) => v.id)).size).toBe(VECTORS.length);
    expect(new Set(VECTORS.map((v) => v.category)).size).toBe(13);
  });

  it('the checks catch what they look for', () => {
    expect(unsafeParts('<p>ok <a href="https://a.example/" target="_blank" rel="noopener noreferrer">a</a></p>')).toEqual([]);
    expect(unsafeParts('<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a><a href="https://a.example/" target="_blank">y</a>')).toEqual([
      'img[src=x]',
      'img[onerror]',
      'a[href=javascript:alert(1)]',
      'a[target=_blank] without noopener',
    ]);
    expect(unsafeParts('<svg><p><style><img src=x onerror=alert(1)></style></p></svg>').length).toBeGreaterThan(0);
  });

  describe.each(VECTORS.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    it('comes out inert, with the article intact', () => {
      expect(problemsOf(extractPage(vectorPage(vector, ORIGIN), vector.id), [vector])).toEqual([]);
    });
  });

  // The browser test shows the vectors a batch per page: the batches must be whole articles too.
  it.each(vectorBatches(VECTORS).map((batch, i) => [i + 1, batch] as const))('batch page %i comes out inert, with the article intact', (i, batch) => {
    expect(problemsOf(extractPage(batchPage(batch, ORIGIN, `batch-${i}`), `batch ${i}`), batch)).toEqual([]);
  });
});
