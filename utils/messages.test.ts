import { describe, expect, it } from 'vitest';
import type { Article } from './extract/types';
import { isArticle, isExtractResult, isFromOwnPage, isLeaveReaderBroadcast, isMessage } from './messages';

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
  });

  it.each([
    ['unknown type', { type: 'library:wipe' }],
    ['inherited key', { type: 'toString' }],
    ['no type', { tabId: 3 }],
    ['negative tab', { type: 'reader:open', tabId: -1, article }],
    ['fractional tab', { type: 'reader:open', tabId: 1.5, article }],
    ['broken article', { type: 'reader:open', tabId: 1, article: { ...article, sources: [{ id: 1 }] } }],
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
    expect(isExtractResult({ ok: true, article })).toBe(true);
    expect(isExtractResult({ ok: false, reason: 'no-article', message: 'No article found on this page' })).toBe(true);
    expect(isExtractResult({ ok: false, reason: 'boom', message: '' })).toBe(false);
    expect(isExtractResult({ ok: true, article: { headline: 'x' } })).toBe(false);
    expect(isArticle({ ...article, publishedTime: 7 })).toBe(false);
  });
  it('checks the leave broadcast', () => {
    expect(isLeaveReaderBroadcast({ type: 'reader:leave', tabId: 4 })).toBe(true);
    expect(isLeaveReaderBroadcast({ type: 'reader:leave' })).toBe(false);
  });
});
