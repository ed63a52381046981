import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { fixtureUrl, readFixture } from '../../tests/helpers';
import { MAX_FIELD_LENGTH } from './field-length';
import { cleanByline, normalizeLang, readMetadata, toIsoInstant, type PageMetadata } from './metadata';

const SEED = path.resolve(__dirname, '../../../shared/fixtures/seed-news-page.html');

function metadataOf(html: string, url: string | null = 'https://news.example/2025/story'): Omit<PageMetadata, 'jsonLd' | 'metaValues'> {
  const { jsonLd: _jsonLd, metaValues: _metaValues, ...rest } = readMetadata(parsePage(html, url));
  return rest;
}

function fixtureMetadata(name: string): Omit<PageMetadata, 'jsonLd' | 'metaValues'> {
  const html = readFixture(`headline/${name}.html`);
  return metadataOf(html, fixtureUrl(html));
}

describe('readMetadata', () => {
  it('reads the seed page: JSON-LD author, og:site_name, ISO date in UTC, html[lang], canonical link', () => {
    expect(metadataOf(readFileSync(SEED, 'utf8'), 'https://meridian-post.example/world/africa/wagner-mercenaries-seek-exit-mali')).toEqual({
      byline: 'Staff Writer',
      siteName: 'Meridian Post',
      publishedTime: '2025-06-07T09:30:00.000Z',
      lang: 'en',
      canonicalUrl: 'https://meridian-post.example/world/africa/wagner-mercenaries-seek-exit-mali',
    });
  });
  it('follows @graph, author @id references and author arrays', () => {
    expect(fixtureMetadata('json-ld-graph')).toEqual({
      byline: 'Ana Ruiz, Tom Berg',
      siteName: 'City Desk',
      publishedTime: '2025-04-02T12:15:00.000Z',
      lang: 'en-US',
      canonicalUrl: null,
    });
  });
  it('reads a French page: "Par" dropped from the author, the +01:00 date in UTC', () => {
    expect(fixtureMetadata('french-article')).toEqual({
      byline: 'Claire Dubois',
      siteName: 'Le Quotidien Exemple',
      publishedTime: '2025-03-12T17:45:00.000Z',
      lang: 'fr-FR',
      canonicalUrl: null,
    });
  });
  it('falls back to Dublin Core, parsely and content-language', () => {
    expect(fixtureMetadata('no-h1')).toEqual({ byline: 'Lena Hart', siteName: null, publishedTime: '2025-05-30T00:00:00.000Z', lang: 'en-GB', canonicalUrl: null });
  });
  it('skips an author URL for the next author source', () => {
    expect(fixtureMetadata('near-duplicates').byline).toBe('Jonas Weber');
  });
  it('prefers a property meta to a name meta, and joins several authors', () => {
    const html = `<html><head><meta name="DC.creator" content="Name Author"><meta property="dc:creator" content="Property Author">
      <meta name="author" content="A. One"><meta name="author" content="B. Two"></head><body><p>x</p></body></html>`;
    expect(metadataOf(html).byline).toBe('Property Author');
    expect(metadataOf('<html><head><meta name="author" content="A. One"><meta name="author" content="B. Two"></head><body></body></html>').byline).toBe('A. One, B. Two');
  });
  it('finds the byline in marked-up HTML: itemprop name, rel=author link, byline class', () => {
    expect(metadataOf('<body><div class="byline">By <a rel="author" href="/a/jane">Jane Doe</a> · 3 min read</div></body>').byline).toBe('Jane Doe');
    expect(metadataOf('<body><span itemprop="author" itemscope><span itemprop="name">Omar Haddad</span>, Cairo</span></body>').byline).toBe('Omar Haddad');
    expect(metadataOf('<body><div id="authorization">Sign in | Sign up</div><p class="author_fmt">By Kelli Miller</p></body>').byline).toBe('Kelli Miller');
  });
  it('never gives the site name or a link as the byline', () => {
    expect(metadataOf('<head><meta property="og:site_name" content="Daily Ledger"><meta name="author" content="Daily Ledger"></head><body></body>').byline).toBeNull();
    expect(metadataOf('<head><meta property="article:author" content="https://www.facebook.com/ledger"></head><body></body>').byline).toBeNull();
  });
  it('reads the date from <time datetime> inside the article when no meta has one', () => {
    expect(metadataOf('<body><article><time datetime="2024-12-01T10:00:00Z">1 Dec</time><p>x</p></article></body>').publishedTime).toBe('2024-12-01T10:00:00.000Z');
  });
});

describe('toIsoInstant', () => {
  it.each([
    ['2025-06-07T09:30:00+00:00', '2025-06-07T09:30:00.000Z'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T09:52:50.000Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000Z'],
    ['2018-04-05T06:00', '2018-04-05T06:00:00.000Z'],
    ['2024-06-25', '2024-06-25T00:00:00.000Z'],
    ['Sat, 07 Jun 2025 09:30:00 GMT', '2025-06-07T09:30:00.000Z'],
  ])('%s is %s', (raw, iso) => expect(toIsoInstant(raw)).toBe(iso));
  it('refuses a date it would have to read in the local zone, and garbage', () => {
    expect(toIsoInstant('June 7, 2025')).toBeNull();
    expect(toIsoInstant('yesterday')).toBeNull();
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Staff Writer', 'Staff Writer'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['Por César Salza', 'César Salza'],
    ['James Akinaka • 8h', 'James Akinaka'],
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', 'Joe Wee'],
    ['Written by Rob Ewaschuk', 'Rob Ewaschuk'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    [' · Jane Doe, ', 'Jane Doe'],
    ['— Jane Doe —', 'Jane Doe'],
    ['Jane Doe | Staff Writer', 'Jane Doe'],
    ['Jane Doe|Staff Writer', 'Jane Doe'],
    ['Jane Doe · June 7', 'Jane Doe'],
    ['Jane Doe·Staff', 'Jane Doe·Staff'],
    ['Jane Doe - Staff', 'Jane Doe - Staff'],
    ['Jane Doe, June 7, 2025', 'Jane Doe'],
    ['Jane Doe on 2025-06-07 at noon', 'Jane Doe'],
    ['Jane Doe Updated 7 June 2025', 'Jane Doe'],
    ['Jane Doe 12/06/2025', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Mayday Parade', 'Mayday Parade'],
  ])('%s gives %s', (raw, clean) => expect(cleanByline(raw, null)).toBe(clean));
  it('drops links and the site name', () => {
    expect(cleanByline('http://example.com/author/x', null)).toBeNull();
    expect(cleanByline('Meridian Post', 'Meridian Post')).toBeNull();
  });
});

describe('normalizeLang', () => {
  it('writes BCP 47 case and hyphens', () => {
    expect(normalizeLang('en_us')).toBe('en-US');
    expect(normalizeLang('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLang(' fr ')).toBe('fr');
    expect(normalizeLang('')).toBeNull();
  });
});

describe('fields a page makes too long', () => {
  it('are cut where they are read: the site name to the field length, a byline past it never taken', () => {
    const words = 'Meridian Post Regional Edition '.repeat(40);
    const html = `<html><head><meta property="og:site_name" content="${words}"><meta name="author" content="Jane Doe ${'.'.repeat(5000)}"></head><body><p>x</p></body></html>`;
    const { siteName, byline } = metadataOf(html);
    expect(siteName).toBe(words.slice(0, MAX_FIELD_LENGTH).replace(/ \S*$/, ''));
    expect(byline).toBeNull();
  });
});
