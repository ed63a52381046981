/**
 * The XSS corpus through the pipeline (issue 6): every vector page of e2e/fixtures/xss is extracted in jsdom,
 * and every string of the Article that some page renders must be inert. The browser test (e2e/xss.e2e.ts)
 * renders the same pages in the real extension pages.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_URL, HEADLINE, SURVIVING_SENTENCE, VECTORS, vectorPage, type XssVector } from '../../e2e/fixtures/xss/vectors';
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

/** Text fields are rendered as text; they must not even look like markup (Markdown and HTML exports copy them). */
const MARKUP = /<\s*[a-z!/?]/i;

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
  const fields: Record<string, string | null> = { url: article.url };
  article.sources.forEach((source, i) => (fields[`sources[${i}].url`] = source.url));
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null));
}

/** HTML fields: the body, any other `…Html` field, and the HTML of removed blocks when the contract carries it. */
function htmlFields(article: Article): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(article)) if (key.endsWith('Html') && typeof value === 'string') fields[key] = value;
  article.removed.forEach((removal, i) => {
    const html = (removal as { html?: unknown }).html;
    if (typeof html === 'string') fields[`removed[${i}].html`] = html;
  });
  return fields;
}

function extractVector(vector: XssVector): Article {
  const article = extractHtml(vectorPage(vector, ORIGIN), ARTICLE_URL);
  if (!article) throw new Error(`${vector.id}: no article extracted`);
  return article;
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
    expect(MARKUP.test('Night trains <img src=x onerror=alert(1)>')).toBe(true);
    expect(MARKUP.test('Fares rise by < 3%')).toBe(false);
  });

  describe.each(VECTORS.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    it('comes out inert, with the article intact', () => {
      const article = extractVector(vector);
      const problems: string[] = [];
      for (const [field, html] of Object.entries(htmlFields(article))) problems.push(...unsafeParts(html).map((p) => `${field}: ${p}`));
      for (const [field, text] of Object.entries(textFields(article))) if (MARKUP.test(text)) problems.push(`${field}: markup in text: ${text.slice(0, 80)}`);
      for (const [field, url] of Object.entries(urlFields(article))) if (!/^https?:\/\//i.test(url)) problems.push(`${field}: ${url.slice(0, 60)}`);
      expect(problems).toEqual([]);
      expect(article.textContent).toContain(SURVIVING_SENTENCE);
      expect(article.headline.startsWith(HEADLINE)).toBe(true);
    });
  });
});
