import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { declaredTypes, looksLikeArticle, readPageFacts } from './not-article';
import type { PageFacts } from './types';

const facts = (over: Partial<PageFacts> = {}): PageFacts => ({ declaresArticle: false, probablyReaderable: false, citesNotes: false, ...over });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';

describe('looksLikeArticle', () => {
  it('takes a short undeclared text when it cites notes the page defines', () => {
    expect(looksLikeArticle(facts({ citesNotes: true }), words(12), 0.1)).toBe(true);
    expect(looksLikeArticle(facts(), words(12), 0.1)).toBe(false);
    expect(looksLikeArticle(facts(), words(120), 0.1)).toBe(false);
  });

  it('keeps a floor for citing texts and the link-density limit for every page', () => {
    expect(looksLikeArticle(facts({ citesNotes: true }), words(9), 0)).toBe(false);
    expect(looksLikeArticle(facts({ citesNotes: true }), words(10), 0)).toBe(true);
    expect(looksLikeArticle(facts({ citesNotes: true, declaresArticle: true }), words(400), 0.6)).toBe(false);
    expect(looksLikeArticle(facts({ declaresArticle: true }), words(24), 0)).toBe(false);
    expect(looksLikeArticle(facts({ declaresArticle: true }), words(25), 0)).toBe(true);
  });
});

describe('readPageFacts', () => {
  const body = bodyOf('<p>Tide gauge readings for March, hourly <sup><a href="#source-1" data-source-id="1">[1]</a></sup>.</p>');
  const source = { id: '1', title: null, url: null, citedBy: 0 };

  it('counts a text as citing its notes only when a marker points to a note the page defines', () => {
    expect(readPageFacts(body.ownerDocument, body, [{ ...source, title: 'Harbour office, hourly gauge' }]).citesNotes).toBe(true);
    expect(readPageFacts(body.ownerDocument, body, [{ ...source, missing: true }]).citesNotes).toBe(false);
  });
});

describe('declaredTypes', () => {
  it.each([
    ['{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}', ['NewsArticle']],
    ['{"@type" : [ "WebPage", "Article" ]}', ['WebPage', 'Article']],
    ['{"@graph":[{"@type":"Organization"},{"@type":["schema:NewsArticle"]}]}', ['Organization', 'schema:NewsArticle']],
    ['{"@type":"", "@type":"BlogPosting"}', ['BlogPosting']],
    ['{"@type":[], "name": "a"}', ['']],
    ['{"@type": ["Thing", "Article"', []],
    ['{"@type": ["Thing", "Article", {"@type": "Report"}], "x": ["y"]}', ['Thing', 'Article', '{"@type": "Report"}']],
    ['{"@type":"News\\nArticle"}', ['News\\nArticle']],
    ['{"type":"Article"}', []],
  ])('%s', (json, types) => expect(declaredTypes(json)).toEqual(types));
});
