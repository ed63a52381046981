/**
 * Checks that a value read from outside (an import file, or a stored record of unknown age) has the shape of a
 * library record. Hand-written rather than a schema library: the shape is small and fixed, the library page
 * stays free of a validator's weight, and each problem comes back as a sentence naming the field.
 */
import type { Article } from '../extract/types';
import { isHighlightColor, type Highlight } from '../highlights/types';
import type { LibraryCard, SavedArticle } from './schema';

/**
 * A check returns whether `value` passes. Given a list, it also writes down every problem, each naming its
 * field; given null it only answers, building no sentence and no path (the export checks 5,000 good records).
 */
type Check = (value: unknown, path: string, problems: string[] | null) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check of one value: `ok` says whether it passes, `problem` what to write when it does not. */
const leaf =
  (ok: (value: unknown) => boolean, problem: string): Check =>
  (value, path, problems) => {
    if (ok(value)) return true;
    problems?.push(`${path} ${problem}`);
    return false;
  };

const string = leaf((value) => typeof value === 'string', 'should be text');
const nonEmptyString = leaf((value) => typeof value === 'string' && value.trim() !== '', 'should be non-empty text');
const stringOrNull = leaf((value) => value === null || typeof value === 'string', 'should be text or null');
const date = leaf((value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)), 'should be an ISO date');
const boolean = leaf((value) => typeof value === 'boolean', 'should be true or false');
const count = leaf((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0, 'should be a number of at least 0');
const trueFlag = leaf((value) => value === true, 'should be true');
const share = leaf((value) => typeof value === 'number' && value >= 0 && value <= 1, 'should be a number from 0 to 1');
const arrayOf =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems?.push(`${path} should be a list`);
      return false;
    }
    if (!problems) return value.every((entry) => item(entry, '', null));
    let ok = true;
    value.forEach((entry, i) => (ok = item(entry, `${path}[${i}]`, problems) && ok));
    return ok;
  };
/** A field that records written before it existed lack: absent is fine, present must pass `check`. */
const optionalChecks = new WeakSet<Check>();
const optional = (check: Check): Check => {
  const wrapped: Check = (value, path, problems) => check(value, path, problems);
  optionalChecks.add(wrapped);
  return wrapped;
};
const objectOf = (fields: Record<string, Check>): Check => {
  const entries = Object.entries(fields);
  return (value, path, problems) => {
    if (!isObject(value)) {
      problems?.push(`${path} should be an object`);
      return false;
    }
    let ok = true;
    for (const [name, check] of entries) {
      if (name in value) ok = check(value[name], problems ? `${path}.${name}` : '', problems) && ok;
      else if (!optionalChecks.has(check)) {
        problems?.push(`${path}.${name} is missing`);
        ok = false;
      }
      if (!ok && !problems) return false;
    }
    return ok;
  };
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
  sources: arrayOf(objectOf({ id: string, title: stringOrNull, url: stringOrNull, citedBy: count, missing: optional(trueFlag) })),
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
  highlightCount: optional(count),
  highlightsVersion: optional(string),
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
  highlightCount: optional(count),
});

/** The longest note a highlight keeps, in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 10_000;

const offset = leaf((value) => Number.isInteger(value) && (value as number) >= 0, 'should be a whole number of at least 0');
const kind = (name: string) => leaf((value) => value === name, `should be "${name}"`);
const note = leaf((value) => typeof value === 'string' && value.length <= MAX_NOTE_LENGTH, `should be text of at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`);
const color = leaf(isHighlightColor, 'should be one of yellow, green, blue, pink');
const quote = objectOf({ type: kind('TextQuoteSelector'), exact: leaf((value) => typeof value === 'string' && value !== '', 'should be non-empty text'), prefix: string, suffix: string });
const positionFields = objectOf({ type: kind('TextPositionSelector'), start: offset, end: offset });
const position: Check = (value, path, problems) => {
  if (!positionFields(value, path, problems)) return false;
  const { start, end } = value as { start: number; end: number };
  if (start <= end) return true;
  problems?.push(`${path}.end should not be less than start`);
  return false;
};

const checkHighlight = objectOf({
  id: nonEmptyString,
  articleId: nonEmptyString,
  color,
  note,
  tags: arrayOf(string),
  target: objectOf({ quote, position }),
  createdAt: date,
  updatedAt: date,
});

/**
 * Every problem with `value` as a highlight, as sentences. Given the ids of the records in the same file, also
 * that its article is one of them.
 */
export function problemsOfHighlight(value: unknown, path = 'highlight', recordIds?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (checkHighlight(value, path, problems) && recordIds && !recordIds.has((value as Highlight).articleId)) problems.push(`${path}.articleId should name a record in this file`);
  return problems;
}

export function isHighlight(value: unknown): value is Highlight {
  return checkHighlight(value, '', null);
}

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
  return checkSavedArticle(value, '', null);
}

export function isArticle(value: unknown): value is Article {
  return checkArticle(value, '', null);
}

export function isCard(value: unknown): value is LibraryCard {
  return checkCard(value, '', null);
}
