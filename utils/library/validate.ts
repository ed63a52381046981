/**
 * Checks that a value read from outside (an import file, or a stored record of unknown age) has the shape of a
 * library record. Hand-written rather than a schema library: the shape is small and fixed, the library page
 * stays free of a validator's weight, and each problem comes back as a sentence naming the field.
 */
import type { Article } from '../extract/types';
import type { LibraryCard, SavedArticle } from './schema';

type Check = (value: unknown, path: string, problems: string[]) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Check = (value, path, problems) => {
  if (typeof value !== 'string') problems.push(`${path} should be text`);
};
const nonEmptyString: Check = (value, path, problems) => {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${path} should be non-empty text`);
};
const stringOrNull: Check = (value, path, problems) => {
  if (value !== null && typeof value !== 'string') problems.push(`${path} should be text or null`);
};
const date: Check = (value, path, problems) => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) problems.push(`${path} should be an ISO date`);
};
const boolean: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push(`${path} should be true or false`);
};
const count: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) problems.push(`${path} should be a number of at least 0`);
};
const share: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) problems.push(`${path} should be a number from 0 to 1`);
};
const arrayOf =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) problems.push(`${path} should be a list`);
    else value.forEach((entry, i) => item(entry, `${path}[${i}]`, problems));
  };
/** A field that records written before it existed lack: absent is fine, present must pass `check`. */
const optionalChecks = new WeakSet<Check>();
const optional = (check: Check): Check => {
  const wrapped: Check = (value, path, problems) => check(value, path, problems);
  optionalChecks.add(wrapped);
  return wrapped;
};
const objectOf =
  (fields: Record<string, Check>): Check =>
  (value, path, problems) => {
    if (!isObject(value)) {
      problems.push(`${path} should be an object`);
      return;
    }
    for (const [name, check] of Object.entries(fields)) {
      if (name in value) check(value[name], `${path}.${name}`, problems);
      else if (!optionalChecks.has(check)) problems.push(`${path}.${name} is missing`);
    }
  };

const checkArticle = objectOf({
  url: stringOrNull,
  canonicalUrl: optional(stringOrNull),
  headline: string,
  subtitle: stringOrNull,
  alternateHeadlines: arrayOf(string),
  byline: stringOrNull,
  siteName: stringOrNull,
  publishedTime: stringOrNull,
  lang: stringOrNull,
  summary: string,
  implications: arrayOf(objectOf({ label: stringOrNull, text: string, sourceIds: arrayOf(string) })),
  sources: arrayOf(objectOf({ id: string, title: stringOrNull, url: stringOrNull, citedBy: count })),
  contentHtml: string,
  textContent: string,
  wordCount: count,
  readingMinutes: count,
  removed: arrayOf(objectOf({ rule: string, text: string })),
});

const checkSavedArticle = objectOf({
  id: nonEmptyString,
  canonicalUrl: nonEmptyString,
  savedAt: date,
  updatedAt: date,
  tags: arrayOf(string),
  read: boolean,
  readingPosition: share,
  article: checkArticle,
  htmlMark: optional(string),
});

const checkCard = objectOf({
  id: nonEmptyString,
  canonicalUrl: string,
  headline: string,
  summary: string,
  siteName: stringOrNull,
  savedAt: date,
  tags: arrayOf(string),
  read: boolean,
  readingMinutes: count,
});

/** Every problem with `value` as a saved record, as sentences; empty when it is one. */
export function problemsOfSavedArticle(value: unknown, path = 'record'): string[] {
  const problems: string[] = [];
  checkSavedArticle(value, path, problems);
  return problems;
}

export function problemsOfArticle(value: unknown, path = 'article'): string[] {
  const problems: string[] = [];
  checkArticle(value, path, problems);
  return problems;
}

export function isSavedArticle(value: unknown): value is SavedArticle {
  return problemsOfSavedArticle(value).length === 0;
}

export function isArticle(value: unknown): value is Article {
  return problemsOfArticle(value).length === 0;
}

export function isCard(value: unknown): value is LibraryCard {
  const problems: string[] = [];
  checkCard(value, 'card', problems);
  return problems.length === 0;
}
