import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsByTag, elementsWithItemprop, firstInDocumentOrder, hasToken, jsonLdScripts } from './page-queries';

// Tokens that a substring test would take and a token test must not ("datePublishedX", "author-bio"),
// other whitespace, and upper case where the selector's ` i` flag matters.
const PAGE = `<!doctype html><html><head>
  <meta property="og:type" content="article"><meta name="author" content="Ana Ruiz">
  <link rel="stylesheet canonical" href="/a"><link rel="CANONICAL" href="/b"><link rel="canonicalish" href="/c">
  <script type="application/ld+json" id="s1">{}</script><script type="Application/LD+JSON" id="s2">{}</script>
  <script type="application/ld+json " id="s3">{}</script><script id="s4">var x</script>
</head><body>
  <span id="p1" itemprop="datePublishedX" content="no"></span>
  <span id="p2" itemprop="name	datePublished" content="2025-06-07"></span>
  <time id="t1" datetime="2025-06-06" pubdate></time>
  <article><p><span id="h1" itemprop="headline">Title</span><time id="t2" datetime="2025-06-08"></time></p></article>
  <svg><a id="svg-a" itemprop="headline"></a></svg>
</body></html>`;

const doc = new JSDOM(PAGE).window.document;
const ids = (elements: readonly Element[]) => elements.map((el) => el.id || el.getAttribute('href') || el.localName);

describe('page queries stand for the selectors they replace', () => {
  it('tests space-separated tokens exactly, case-insensitively only when asked', () => {
    expect(hasToken('name\tdatePublished', 'datePublished')).toBe(true);
    expect(hasToken('datePublishedX', 'datePublished')).toBe(false);
    expect(hasToken('CANONICAL', 'canonical')).toBe(false);
    expect(hasToken('CANONICAL', 'canonical', true)).toBe(true);
    expect(hasToken(null, 'canonical')).toBe(false);
  });

  it('finds the same elements as the selectors, in document order', () => {
    expect(ids(elementsWithItemprop(doc, 'datePublished'))).toEqual(ids(Array.from(doc.querySelectorAll('[itemprop~="datePublished"]'))));
    expect(ids(elementsWithItemprop(doc, 'datePublished'))).toEqual(['p2']);
    expect(ids(elementsWithItemprop(doc, 'headline'))).toEqual(['h1', 'svg-a']);
    expect(ids(elementsByTag(doc, 'meta'))).toEqual(ids(Array.from(doc.querySelectorAll('meta'))));
    expect(ids(elementsByTag(doc.body, 'time'))).toEqual(['t1', 't2']);
    expect(ids(jsonLdScripts(doc))).toEqual(ids(Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))));
    expect(ids(jsonLdScripts(doc))).toEqual(['s1', 's2']);
    expect(ids(jsonLdScripts(doc, false))).toEqual(['s1']);
  });

  it('picks the earliest element in document order whatever order it is given', () => {
    const [t1, t2, p2] = ['t1', 't2', 'p2'].map((id) => doc.getElementById(id)!);
    expect(firstInDocumentOrder([t2!, t1!, p2!])?.id).toBe('p2');
    expect(firstInDocumentOrder([t2!, t1!])?.id).toBe('t1');
    expect(firstInDocumentOrder([])).toBeNull();
  });
});
