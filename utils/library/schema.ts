/**
 * The library's IndexedDB schema and every upgrade since version 1. Upgrades run in order, in the single
 * `versionchange` transaction, so a failed upgrade rolls back and leaves the older database as it was.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Article } from '../extract/types';
import type { Highlight } from '../highlights/types';
import { canonicalUrlOf } from './canonical-url';
import type { SearchSnapshot } from './search';

export const LIBRARY_DB_NAME = 'clearpress-library';
export const LIBRARY_DB_VERSION = 4;

export interface SavedArticle {
  id: string;
  canonicalUrl: string;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  read: boolean;
  /** 0..1, share of the article scrolled past. */
  readingPosition: number;
  article: Article;
  /** Set when `article.contentHtml` was sanitized by this extension: see sanitized-html.ts. */
  htmlMark?: string;
  /**
   * How many highlights the article has, and a version of their searchable text (highlight-fields.ts). Both
   * absent when it has none, so a record without highlights is stored exactly as before version 3.
   */
  highlightCount?: number;
  highlightsVersion?: string;
  /** How many pictures are kept with the article, and their bytes (pictures store). Both absent when none. */
  pictureCount?: number;
  pictureBytes?: number;
}

/**
 * A picture kept with a saved article, so its saved copy shows it offline without asking the network. Keyed by
 * the article and the address the article's HTML gives for the picture.
 */
export interface StoredPicture {
  articleId: string;
  /** The picture's address as the saved article's HTML gives it (absolute). */
  url: string;
  blob: Blob;
  /** Pixel size as stored, after any resize. */
  width: number;
  height: number;
  /** `blob.size`, so storage figures never read the Blobs. */
  bytes: number;
}

/** The light copy of a record the list, filters and sorting read, so the first screen never loads article bodies. */
export interface LibraryCard {
  id: string;
  canonicalUrl: string;
  headline: string;
  /** The summary, cut to 400 characters: shown and highlighted under the headline. */
  summary: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  savedAt: string;
  updatedAt: string;
  readingMinutes: number;
  tags: string[];
  read: boolean;
  readingPosition: number;
  /**
   * Always present on a card read through records.ts (0 for none). Optional in the type only because card
   * literals written before version 3 (tests of the list rows) lack it.
   */
  highlightCount?: number;
  /** The record's `highlightsVersion`: part of the search version, so a changed note re-indexes the article. */
  highlightsVersion?: string;
  /** The record's `pictureCount` and `pictureBytes`, absent when no picture is kept. */
  pictureCount?: number;
  pictureBytes?: number;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { canonicalUrl: string; savedAt: string } };
  cards: { key: string; value: LibraryCard; indexes: { savedAt: string } };
  /** A cache of the search index under the key `snapshot`: rebuilt from the records whenever it is missing or stale. */
  searchIndex: { key: string; value: SearchSnapshot };
  /**
   * `colorCreatedAt` and `tags` serve the Highlights view's filters: the newest of one colour and the count of a
   * colour or tag come from keys alone, where reading every highlight took over a second in Chromium at 20,000.
   */
  highlights: { key: string; value: Highlight; indexes: { articleId: string; createdAt: string; colorCreatedAt: [string, string]; tags: string } };
  pictures: { key: [string, string]; value: StoredPicture; indexes: { articleId: string } };
}

export function cardOf(record: SavedArticle): LibraryCard {
  const { article } = record;
  return {
    id: record.id,
    canonicalUrl: record.canonicalUrl,
    headline: article.headline,
    summary: article.summary.length > 400 ? `${article.summary.slice(0, article.summary.lastIndexOf(' ', 400))} …` : article.summary,
    siteName: article.siteName ?? hostOf(record.canonicalUrl),
    byline: article.byline,
    publishedTime: article.publishedTime,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    readingMinutes: article.readingMinutes,
    tags: record.tags,
    read: record.read,
    readingPosition: record.readingPosition,
    highlightCount: record.highlightCount ?? 0,
    ...(record.highlightsVersion === undefined ? {} : { highlightsVersion: record.highlightsVersion }),
    ...(record.pictureCount === undefined ? {} : { pictureCount: record.pictureCount, pictureBytes: record.pictureBytes ?? 0 }),
  };
}

