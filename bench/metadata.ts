/**
 * How often our headline, byline, language and published time match Readability's regression pages'
 * `expected-metadata.json`, side by side with Readability's own `parse()` (both on jsdom, as the CLI runs).
 *
 *   npx tsx bench/metadata.ts --corpus ../shared/corpus/readability-test-pages [--verbose]
 *
 * The expected files are Readability's own output, so Readability scores itself, and they keep what our
 * pipeline deliberately drops (a "By " prefix, a site name after the title, a date glued to the byline).
 * "strict" compares case- and punctuation-normalized text as is. "fair" also accepts, for both extractors
 * alike: the expected title minus separated site/section parts or a bracketed tag; a near duplicate by our
 * own dedup rule; a title Readability cut at its colon; our visible h1 when the expected title is among our
 * alternates; a byline contained in the expected one (or the reverse: co-authors); and an expected byline
 * that names nobody (a date line) counts as no expectation. Dates compare as instants (no zone: UTC).
 * Each value is "right", "wrong", or "extra": the expected file has none and we give one (unverified).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import { readMetadata, toIsoInstant } from '../utils/extract/metadata';
import { isNearDuplicate, pickHeadline, visibleH1s } from '../utils/extract/headline';
import { comparableText } from '../utils/extract/text';

const PAGE_URL = 'http://fakehost/test/page.html';
const FIELDS = ['headline', 'byline', 'lang', 'publishedTime'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string | null> & { alternates: string[]; headlineIsVisibleH1: boolean };

interface Expected {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

function normalizedText(value: string | null | undefined): string {
  return comparableText(value ?? '');
}

function normalizedByline(value: string | null | undefined): string {
  return normalizedText(value).replace(/^(?:written )?(?:by|par|von|por) /u, '');
}

/** Separators around a site or section name in a title, and a bracketed name at its end ("Story [LWN.net]"). */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|:|·|•|::|»|\/)\s+|\s*(?:\||::)\s*|\s+_\s*/u;
const TRAILING_BRACKETS = /\s*[[(（][^\])）]*[\])）]\s*$/u;

/** The expected title without one or more separated parts at either end, its own brackets dropped. */
function titleVariants(title: string): string[] {
  const parts = title.replace(TRAILING_BRACKETS, '').split(TITLE_SEPARATOR);
  const variants = [title, title.replace(TRAILING_BRACKETS, '')];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 1; to <= parts.length; to++) variants.push(parts.slice(from, to).join(' ').replace(TRAILING_BRACKETS, ''));
  }
  return variants.map(normalizedText);
}

function titleMatches(ours: Values, expected: string | null, fair: boolean): boolean {
  const a = normalizedText(ours.headline);
  const b = normalizedText(expected);
  if (a === b) return true;
  if (!fair || !a || !b || !expected || !ours.headline) return false;
  if (titleVariants(expected).includes(a)) return true;
  // Our deduplication holds them for one headline ("The seven secrets..." ~ "Seven secrets...").
  if (isNearDuplicate(ours.headline, expected)) return true;
  // Readability cuts a title at its colon when no heading repeats it; we keep the part before the colon.
  if (ours.headline.split(/:\s+/u).slice(1).some((_, i, tail) => titleVariants(expected).includes(normalizedText(tail.slice(i).join(' '))))) return true;
  // We show the page's visible h1 and keep Readability's choice (og:title) as an alternate headline.
  return ours.headlineIsVisibleH1 && ours.alternates.some((alt) => normalizedText(alt) === b);
}

/** Word-boundary containment: Readability keeps dates and roles in bylines, and we list co-authors it drops. */
function bylineMatches(ours: string | null, expected: string | null, fair: boolean): boolean {
  const a = normalizedByline(ours);
  const b = normalizedByline(expected);
  if (a === b) return true;
  // "by Lucas Nolan22 Dec 2016651": Readability glues the date to the name.
  return fair && a !== '' && b !== '' && (` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `) || b.startsWith(a));
}

