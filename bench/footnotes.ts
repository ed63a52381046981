/**
 * Source notes on the defuddle footnote fixtures:
 *   npx tsx bench/footnotes.ts --corpus ../shared/corpus/defuddle-fixtures
 * For each fixtures/footnotes--*.html, every `[^n]: text` definition in expected/<same>.md must become a source
 * whose title contains that text (compared as lower-case letters and digits only) and whose link is the note's
 * first link where the expected note has one. Pages our pipeline does not take as an article are listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import { takeSourcesFromClone } from '../utils/extract/sources';
import type { Source } from '../utils/extract/types';

interface ExpectedNote {
  id: string;
  text: string;
  link: string | null;
}

interface FixtureResult {
  name: string;
  expected: number;
  found: number;
  matched: number;
  /** Matched by the sources step alone, on a clone of the whole page: tells our step from Readability's choice. */
  matchedByStep: number;
  noArticle: boolean;
  misses: string[];
}

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** Letters and digits only, lower-cased, accents dropped: Markdown emphasis, links and spacing do not count. */
function normalized(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The `[^n]: ...` lines of an expected Markdown file, as plain text and first link. */
export function expectedNotes(markdown: string): ExpectedNote[] {
  const notes: ExpectedNote[] = [];
  for (const match of markdown.matchAll(/^\[\^([^\]]+)\]:\s?(.*)$/gm)) {
    const body = match[2] ?? '';
    const link = /\]\((\S+?)\)/.exec(body)?.[1] ?? null;
    const text = body.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' ');
    notes.push({ id: match[1]!, text, link });
  }
  return notes;
}

/** The page address from the fixture's leading `<!-- {"url": ...} -->` comment, else a placeholder. */
function fixtureUrl(html: string, name: string): string {
  const comment = /<!--\s*(\{[^]*?\})\s*-->/.exec(html.slice(0, 2000))?.[1];
  if (comment) {
    try {
      const url = (JSON.parse(comment) as { url?: unknown }).url;
      if (typeof url === 'string') return url;
    } catch {
      // Not the metadata comment: fall through to the placeholder.
    }
  }
  return `https://${name.replace(/^footnotes--/, '').replace(/\.html$/, '')}.example/`;
}

function sameLink(a: string, b: string): boolean {
  const strip = (u: string): string => u.replace(/\/$/, '');
  return strip(a) === strip(b);
}

function matches(note: ExpectedNote, source: Source): boolean {
  if (!source.title || !normalized(source.title).includes(normalized(note.text))) return false;
  return note.link === null || (source.url !== null && sameLink(source.url, note.link));
}

function runFixture(dir: string, file: string): FixtureResult {
  const html = readFileSync(path.join(dir, 'fixtures', file), 'utf8');
  const markdown = readFileSync(path.join(dir, 'expected', file.replace(/\.html$/, '.md')), 'utf8');
  const expected = expectedNotes(markdown);
  const url = fixtureUrl(html, file);
  const article = extractArticle(parsePage(html, url), { url });
  // Citations only: outlets credited in the text (kind attribution) are not footnotes.
  const sources = (article?.sources ?? []).filter((source) => source.kind !== 'attribution');
  const misses = expected.filter((note) => !sources.some((source) => matches(note, source))).map((note) => `[^${note.id}] ${note.text.slice(0, 70)}`);
  const clone = parsePage(html, url).body.cloneNode(true) as Element;
  const stepSources = takeSourcesFromClone(clone);
  const matchedByStep = expected.filter((note) => stepSources.some((source) => matches(note, source))).length;
  return { name: file.replace(/\.html$/, ''), expected: expected.length, found: sources.length, matched: expected.length - misses.length, matchedByStep, noArticle: article === null, misses };
}

function main(): void {
  const dir = path.resolve(argument('--corpus', '../shared/corpus/defuddle-fixtures'));
  const verbose = process.argv.includes('--verbose');
  const files = readdirSync(path.join(dir, 'fixtures')).filter((f) => f.startsWith('footnotes--') && f.endsWith('.html')).sort();
  const results = files.map((file) => runFixture(dir, file));
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${'fixture'.padEnd(width)}  expected  found  matched  step alone`);
  for (const r of results) {
    const flag = r.noArticle ? '  (no article)' : r.matched < r.expected ? '  MISS' : '';
    console.log(`${r.name.padEnd(width)}  ${String(r.expected).padStart(8)}  ${String(r.found).padStart(5)}  ${String(r.matched).padStart(7)}  ${String(r.matchedByStep).padStart(10)}${flag}`);
    if (verbose) for (const miss of r.misses) console.log(`    missed ${miss}`);
  }
  const articles = results.filter((r) => !r.noArticle);
  const sum = (rs: FixtureResult[], key: 'expected' | 'matched' | 'matchedByStep'): number => rs.reduce((n, r) => n + r[key], 0);
  console.log(`\nall ${results.length} fixtures: ${sum(results, 'matched')} / ${sum(results, 'expected')} notes matched`);
  console.log(`sources step alone (whole page, no Readability): ${sum(results, 'matchedByStep')} / ${sum(results, 'expected')} notes matched`);
  console.log(`${articles.length} taken as articles: ${sum(articles, 'matched')} / ${sum(articles, 'expected')} notes matched`);
  const rejected = results.filter((r) => r.noArticle);
  if (rejected.length > 0) console.log(`no article (Readability null or not-article check): ${rejected.map((r) => `${r.name} (${r.expected} notes)`).join(', ')}`);
}

main();