export function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The key of an article that has no URL (pasted or extracted from a file): a hash of its headline and text. */
export function contentKeyOf(article: Pick<Article, 'headline' | 'textContent'>): string {
  const source = `${article.headline}\n${article.textContent.slice(0, 4000)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `urn:clearpress:text:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Version 1 (first release): one `articles` store keyed by id, with `savedAt` and `url` indexes. Records were
 * `{ id, url, savedAt, tags, read, article }`: no canonical URL, no `updatedAt`, no reading position, and
 * nothing stopped the same URL from being saved twice.
 */
export interface SavedArticleV1 {
  id: string;
  url: string | null;
  savedAt: string;
  tags: string[];
  read: boolean;
  article: Article;
}

// Upgrade steps see the database as it was at their version, not as LibrarySchema says: untyped on purpose.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

async function upgradeToV1(db: AnyDb): Promise<void> {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('savedAt', 'savedAt');
  articles.createIndex('url', 'url');
}

/**
 * Version 2: records gain `canonicalUrl` (unique: saving twice updates), `updatedAt` and `readingPosition`; the
 * `cards` store holds the light copy the list reads; `searchIndex` keeps the search index between visits. Records of v1 saved twice under one canonical URL are
 * merged into the oldest one, keeping every tag and the newest article.
 */
async function upgradeToV2(_db: AnyDb, tx: AnyTx): Promise<void> {
  const db = _db;
  const store = tx.objectStore('articles');
  const old = (await store.getAll()) as SavedArticleV1[];
  const byCanonical = new Map<string, SavedArticle>();
  const dropped: string[] = [];
  // A damaged v1 record stays where it is (never indexed, never listed) rather than block the upgrade.
  const readable = old.filter((item) => typeof item?.id === 'string' && typeof item.savedAt === 'string' && typeof item.article?.headline === 'string' && Array.isArray(item.tags));
  for (const item of readable.sort((a, b) => a.savedAt.localeCompare(b.savedAt))) {
    const canonicalUrl = canonicalUrlOf(item.url ?? item.article.url) ?? contentKeyOf(item.article);
    const kept = byCanonical.get(canonicalUrl);
    if (kept) {
      kept.tags = [...new Set([...kept.tags, ...item.tags])];
      kept.article = item.article;
      kept.updatedAt = item.savedAt;
      kept.read = kept.read || item.read;
      dropped.push(item.id);
    } else {
      byCanonical.set(canonicalUrl, {
        id: item.id,
        canonicalUrl,
        savedAt: item.savedAt,
        updatedAt: item.savedAt,
        tags: item.tags.filter((tag) => typeof tag === 'string'),
        read: item.read,
        readingPosition: 0,
        article: item.article,
      });
    }
  }
  for (const id of dropped) await store.delete(id);
  store.deleteIndex('url');
  const cards = db.createObjectStore('cards', { keyPath: 'id' });
  cards.createIndex('savedAt', 'savedAt');
  db.createObjectStore('searchIndex');
  for (const record of byCanonical.values()) {
    await store.put(record);
    await cards.put(cardOf(record));
  }
  // Created last: with duplicates still present a unique index would abort the whole upgrade.
  store.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
}

/**
 * Version 3: the `highlights` store (by article, by creation time, by colour and creation time, by tag), and
 * every card says how many highlights its article has: none yet. Records are left as they are (no count means none).
 */
async function upgradeToV3(db: AnyDb, tx: AnyTx): Promise<void> {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('articleId', 'articleId');
  highlights.createIndex('createdAt', 'createdAt');
  highlights.createIndex('colorCreatedAt', ['color', 'createdAt']);
  highlights.createIndex('tags', 'tags', { multiEntry: true });
  for (let cursor = await tx.objectStore('cards').openCursor(); cursor; cursor = await cursor.continue()) {
    const card: unknown = cursor.value;
    // A damaged card stays as it is: the list skips it either way.
    if (typeof card === 'object' && card !== null && !Array.isArray(card)) await cursor.update({ ...card, highlightCount: 0 });
  }
}

/** Version 4: the `pictures` store, by article. No record holds a picture yet, so nothing else changes. */
async function upgradeToV4(db: AnyDb): Promise<void> {
  const pictures = db.createObjectStore('pictures', { keyPath: ['articleId', 'url'] });
  pictures.createIndex('articleId', 'articleId');
}

const UPGRADES: Record<number, (db: AnyDb, tx: AnyTx) => Promise<void>> = { 1: upgradeToV1, 2: upgradeToV2, 3: upgradeToV3, 4: upgradeToV4 };

/** Runs every step after `oldVersion` up to `newVersion`; on any failure aborts the upgrade transaction. */
export function runUpgrades(db: AnyDb, tx: AnyTx, oldVersion: number, newVersion: number): void {
  tx.done.catch(() => undefined); // An aborted upgrade is reported by openDB's own rejection.
  void (async () => {
    for (let version = oldVersion + 1; version <= newVersion; version++) {
      const step = UPGRADES[version];
      if (!step) throw new Error(`No upgrade to library version ${version}.`);
      await step(db, tx);
    }
  })().catch((error: unknown) => {
    console.error('Library upgrade failed; the database stays as it was.', error);
    try {
      tx.abort();
    } catch {
      // Already finished: nothing left to roll back.
    }
  });
}
