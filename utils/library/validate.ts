/**
 * Checks that a value read from outside (an import file, or a stored record of unknown age) has the shape of a
 * library record. Hand-written rather than a schema library: the shape is small and fixed, the library page
 * stays free of a validator's weight, and each problem comes back as a sentence naming the field.
 */
import type { Article } from '../extract/types';
import { HIGHLIGHT_COLORS, isHighlightColor, type Highlight } from '../highlights/types';
import type { GeneratedI18nStructure } from '#i18n';
import { formatNumber, t } from '../i18n';
import { EXPORTED_PICTURE_TYPES } from './picture-export';
import type { LibraryCard, SavedArticle, StoredPicture } from './schema';

/**
 * A check returns whether `value` passes. Given a list, it also writes down every problem, each naming its
 * field; given null it only answers, building no sentence and no path (the export checks 5,000 good records).
 */
type Check = (value: unknown, path: string, problems: string[] | null) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A problem as a sentence about the field at `path`, built only when a problem is written down. */
type Problem = (path: string) => string;
type Messages = GeneratedI18nStructure;
/** The problems said of a field with no other detail: "$1 should be text". */
type FieldProblem = Extract<{ [K in keyof Messages]: Messages[K] extends { plural: false; substitutions: 1 } ? K : never }[keyof Messages], `library.problem.${string}`>;
/** "record.savedAt should be an ISO date": the message named by `key`, about the field at `path`. */
const saying =
  (key: FieldProblem): Problem =>
  (path) =>
    t(key, [path]);

/** A check of one value: `ok` says whether it passes, `problem` what to write when it does not. */
const leaf =
  (ok: (value: unknown) => boolean, problem: Problem): Check =>
  (value, path, problems) => {
    if (ok(value)) return true;
    problems?.push(problem(path));
    return false;
  };

const string = leaf((value) => typeof value === 'string', saying('library.problem.text'));
const nonEmptyString = leaf((value) => typeof value === 'string' && value.trim() !== '', saying('library.problem.nonEmptyText'));
const stringOrNull = leaf((value) => value === null || typeof value === 'string', saying('library.problem.textOrNull'));
const date = leaf((value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)), saying('library.problem.isoDate'));
const boolean = leaf((value) => typeof value === 'boolean', saying('library.problem.trueOrFalse'));
const count = leaf((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0, saying('library.problem.count'));
const trueFlag = leaf((value) => value === true, saying('library.problem.trueFlag'));
const share = leaf((value) => typeof value === 'number' && value >= 0 && value <= 1, saying('library.problem.share'));
const arrayOf =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) {
      problems?.push(t('library.problem.list', [path]));
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
      problems?.push(t('library.problem.object', [path]));
      return false;
    }
    let ok = true;
    for (const [name, check] of entries) {
      if (name in value) ok = check(value[name], problems ? `${path}.${name}` : '', problems) && ok;
      else if (!optionalChecks.has(check)) {
        problems?.push(t('library.problem.missing', [`${path}.${name}`]));
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
  pictureCount: optional(count),
  pictureBytes: optional(count),
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
  pictureCount: optional(count),
  pictureBytes: optional(count),
});

/** The longest note a highlight keeps, in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 10_000;

const offset = leaf((value) => Number.isInteger(value) && (value as number) >= 0, saying('library.problem.wholeNumber'));
const kind = (name: string) => leaf((value) => value === name, (path) => t('library.problem.exactly', [path, name]));
const note = leaf((value) => typeof value === 'string' && value.length <= MAX_NOTE_LENGTH, (path) => t('library.problem.noteLength', [path, formatNumber(MAX_NOTE_LENGTH)]));
// The colours as stored (the file's values), not their names on screen.
const color = leaf(isHighlightColor, (path) => t('library.problem.oneOf', [path, HIGHLIGHT_COLORS.join(', ')]));
const quote = objectOf({ type: kind('TextQuoteSelector'), exact: leaf((value) => typeof value === 'string' && value !== '', saying('library.problem.nonEmptyText')), prefix: string, suffix: string });
const positionFields = objectOf({ type: kind('TextPositionSelector'), start: offset, end: offset });
const position: Check = (value, path, problems) => {
  if (!positionFields(value, path, problems)) return false;
  const { start, end } = value as { start: number; end: number };
  if (start <= end) return true;
  problems?.push(t('library.problem.endBeforeStart', [path]));
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
  if (checkHighlight(value, path, problems) && recordIds && !recordIds.has((value as Highlight).articleId)) problems.push(t('library.problem.notInFile', [path]));
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

/** A picture as stored: its Blob, and the fields the pages and storage figures read. */
export function isStoredPicture(value: unknown): value is StoredPicture {
  if (!isObject(value)) return false;
  const { articleId, url, blob, width, height, bytes } = value;
  return typeof articleId === 'string' && typeof url === 'string' && typeof Blob !== 'undefined' && blob instanceof Blob && [width, height, bytes].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

/** Each article's values among `found` that pass `is` (damaged ones left out), in the order found. */
export function readableByArticle<T extends { articleId: string }>(found: readonly unknown[], is: (value: unknown) => value is T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const value of found) {
    if (!is(value)) continue;
    const list = grouped.get(value.articleId);
    if (list) list.push(value);
    else grouped.set(value.articleId, [value]);
  }
  return grouped;
}

/** The widest or tallest a picture may be: the most a JPEG or PNG header can say. */
export const MAX_PICTURE_SIDE = 65_535;
/** The largest picture an import accepts, in bytes: pictures kept on saving are far smaller. */
export const MAX_PICTURE_BYTES = 25_000_000;

const side = leaf((value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PICTURE_SIDE, (path) => t('library.problem.wholeNumberUpTo', [path, formatNumber(MAX_PICTURE_SIDE)]));
const pictureBytes = leaf((value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PICTURE_BYTES, (path) => t('library.problem.wholeNumberUpTo', [path, formatNumber(MAX_PICTURE_BYTES)]));
const webAddress = leaf((value) => typeof value === 'string' && /^https?:\/\/\S+$/i.test(value), saying('library.problem.webAddress'));

const pictureType = leaf(
  (value) => typeof value === 'string' && EXPORTED_PICTURE_TYPES.includes(value),
  (path) => t('library.problem.oneOf', [path, EXPORTED_PICTURE_TYPES.join(', ')]),
);
const checkExportedPicture = objectOf({ articleId: nonEmptyString, url: webAddress, type: pictureType, width: side, height: side, bytes: pictureBytes, data: string });

/** Every problem with the fields of a picture in an export file, as sentences (its data is checked on import). */
export function problemsOfExportedPicture(value: unknown, path = 'picture'): string[] {
  const problems: string[] = [];
  checkExportedPicture(value, path, problems);
  return problems;
}
