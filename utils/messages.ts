/**
 * Every message between the extension's own pages and its background, typed in one protocol map, plus the
 * result the on-demand extraction script returns. Web pages and injected scripts can send nothing here:
 * the background accepts a message only from an extension page and only in a shape listed below.
 */
import { browser } from 'wxt/browser';
import type { Article, PageExtraction } from './extract/types';
import { isLargePageRegion } from './extract/large-page';
import { isSiteHost } from './auto-reader/site-access';
import type { KeepPicturesRequest, KeepPicturesResult } from './pictures/keep';

/** The popup → `/extract.js` request (the reader's keep rules for the tab's site); it and its guard `isExtractRequest` live in ./extract-request.ts, which extract.js bundles. */
export type { ExtractRequest } from './extract-request';

/**
 * What `/extract.js` returns from `executeScript`: plain JSON, structured-cloneable. The extraction is the page
 * stage's (unsanitized HTML): the extension page that asked finishes it (`finishArticle`).
 */
export type ExtractResult =
  | { ok: true; extraction: PageExtraction }
  | { ok: false; reason: 'no-article' | 'error'; message: string };

/**
 * The article the reader view shows in a tab, and where the tab was before: finished by the popup, or (the
 * shortcut, from the background, which has no DOM to sanitize in) as the page stage read it, for the reader
 * page to finish.
 */
export type ReaderEntry = { article: Article; originalUrl: string } | { extraction: PageExtraction; originalUrl: string };

export type Failure = { ok: false; message: string };

