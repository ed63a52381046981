import { describe, expect, it } from 'vitest';
import type { Article } from './extract/types';
import { admitMessage, isArticle, isExtractResult, isFromOwnPage, isLeaveReaderBroadcast, isMessage, isPageExtraction } from './messages';
import { extractFromPage } from './extract/page-stage';
import { parsePage } from '../cli/dom';
import { readFixture, fixtureUrl } from '../tests/helpers';

const article: Article = {
  url: 'https://news.example/a',
  headline: 'Headline',
  subtitle: null,
  alternateHeadlines: [],
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  summary: 'Summary.',
  implications: [{ label: 'Label', text: 'Text', sourceIds: ['1'] }],
  sources: [{ id: '1', title: 'Source', url: null, citedBy: 2 }],
  contentHtml: '<p>Body</p>',
  textContent: 'Body',
  wordCount: 1,
  readingMinutes: 1,
  removed: [{ rule: 'share-bar', text: 'Share' }],
};

describe('isMessage', () => {
  it('accepts the protocol shapes', () => {
    expect(isMessage({ type: 'reader:open', tabId: 3, article })).toBe(true);
    expect(isMessage({ type: 'reader:article' })).toBe(true);
    const notFound = { id: '2', title: null, url: null, citedBy: 1, missing: true };
    expect(isMessage({ type: 'reader:open', tabId: 3, article: { ...article, sources: [...article.sources, notFound] } })).toBe(true);
    expect(isMessage({ type: 'autoReader:granted', host: 'news.example' })).toBe(true);
    expect(isMessage({ type: 'autoReader:remove', host: '127.0.0.1' })).toBe(true);
    expect(isMessage({ type: 'pictures:keep', articleId: 'a1', tabId: 3, addresses: ['https://news.example/a.jpg'] })).toBe(true);
    expect(isMessage({ type: 'pictures:keep', articleId: 'a1', tabId: 3, addresses: [] })).toBe(true);
  });

  it.each([
    ['unknown type', { type: 'library:wipe' }],
    ['inherited key', { type: 'toString' }],
    ['no type', { tabId: 3 }],
    ['negative tab', { type: 'reader:open', tabId: -1, article }],
    ['fractional tab', { type: 'reader:open', tabId: 1.5, article }],
    ['broken article', { type: 'reader:open', tabId: 1, article: { ...article, sources: [{ id: 1 }] } }],
    ['source missing in a wrong way', { type: 'reader:open', tabId: 1, article: { ...article, sources: [{ id: '1', title: null, url: null, citedBy: 1, missing: 'yes' }] } }],
    ['a grant without a host', { type: 'autoReader:granted' }],
    ['a grant for a pattern, not a host', { type: 'autoReader:granted', host: 'https://*/*' }],
    ['a grant for every subdomain', { type: 'autoReader:granted', host: '*.news.example' }],
    ['a removal for an address', { type: 'autoReader:remove', host: 'https://news.example/story' }],
    ['pictures without an article', { type: 'pictures:keep', articleId: '', tabId: 3, addresses: [] }],
    ['pictures without a tab', { type: 'pictures:keep', articleId: 'a1', addresses: [] }],
    ['pictures at addresses that are not strings', { type: 'pictures:keep', articleId: 'a1', tabId: 3, addresses: [42] }],
    ['pictures at an address as long as a document', { type: 'pictures:keep', articleId: 'a1', tabId: 3, addresses: [`https://x.example/${'a'.repeat(9000)}`] }],
    ['more picture addresses than any article has', { type: 'pictures:keep', articleId: 'a1', tabId: 3, addresses: Array(1001).fill('https://x.example/a.jpg') }],
    ['string', 'reader:article'],
    ['null', null],
  ])('rejects %s', (_name, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('isFromOwnPage', () => {
  const id = 'abcdef';
  const origin = 'chrome-extension://abcdef/';
  it('accepts our pages', () => {
    expect(isFromOwnPage({ id, url: 'chrome-extension://abcdef/popup.html' }, id, origin)).toBe(true);
  });
  it.each([
    ['a content script (page address)', { id, url: 'https://news.example/a', tab: { id: 1 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['a look-alike origin', { id, url: 'chrome-extension://abcdefg/popup.html' }],
    ['no url', { id }],
  ])('rejects %s', (_name, sender) => {
    expect(isFromOwnPage(sender, id, origin)).toBe(false);
  });
});

describe('isExtractResult / isArticle / isLeaveReaderBroadcast', () => {
  it('checks what the injected script returns', () => {
    const html = readFixture('pages/cms-footnotes-takeaways.html');
    const extraction = extractFromPage(parsePage(html, fixtureUrl(html)), { url: fixtureUrl(html) });
    expect(extraction).not.toBeNull();
    // What the page stage returns passes the check after a structured clone, as executeScript hands it over.
    expect(isExtractResult(structuredClone({ ok: true, extraction }))).toBe(true);
    expect(isExtractResult({ ok: false, reason: 'no-article', message: 'No article found on this page' })).toBe(true);
    expect(isExtractResult({ ok: false, reason: 'boom', message: '' })).toBe(false);
    // A finished article is not what the page stage returns.
    expect(isExtractResult({ ok: true, article })).toBe(false);
    expect(isExtractResult({ ok: true, extraction: { headline: 'x' } })).toBe(false);
    expect(isArticle({ ...article, publishedTime: 7 })).toBe(false);
  });

  it.each([
    ['contentHtml', 42],
    ['headline', { headline: 'x', subtitle: null, alternateHeadlines: [3] }],
    ['sources', [{ id: 1, title: null, url: null, citedBy: 0 }]],
    ['sources', [{ id: '3', title: null, url: null, citedBy: 0, missing: false }]],
    ['removed', [{ rule: 'ad-slot', text: 'x', place: { after: 3, before: null } }]],
    ['removedHtml', ['<p>']],
    ['page', { declaresArticle: 'yes', probablyReaderable: false, citesNotes: false }],
    ['page', { declaresArticle: false, probablyReaderable: false }],
    ['mainColumnParagraphs', 'text'],
    ['declaredWords', Number.POSITIVE_INFINITY],
    ['leadImages', { lines: [], pictures: [{ linesBefore: 0, html: '<img>', wrappers: '', link: 3 }], namedImages: null }],
    ['leadImages', { lines: [], pictures: [], namedImages: 'https://news.example/a.jpg' }],
    ['fullSectionHtml', {}],
  ])('refuses a page-stage result whose %s has the wrong shape', (field, value) => {
    const html = readFixture('pages/cms-footnotes-takeaways.html');
    const extraction = extractFromPage(parsePage(html, fixtureUrl(html)), { url: fixtureUrl(html) })!;
    expect(isPageExtraction(extraction)).toBe(true);
    expect(isPageExtraction({ ...extraction, [field]: value })).toBe(false);
  });
  it('checks the leave broadcast', () => {
    expect(isLeaveReaderBroadcast({ type: 'reader:leave', tabId: 4 })).toBe(true);
    expect(isLeaveReaderBroadcast({ type: 'reader:leave' })).toBe(false);
  });
});

describe('admitMessage (the background gate)', () => {
  const extension = { id: 'abcdef', origin: 'chrome-extension://abcdef/' };
  const popup = { id: 'abcdef', url: 'chrome-extension://abcdef/popup.html' };
  const readerTab = { id: 'abcdef', url: 'chrome-extension://abcdef/reader.html', tab: { id: 7 } };
  const open = { type: 'reader:open', tabId: 3, article };

  it('admits each message from its own page', () => {
    expect(admitMessage(open, popup, extension)).toBe(open);
    expect(admitMessage({ type: 'reader:article' }, readerTab, extension)).toEqual({ type: 'reader:article' });
    // Firefox pages, with a query string.
    const firefox = { id: 'reader@x', origin: 'moz-extension://1234-uuid/' };
    expect(admitMessage(open, { id: 'reader@x', url: 'moz-extension://1234-uuid/popup.html?tab=3' }, firefox)).toBe(open);
  });

  it('admits the per-site option’s messages from the pages that show it', () => {
    const granted = { type: 'autoReader:granted', host: 'news.example' };
    const remove = { type: 'autoReader:remove', host: 'news.example' };
    const options = { id: 'abcdef', url: 'chrome-extension://abcdef/options.html' };
    expect([popup, readerTab].map((sender) => admitMessage(granted, sender, extension))).toEqual([granted, granted]);
    expect([popup, readerTab, options].map((sender) => admitMessage(remove, sender, extension))).toEqual([remove, remove, remove]);
    // Only a page that asked the browser reports a grant; the library neither asks nor removes.
    expect(admitMessage(granted, options, extension)).toBeNull();
    expect(admitMessage(remove, { id: 'abcdef', url: 'chrome-extension://abcdef/library.html' }, extension)).toBeNull();
    expect(admitMessage(remove, { id: 'abcdef', url: 'https://news.example/story', tab: { id: 3 } }, extension)).toBeNull();
  });

  it('admits the request to keep pictures from the popup alone', () => {
    const keep = { type: 'pictures:keep', articleId: 'a1', tabId: 3, addresses: ['https://news.example/a.jpg'] };
    expect(admitMessage(keep, popup, extension)).toBe(keep);
    for (const page of ['reader', 'library', 'options']) expect(admitMessage(keep, { id: 'abcdef', url: `chrome-extension://abcdef/${page}.html`, tab: { id: 7 } }, extension)).toBeNull();
  });

  it.each([
    ['a web page (content script in a news tab)', open, { id: 'abcdef', url: 'https://news.example/a', tab: { id: 3 } }],
    ['another extension', open, { id: 'evil', url: 'chrome-extension://evil/popup.html' }],
    ['no sender id', open, { url: 'chrome-extension://abcdef/popup.html' }],
    ['a look-alike origin', open, { id: 'abcdef', url: 'chrome-extension://abcdefg/popup.html' }],
    ['a sender without an address', open, { id: 'abcdef' }],
    ['the wrong page of ours (reader asks to open)', open, readerTab],
    ['the wrong page of ours (library asks for the reader entry)', { type: 'reader:article' }, { id: 'abcdef', url: 'chrome-extension://abcdef/library.html', tab: { id: 2 } }],
    ['the reader page outside a tab', { type: 'reader:article' }, { id: 'abcdef', url: 'chrome-extension://abcdef/reader.html' }],
    ['an unknown type', { type: 'library:export-all' }, popup],
    ['a malformed shape', { type: 'reader:open', tabId: '3', article }, popup],
    ['a missing article', { type: 'reader:open', tabId: 3 }, popup],
    ['a non-object message', ['reader:open', 3], popup],
  ])('ignores %s', (_name, message, sender) => {
    expect(admitMessage(message, sender, extension)).toBeNull();
  });

  it('ignores everything when the origin it is given is not a whole origin', () => {
    expect(admitMessage(open, popup, { id: 'abcdef', origin: 'chrome-extension://abcdef' })).toBeNull();
  });
});
