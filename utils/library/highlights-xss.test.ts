// @vitest-environment jsdom
/**
 * The XSS corpus (e2e/fixtures/xss/vectors.ts, as tests/security/xss.test.ts uses it) written as a reader's note
 * and tag: the exports carry it as text only. Markdown viewers may render raw HTML and follow links, so in the
 * Markdown every character of it that could be syntax is escaped and it reads back exactly; JSON and JSON-LD hold
 * it as a string; the HTML export never includes notes at all.
 */
import { describe, expect, it } from 'vitest';
import { beaconUrl, payload, VECTORS } from '../../e2e/fixtures/xss/vectors';
import { libraryToHtml, libraryToJson } from './export';
import { recordToMarkdown } from './markdown-zip';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';
import type { SavedArticle } from './schema';
import { highlightsToWebAnnotations } from './web-annotations';

const ORIGIN = 'http://127.0.0.1:9';

const record: SavedArticle = {
  id: 'r',
  canonicalUrl: 'https://valley-courier.example/ferry',
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  tags: [],
  read: false,
  readingPosition: 0,
  article: { ...sampleArticle(1, { words: 40 }), url: null, sources: [], implications: [], summary: '', contentHtml: '<p>The ferry vote moves to June.</p><p>Fares stay.</p>' },
};

/** Markdown as it reads once escapes are resolved (a backslash before ASCII punctuation stands for that character). */
const unescape = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** What is left of Markdown when every escaped character is taken out: the syntax a viewer would act on. */
const syntaxOf = (markdown: string): string => markdown.replace(/\\[\s\S]/g, '');

describe.each(VECTORS.map((vector) => [vector.id, vector] as const))('%s as a note and a tag', (_id, vector) => {
  const text = vector.html.replaceAll('{{JS}}', payload(ORIGIN, vector.id)).replaceAll('{{BEACON}}', beaconUrl(ORIGIN, vector.id)).slice(0, 9_000); // A note holds at most 10,000 characters.
  const highlight = highlightOf('h', 'r', 4, { exact: 'ferry vote', prefix: 'The ', suffix: ' moves', note: `Why?\n${text}`, tags: [text, 'plain'] });

  it('is escaped text in the Markdown export, reading back exactly, under the list item and the paragraph', () => {
    const markdown = recordToMarkdown(record, [highlight]);
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    // Nothing a viewer could turn into HTML, an entity, a link, an image or code; ">" only as quote markers.
    expect(syntaxOf(body).match(/[<[\]`&@]|:\/\/|www\./gi)).toBe(null);
    expect(syntaxOf(body).replace(/^ *(> ?)+/gm, '')).not.toContain('>');
    const lines = markdown.split('\n');
    expect(lines.filter((line) => line.startsWith('- ')).map(unescape)).toEqual([`- ==ferry vote== (tags: ${text.replace(/\s+/g, ' ')}, plain)`]);
    const listed = lines.filter((line) => line.startsWith('  >')).map((line) => unescape(line.replace(/^ {2}> ?/, '')));
    expect(listed.join('\n')).toBe(highlight.note.replace(/\r\n|\r/g, '\n'));
    const underParagraph = lines.filter((line) => line.startsWith('>')).map((line) => unescape(line.replace(/^> ?/, '')));
    expect(underParagraph.join('\n')).toBe(`Note: ${highlight.note.replace(/\r\n|\r/g, '\n')}`);
  });

  it('is the same string in the JSON and Web Annotation exports, and absent from the HTML export', () => {
    const json = JSON.parse(libraryToJson([record], new Date('2026-02-01T00:00:00.000Z'), [highlight]));
    expect([json.highlights[0].note, json.highlights[0].tags]).toEqual([highlight.note, highlight.tags]);
    const [annotation] = highlightsToWebAnnotations([{ highlight, canonicalUrl: record.canonicalUrl, headline: 'Ferry' }], '2026-02-01T00:00:00.000Z').first.items;
    expect(annotation?.body.slice(0, 2)).toEqual([
      { type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: text, purpose: 'tagging' },
    ]);
    expect(libraryToHtml([record])).not.toContain(vector.id);
  });
});
