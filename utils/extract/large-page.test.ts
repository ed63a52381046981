import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { extractHtml } from '../../tests/helpers';
import { extractArticle } from '.';
import { workingCopyOf } from './large-page';

const URL = 'https://news.example/2026/01/02/river-homes';
const paragraph = (i: number) => `<p>Paragraph ${i} of the story: the council approved the plan for new homes near the river after a long debate, and residents said rents could rise.</p>`;
const comments = (n: number) =>
  Array.from({ length: n }, (_, i) => `<div class="reply"><p class="meta"><a href="/user/${i}">Reader ${i}</a></p><p>Comment ${i}: I think the plan is fine.</p></div>`).join('');

/** An article and a long run of comments: about 40 + 4 per comment elements. */
function pageWithComments(n: number, articleTag = 'article'): string {
  return `<!doctype html><html lang="en"><head><title>Council approves river homes plan</title><meta property="og:type" content="article"></head><body>
    <nav><a href="/">Home</a></nav>
    <main><${articleTag}><h1>Council approves river homes plan</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}<p><a href="/2026/01/01/earlier">The earlier story</a></p></${articleTag}>
    <section class="replies"><h2>Replies</h2>${comments(n)}</section></main></body></html>`;
}

describe('workingCopyOf', () => {
  const limits = { largePageElements: 300, maxRegionElements: 120 };

  it('copies an ordinary page whole', () => {
    const doc = parsePage(pageWithComments(10), URL);
    const { working, region } = workingCopyOf(doc, limits);
    expect(region).toBeNull();
    expect(working.querySelectorAll('.reply')).toHaveLength(10);
    expect(working).not.toBe(doc);
  });

  it('reads a very large page from the article it marks, with the head and the page address', () => {
    const doc = parsePage(pageWithComments(200), URL);
    const { working, region } = workingCopyOf(doc, limits);
    expect(region).toEqual({ pageElements: doc.getElementsByTagName('*').length, regionElements: 12, chosenBy: 'article-markup' });
    expect(working.body.children).toHaveLength(1);
    expect(working.body.firstElementChild?.tagName).toBe('ARTICLE');
    expect(working.querySelectorAll('.reply')).toHaveLength(0);
    expect(working.title).toBe('Council approves river homes plan');
    expect(working.documentElement.lang).toBe('en');
    // Relative links still resolve against the page, not about:blank.
    expect(working.querySelector('article a')?.getAttribute('href')).toBe('/2026/01/01/earlier');
    expect(new globalThis.URL('/2026/01/01/earlier', working.baseURI).href).toBe('https://news.example/2026/01/01/earlier');
    // The live page is left as it was.
    expect(doc.querySelectorAll('.reply')).toHaveLength(200);
  });

  it('without article markup, reads the largest run of prose and what stands around it within budget', () => {
    const doc = parsePage(pageWithComments(200, 'div'), URL);
    const { working, region } = workingCopyOf(doc, limits);
    expect(region?.chosenBy).toBe('prose');
    expect(working.querySelector('h1')?.textContent).toBe('Council approves river homes plan');
    expect(working.querySelectorAll('.reply')).toHaveLength(0);
  });
});

describe('a very large page through the pipeline', () => {
  it('gives the article, and says it was read from its region', () => {
    // Over the real threshold (30,000 elements): 8,000 comments.
    const article = extractArticle(parsePage(pageWithComments(8_000), URL), { url: URL });
    expect(article?.headline).toBe('Council approves river homes plan');
    expect(article?.textContent.split('\n').filter((line) => line.startsWith('Paragraph'))).toHaveLength(8);
    expect(article?.textContent).not.toContain('Comment 1:');
    expect(article?.largePage).toEqual({ pageElements: expect.any(Number), regionElements: 12, chosenBy: 'article-markup' });
    expect(article!.largePage!.pageElements).toBeGreaterThan(30_000);
  });

  it('an ordinary page carries no such field', () => {
    expect(extractHtml(pageWithComments(10), URL)).not.toHaveProperty('largePage');
  });
});
