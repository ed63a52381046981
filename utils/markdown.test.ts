import { describe, expect, it } from 'vitest';
import type { Article } from './extract/types';
import { articleToMarkdown } from './markdown';

const article: Article = {
  url: 'https://harbour-ledger.example/2025/estuary-birds',
  headline: 'Estuary bird numbers halve in ten years',
  subtitle: null,
  alternateHeadlines: [],
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  summary: '',
  implications: [],
  sources: [
    { id: '1', title: 'Estuary bird count 2024', url: 'https://birds.example/estuary-count-2024', citedBy: 1 },
    { id: '2', title: 'Wader survey, county wildlife trust, 2023.', url: null, citedBy: 1 },
    { id: '3', title: null, url: null, citedBy: 2, missing: true },
  ],
  contentHtml:
    '<p>Numbers halved <sup><a href="#source-1" data-source-id="1">[1]</a></sup>, most among waders <sup><a href="#source-2" data-source-id="2">[2]</a></sup>; ' +
    'the wardens blame the marina <sup><a href="#source-3" data-source-id="3">[3]</a></sup> and its lights <sup><a href="#source-3" data-source-id="3">[3]</a></sup>.</p>',
  textContent: '',
  wordCount: 16,
  readingMinutes: 1,
  removed: [],
};

describe('articleToMarkdown', () => {
  it('writes a note the page does not define as not found, with its count', () => {
    const markdown = articleToMarkdown(article);
    expect(markdown).toContain('Numbers halved [^1], most among waders [^2]; the wardens blame the marina [^3] and its lights [^3].');
    expect(markdown.slice(markdown.indexOf('## Sources'))).toBe(
      '## Sources\n\n' +
        '[^1]: [Estuary bird count 2024](https://birds.example/estuary-count-2024) (cited 1 time)\n' +
        '[^2]: Wader survey, county wildlife trust, 2023. (no link given) (cited 1 time)\n' +
        '[^3]: Not found on this page (cited 2 times)\n',
    );
  });
});