export interface ProtocolMap {
  /** Popup → background: switch tab `tabId` into the reader view showing `article`. */
  'reader:open': { request: { tabId: number; article: Article }; response: { ok: true } | Failure };
  /** Reader page → background: the entry stored for the tab the reader page is in. */
  'reader:article': { request: Record<string, never>; response: ReaderEntry | null };
  /** Popup or reader page → background: the browser granted `host`'s access for "Always use the reader view on this site"; register the site. */
  'autoReader:granted': { request: { host: string }; response: { ok: true } | Failure };
  /** Popup, reader or options page → background: stop opening `host`'s articles in the reader view, and give its access back. */
  'autoReader:remove': { request: { host: string }; response: { ok: true } | Failure };
  /** Popup → background: fetch and keep the pictures of the article just saved (its text is saved already). */
  'pictures:keep': { request: KeepPicturesRequest; response: KeepPicturesResult };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Request<K> : never;
/** The background's answer to each message type in `K`, typed at both ends. */
export type MessageHandlers<K extends MessageType = MessageType> = { [P in K]: (request: Request<P>, sender: SenderInfo) => Promise<Response<P>> };

/** The sender fields the checks read (a subset of `runtime.MessageSender` in both browsers). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isImplication = (item: unknown): boolean => isObject(item) && typeof item.text === 'string' && isStringOrNull(item.label) && isStringArray(item.sourceIds);
/** `missing` is absent from older articles and from every source whose note the page defines. */
const isSource = (source: unknown): boolean =>
  isObject(source) && typeof source.id === 'string' && isStringOrNull(source.title) && isStringOrNull(source.url) && typeof source.citedBy === 'number' && (source.missing === undefined || source.missing === true);
const isPlace = (place: unknown): boolean => place === undefined || (isObject(place) && isStringOrNull(place.after) && isStringOrNull(place.before));
/** A removal as the page stage records it; `html` only once the finish stage sanitized it. */
const isRemoval = (removal: unknown): boolean =>
  isObject(removal) && typeof removal.rule === 'string' && typeof removal.text === 'string' && (removal.html === undefined || typeof removal.html === 'string') && isPlace(removal.place);

/** Enough of the `Article` contract to render it safely; the HTML is sanitized again wherever it is shown. */
export function isArticle(value: unknown): value is Article {
  if (!isObject(value)) return false;
  return (
    typeof value.headline === 'string' &&
    typeof value.summary === 'string' &&
    typeof value.contentHtml === 'string' &&
    typeof value.textContent === 'string' &&
    typeof value.wordCount === 'number' &&
    typeof value.readingMinutes === 'number' &&
    ['url', 'subtitle', 'byline', 'siteName', 'publishedTime', 'lang'].every((key) => isStringOrNull(value[key])) &&
    Array.isArray(value.alternateHeadlines) &&
    Array.isArray(value.implications) &&
    value.implications.every(isImplication) &&
    Array.isArray(value.sources) &&
    value.sources.every(isSource) &&
    Array.isArray(value.removed) &&
    value.removed.every(isRemoval)
  );
}

const isLeadImageCandidates = (value: unknown): boolean =>
  isObject(value) &&
  isStringArray(value.lines) &&
  Array.isArray(value.pictures) &&
  value.pictures.every((p) => isObject(p) && Number.isSafeInteger(p.linesBefore) && typeof p.html === 'string' && typeof p.wrappers === 'string' && isStringOrNull(p.link)) &&
  (value.namedImages === null || isStringArray(value.namedImages));

/**
 * The page stage's result in every field the finish stage reads. It comes from a script running in a web page,
 * so nothing is assumed: a wrong shape is an error, never a half-finished article.
 */
export function isPageExtraction(value: unknown): value is PageExtraction {
  if (!isObject(value)) return false;
  const { headline, page } = value;
  return (
    ['url', 'canonicalUrl', 'fallbackTitle', 'byline', 'siteName', 'publishedTime', 'lang', 'modifiedTime', 'removedHtml', 'fullSectionHtml'].every((key) => isStringOrNull(value[key])) &&
    typeof value.contentHtml === 'string' &&
    isObject(headline) &&
    typeof headline.headline === 'string' &&
    isStringOrNull(headline.subtitle) &&
    isStringArray(headline.alternateHeadlines) &&
    Array.isArray(value.sources) &&
    value.sources.every(isSource) &&
    Array.isArray(value.removed) &&
    value.removed.every((removal) => isRemoval(removal) && isObject(removal) && removal.html === undefined) &&
    isObject(page) &&
    typeof page.declaresArticle === 'boolean' &&
    typeof page.probablyReaderable === 'boolean' &&
    typeof page.citesNotes === 'boolean' &&
    (value.mainColumnParagraphs === null || isStringArray(value.mainColumnParagraphs)) &&
    (value.declaredWords === null || (typeof value.declaredWords === 'number' && Number.isFinite(value.declaredWords))) &&
    (value.largePage === null || isLargePageRegion(value.largePage)) &&
    (value.leadImages === null || isLeadImageCandidates(value.leadImages)) &&
    isStringArray(value.keptBlocks) &&
    value.keptBlocks.length <= 1000
  );
}


/** Bounds on a picture request: a saved article lists its pictures once each, and addresses are URLs, not documents. */
const MAX_ADDRESSES = 1000;
const MAX_ADDRESS_LENGTH = 8192;

const requestChecks: { [K in MessageType]: (message: Record<string, unknown>) => boolean } = {
  'reader:open': (message) => Number.isInteger(message.tabId) && (message.tabId as number) >= 0 && isArticle(message.article),
  'reader:article': () => true,
  'autoReader:granted': (message) => isSiteHost(message.host),
  'autoReader:remove': (message) => isSiteHost(message.host),
  'pictures:keep': (message) =>
    typeof message.articleId === 'string' &&
    message.articleId.length > 0 &&
    message.articleId.length <= 200 &&
    Number.isInteger(message.tabId) &&
    (message.tabId as number) >= 0 &&
    isStringArray(message.addresses) &&
    message.addresses.length <= MAX_ADDRESSES &&
    message.addresses.every((address) => address.length <= MAX_ADDRESS_LENGTH),
};

/** A message in one of the protocol's shapes; anything else is ignored. */
export function isMessage(value: unknown): value is Message {
  if (!isObject(value) || typeof value.type !== 'string' || !Object.hasOwn(requestChecks, value.type)) return false;
  return requestChecks[value.type as MessageType](value);
}

/**
 * True only for the extension's own pages (popup, reader, options, library): same extension id and a page
 * address under the extension's origin. Content scripts share the id but run at the page's address.
 */
export function isFromOwnPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** The page each message may come from (its path); the same message from any other of our pages is ignored. */
const SENDER_PAGES: { [K in MessageType]: readonly string[] } = {
  'reader:open': ['/popup.html'],
  'reader:article': ['/reader.html'],
  'autoReader:granted': ['/popup.html', '/reader.html'],
  'autoReader:remove': ['/popup.html', '/reader.html', '/options.html'],
  'pictures:keep': ['/popup.html'],
};

/** This extension, as the background sees itself: `runtime.id` and `runtime.getURL('/')`. */
export interface ExtensionSelf {
  id: string;
  origin: string;
}

/**
 * The one gate of the background: the message if it should be answered, else `null` (and no answer at all).
 * Answered only when sent by our own page (never a web page, content script or other extension), of a known
 * type and shape, from the page that type belongs to, and for the reader's request from a page in a tab.
 */
export function admitMessage(message: unknown, sender: SenderInfo, self: ExtensionSelf): Message | null {
  if (!self.origin.endsWith('/') || !isFromOwnPage(sender, self.id, self.origin) || !isMessage(message)) return null;
  const page = new URL(sender.url!).pathname;
  if (!SENDER_PAGES[message.type].includes(page)) return null;
  if (message.type === 'reader:article' && !Number.isInteger(sender.tab?.id)) return null;
  return message;
}

/** The result of `/extract.js`, checked before the popup trusts it. */
export function isExtractResult(value: unknown): value is ExtractResult {
  if (!isObject(value)) return false;
  if (value.ok === true) return isPageExtraction(value.extraction);
  return value.ok === false && (value.reason === 'no-article' || value.reason === 'error') && typeof value.message === 'string';
}

/**
 * Background → reader pages: the reader in tab `tabId` goes back to its page itself, with `history.back()`.
 * Chrome's Back (and `tabs.goBack`) skips a page the reader never interacted with (its history manipulation
 * intervention); a page's own `history.back()` does not.
 */
export interface LeaveReaderBroadcast {
  type: 'reader:leave';
  tabId: number;
}

export function isLeaveReaderBroadcast(value: unknown): value is LeaveReaderBroadcast {
  return isObject(value) && value.type === 'reader:leave' && Number.isInteger(value.tabId);
}

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<K extends MessageType>(type: K, request: Request<K>): Promise<Response<K>> {
  return (await browser.runtime.sendMessage({ type, ...request })) as Response<K>;
}