const DATE_WORDS = /\b(?:\d+|at|am|pm|on|updated|published|posted|last|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/gu;

/** An expected byline that names nobody ("April 28, 2019 at 6:01 am Updated ...") is no expectation at all. */
function expectedByline(value: string | null): string | null {
  return value && normalizedText(value).replace(DATE_WORDS, '').trim() ? value : null;
}

function langMatches(ours: string | null, expected: string | null): boolean {
  return (ours ?? '').toLowerCase().replace(/_/g, '-') === (expected ?? '').toLowerCase().replace(/_/g, '-');
}

function timeMatches(ours: string | null, expected: string | null): boolean {
  if (!ours || !expected) return !ours && !expected;
  const a = toIsoInstant(ours);
  return a !== null && a === toIsoInstant(expected);
}

type Verdict = 'right' | 'extra' | 'wrong';

/** "extra": the expected file has no value (Readability found none) and we give one; nothing here can confirm or refute it. */
function judge(field: Field, ours: Values, expected: string | null, fair: boolean): Verdict {
  const value = ours[field];
  const right =
    field === 'headline' ? titleMatches(ours, expected, fair)
    : field === 'byline' ? bylineMatches(value, expected, fair)
    : field === 'lang' ? langMatches(value, expected)
    : timeMatches(value, expected);
  if (right) return 'right';
  const known = fair && field === 'byline' ? expectedByline(expected) : expected;
  return !known && value ? 'extra' : 'wrong';
}

function isVisibleH1(doc: Document, headline: string): boolean {
  return visibleH1s(doc).some((h1) => normalizedText(h1.textContent) === normalizedText(headline));
}

function ourValues(html: string): Values {
  const doc = parsePage(html, PAGE_URL);
  const article = extractArticle(doc, { url: PAGE_URL });
  if (article) {
    const { headline, byline, lang, publishedTime, alternateHeadlines } = article;
    return { headline, byline, lang, publishedTime, alternates: alternateHeadlines, headlineIsVisibleH1: isVisibleH1(doc, headline) };
  }
  // No article (a `readerable: false` page, or a test page too small to be one): score the metadata step itself.
  const metadata = readMetadata(doc);
  const picked = pickHeadline(doc, metadata);
  return {
    headline: picked.headline,
    byline: metadata.byline,
    lang: metadata.lang,
    publishedTime: metadata.publishedTime,
    alternates: picked.alternateHeadlines,
    headlineIsVisibleH1: isVisibleH1(doc, picked.headline),
  };
}

function readabilityValues(html: string): Values {
  const parsed = new Readability(parsePage(html, PAGE_URL)).parse();
  return {
    headline: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    lang: parsed?.lang ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    alternates: [],
    headlineIsVisibleH1: false,
  };
}

function expectedValues(expected: Expected): Record<Field, string | null> {
  return {
    headline: expected.title ?? null,
    byline: expected.byline ?? null,
    lang: expected.lang ?? null,
    publishedTime: expected.publishedTime ?? null,
  };
}

function argument(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

type Tally = Record<Field, Record<Verdict, number>>;

function emptyTally(): Tally {
  const counts = (): Record<Verdict, number> => ({ right: 0, extra: 0, wrong: 0 });
  return { headline: counts(), byline: counts(), lang: counts(), publishedTime: counts() };
}

function main(): void {
  const corpus = resolve(argument('--corpus') ?? '../shared/corpus/readability-test-pages');
  const verbose = process.argv.includes('--verbose');
  const pages = readdirSync(corpus, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(corpus, e.name, 'source.html')) && existsSync(join(corpus, e.name, 'expected-metadata.json')))
    .map((e) => e.name)
    .sort();
  const tallies = { oursFair: emptyTally(), theirsFair: emptyTally(), oursStrict: emptyTally(), theirsStrict: emptyTally() };
  for (const id of pages) {
    const html = readFileSync(join(corpus, id, 'source.html'), 'utf8');
    const expected = expectedValues(JSON.parse(readFileSync(join(corpus, id, 'expected-metadata.json'), 'utf8')) as Expected);
    const ours = ourValues(html);
    const theirs = readabilityValues(html);
    for (const field of FIELDS) {
      const verdictOurs = judge(field, ours, expected[field], true);
      const verdictTheirs = judge(field, theirs, expected[field], true);
      tallies.oursFair[field][verdictOurs]++;
      tallies.theirsFair[field][verdictTheirs]++;
      tallies.oursStrict[field][judge(field, ours, expected[field], false)]++;
      tallies.theirsStrict[field][judge(field, theirs, expected[field], false)]++;
      if (verbose && verdictOurs !== verdictTheirs) {
        console.log(`${verdictOurs} ${id} ${field}: ours ${JSON.stringify(ours[field])} | readability ${JSON.stringify(theirs[field])} | expected ${JSON.stringify(expected[field])}`);
      }
    }
  }
  console.log(`${pages.length} pages, ${corpus}`);
  console.log('right / extra (expected null, we give a value: unverified) / wrong\n');
  console.log('| field | ours, fair | Readability, fair | ours, strict | Readability, strict |');
  console.log('| --- | --- | --- | --- | --- |');
  const cell = (t: Tally, f: Field): string => `${t[f].right} / ${t[f].extra} / ${t[f].wrong}`;
  for (const field of FIELDS) {
    console.log(`| ${field} | ${cell(tallies.oursFair, field)} | ${cell(tallies.theirsFair, field)} | ${cell(tallies.oursStrict, field)} | ${cell(tallies.theirsStrict, field)} |`);
  }
}

main();
