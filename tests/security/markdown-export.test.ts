// @vitest-environment jsdom
/**
 * Markdown leaves the extension (Copy as Markdown, the library's zip) and is opened in viewers that may render
 * raw HTML and follow any link, so a hostile or hand-edited record must not turn into active Markdown.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../utils/extract/types';
import { articleToMarkdown } from '../../utils/markdown';

const base: Article = {
  url: 'https://news.example/story',
  headline: 'Council <b>approves</b> plan',
  subtitle: null,
  alternateHeadlines: [],
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  summary: 'Costs <img src=x onerror=alert(1)> rise.',
  implications: [{ label: '<i>Rents</i>', text: 'Go up.', sourceIds: [] }],
  sources: [
    { id: '1', title: 'Report', url: 'javascript:alert(1)', citedBy: 1 },
    { id: '2', title: 'Study', url: 'https://study.example/s', citedBy: 1 },
  ],
  contentHtml:
    '<p>Read <a href="javascript:alert(2)">this</a>, <a href=" JaVa\tScRiPt:alert(3)">that</a>, <a href="https://news.example/a">web</a> and <a href="/b">relative</a>.</p>' +
    '<p>Typed &lt;script&gt;alert(4)&lt;/script&gt; in text.<img src="data:image/svg+xml,x" alt="d"><img src="https://img.example/p.jpg" alt="photo"></p>',
  textContent: '',
  wordCount: 10,
  readingMinutes: 1,
  removed: [],
};

describe('articleToMarkdown on hostile input', () => {
  const markdown = articleToMarkdown(base);

  it('keeps the text of links with script addresses and drops those addresses', () => {
    expect(markdown).toContain('Read this, that, [web](https://news.example/a) and [relative](/b).');
    expect(markdown).not.toMatch(/javascript|data:/i);
    expect(markdown).toContain('![photo](https://img.example/p.jpg)');
    expect(markdown).toContain('[^1]: Report (no link given) (cited 1 time)\n[^2]: [Study](https://study.example/s) (cited 1 time)');
  });

  it('writes tag-like text as escaped text, never raw HTML', () => {
    expect(markdown.split('\n')[0]).toBe('# Council \\<b>approves\\</b> plan');
    expect(markdown).toContain('Costs \\<img src=x onerror=alert(1)> rise.');
    expect(markdown).toContain('1. **\\<i>Rents\\</i>:** Go up.');
    expect(markdown).toContain('Typed \\<script>alert(4)\\</script> in text.');
    // Only the article's own address is in angle brackets (an autolink).
    expect(markdown).not.toMatch(/(^|[^\\])<(?!https:\/\/news\.example\/story>)/m);
  });
});
