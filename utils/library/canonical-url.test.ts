import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, canonicalUrlOf, siteOf } from './canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://news.example/a?utm_source=x&utm_medium=y&id=3#top', 'https://news.example/a?id=3'],
    ['https://news.example/a?fbclid=abc', 'https://news.example/a'],
    ['https://news.example/a?gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref_src=twsrc', 'https://news.example/a'],
    ['https://news.example/a?UTM_Campaign=x&page=2', 'https://news.example/a?page=2'],
    ['https://News.Example:443/a#section-2', 'https://news.example/a'],
    ['  https://news.example/a/  ', 'https://news.example/a/'],
    ['https://news.example/a?utm_source=x&utm_source=y&q=a+b', 'https://news.example/a?q=a+b'],
  ])('cleans %s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });

  it.each([
    ['https://news.example/a?id=3&page=2', 'https://news.example/a?id=3&page=2'],
    ['https://news.example/story?ref=homepage', 'https://news.example/story?ref=homepage'],
    ['http://news.example/a', 'http://news.example/a'],
    ['not a url', 'not a url'],
  ])('keeps %s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });
});

describe('canonicalUrlOf', () => {
  it('prefers the canonical link, resolved and cleaned', () => {
    expect(canonicalUrlOf('https://m.news.example/a?utm_source=x', '/a?utm_medium=y#x')).toBe('https://m.news.example/a');
    expect(canonicalUrlOf('https://m.news.example/a', 'https://news.example/2024/a')).toBe('https://news.example/2024/a');
  });
  it('ignores a canonical link to the front page and non-web links', () => {
    expect(canonicalUrlOf('https://news.example/a?utm_source=x', 'https://news.example/')).toBe('https://news.example/a');
    expect(canonicalUrlOf('https://news.example/a', 'javascript:alert(1)')).toBe('https://news.example/a');
  });
  it('ignores a canonical link on another site: a page may name any address, but it updates only its own site', () => {
    expect(canonicalUrlOf('https://copycat.example/harbour', 'https://harbourledger.example/2025/ferries')).toBe('https://copycat.example/harbour');
    expect(canonicalUrlOf('https://someone.github.io/ferries', 'https://harbour.github.io/ferries')).toBe('https://someone.github.io/ferries');
    expect(canonicalUrlOf('https://amp.ledger.co.uk/a', 'https://www.ledger.co.uk/2025/a')).toBe('https://www.ledger.co.uk/2025/a');
    expect(canonicalUrlOf('http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b')).toBe('http://127.0.0.1:9090/b');
  });
  it('falls back to the page URL, or null when there is none', () => {
    expect(canonicalUrlOf('https://news.example/a#c', null)).toBe('https://news.example/a');
    expect(canonicalUrlOf(null, null)).toBe(null);
  });
});

describe('siteOf', () => {
  it('is the registrable domain, private suffixes included, or the host itself', () => {
    expect(['news.bbc.co.uk', 'www.example.com.au', 'a.github.io', 'b.blogspot.com', 'm.dailyledger.example', 'WWW.Example.COM', '127.0.0.1', 'localhost'].map(siteOf)).toEqual([
      'bbc.co.uk', 'example.com.au', 'a.github.io', 'b.blogspot.com', 'dailyledger.example', 'example.com', '127.0.0.1', 'localhost',
    ]);
  });
});
