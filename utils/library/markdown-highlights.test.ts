// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article } from '../extract/types';
import { escapeMarkdownText } from './markdown-highlights';
import { recordToMarkdown } from './markdown-zip';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';
import type { SavedArticle } from './schema';

const article: Article = {
  ...sampleArticle(1, { words: 40 }),
  headline: 'Ferry vote delayed',
  byline: null,
  siteName: null,
  publishedTime: null,
  readingMinutes: 0,
  url: null,
  summary: '',
  implications: [],
  sources: [{ id: '1', title: 'Minutes', url: 'https://council.example/minutes', citedBy: 1 }],
  contentHtml:
    '<p>The council delayed the ferry vote to June. Critics said the ferry == the future.</p>' +
    '<p>Costs rose by <em>half</em> [sic] * 2.</p><h2>Next steps</h2><p>A vote on <a href="https://x.example/v">the plan</a> follows.</p>',
};
const record: SavedArticle = { id: 'r', canonicalUrl: 'https://x.example/ferry', savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', tags: [], read: false, readingPosition: 0, article };

const FRONT_MATTER = recordToMarkdown(record).split('\n').slice(0, 15).join('\n');

describe('the Markdown export of an article with highlights', () => {
  it('lists the highlights under the title and marks them in the body, each note under its paragraph', () => {
    const highlights = [
      highlightOf('e', 'r', 160, { exact: 'the plan', color: 'pink' }),
      highlightOf('a', 'r', 24, { exact: 'ferry vote', note: 'Ask: who <b>decided</b>?\n\n- [link](javascript:alert(1))', tags: ['to-cite', '#x'] }),
      highlightOf('b', 'r', 60, { exact: 'ferry  ==\nthe future', prefix: 'said the ' }),
      // Across emphasis and across paragraphs: not found in one block of the body, listed above only.
      highlightOf('c', 'r', 90, { exact: 'half [sic] * 2', note: 'Only in the list' }),
      highlightOf('d', 'r', 110, { exact: '2. Next' }),
    ];
    expect(recordToMarkdown(record, highlights)).toBe(`${FRONT_MATTER}
# Ferry vote delayed

## Highlights

- ==ferry vote== (tags: to-cite, \\#x)
  > Ask: who \\<b\\>decided\\</b\\>?
  >
  > \\- \\[link\\](javascript:alert(1))
- ==ferry \\=\\= the future==
- ==half \\[sic\\] \\* 2==
  > Only in the list
- ==2\\. Next==
- ==the plan==

## Article

The council delayed the ==ferry vote== to June. Critics said the ==ferry \\=\\= the future==.

> Note: Ask: who \\<b\\>decided\\</b\\>?
>
> \\- \\[link\\](javascript:alert(1))

Costs rose by *half* \\[sic\\] \\* 2.

### Next steps

A vote on [==the plan==](https://x.example/v) follows.

## Sources

[^1]: [Minutes](https://council.example/minutes) (cited 1 time)
`);
  });

  it('marks the occurrence the quote’s context names, and no passage twice', () => {
    const twice = { ...record, article: { ...article, sources: [], contentHtml: '<p>The ferry left. Then the ferry came back. The ferry sank.</p>' } };
    const second = highlightOf('s', 'r', 24, { exact: 'ferry', prefix: 'left. Then the ', suffix: ' came back', note: 'This one' });
    const overlapping = highlightOf('o', 'r', 28, { exact: 'ferry came', prefix: 'Then the ', suffix: ' back' });
    expect(recordToMarkdown(twice, [overlapping, second]).split('## Article\n\n')[1]).toBe('The ferry left. Then the ==ferry== came back. The ferry sank.\n\n> Note: This one\n');
  });

  it('is the plain Markdown export when there are no highlights', () => {
    expect(recordToMarkdown(record, [])).toBe(recordToMarkdown(record));
    expect(recordToMarkdown(record)).not.toContain('## Highlights');
  });
});

describe('escapeMarkdownText', () => {
  it.each([
    ['plain text, with commas.', ['plain text, with commas.']],
    ['<img src=x onerror=alert(1)>', ['\\<img src\\=x onerror\\=alert(1)\\>']],
    ['[a](javascript:alert(1)) ![i](https://x.example/i.png)', ['\\[a\\](javascript:alert(1)) !\\[i\\](https\\://x.example/i.png)']],
    ['`code` *em* _em_ ~~s~~ ==m== | t', ['\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~ \\=\\=m\\=\\= \\| t']],
    ['&lt;b&gt; &#106;', ['\\&lt;b\\&gt; \\&\\#106;']],
    ['see www.evil.example or a@b.example', ['see www\\.evil.example or a\\@b.example']],
    ['# not a heading\n- not a list\n+ nor this\n1. nor this\n2) nor this\n---\n> not a quote', ['\\# not a heading', '\\- not a list', '\\+ nor this', '1\\. nor this', '2\\) nor this', '\\---', '\\> not a quote']],
    ['back\\slash', ['back\\\\slash']],
  ])('%j', (text, lines) => {
    expect(escapeMarkdownText(text)).toEqual(lines);
  });
});
