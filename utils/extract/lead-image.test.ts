import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { readLeadImages } from './lead-image';
import { readMetaValues } from './metadata';

const URL = 'https://harbour-news.example/2025/06/07/bridge-reopens';
const HEADLINE = 'Harbour bridge reopens after a year of repairs';
const BODY = '<div class="story-body"><p>The harbour bridge reopened to traffic on Monday morning.</p><p>Engineers replaced every cable.</p></div>';
const FIGURE = '<figure class="lead"><img src="/media/bridge-dawn.jpg" width="1200" height="675" alt="The bridge at dawn"><figcaption>The bridge at dawn. (Photo: Ann Lee)</figcaption></figure>';

/** A news page: the headline and byline in the article's header, then `between`, then the body container. */
function newsPage(between: string, options: { head?: string; header?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE} | Harbour News</title>${options.head ?? ''}</head><body>
    <header class="site-header"><a href="/"><img src="/media/harbour-news.png" width="320" height="120" alt="Harbour News"></a></header>
    <main><article><header class="entry-header"><h1>${HEADLINE}</h1>${options.header ?? ''}<p class="byline">By Ann Lee</p></header>
    ${between}${options.body ?? BODY}</article></main></body></html>`;
}

describe('what follows the headline, read in the page', () => {
  const read = (html: string) => {
    const doc = parsePage(html, URL);
    return readLeadImages(doc, HEADLINE, readMetaValues(doc));
  };

  it('the lines after the headline in its article container, the pictures among them and what each sits in', () => {
    expect(read(newsPage(FIGURE))).toEqual({
      lines: ['by ann lee', 'the harbour bridge reopened to traffic on monday morning', 'engineers replaced every cable'],
      pictures: [{ linesBefore: 1, html: FIGURE, wrappers: 'img figure lead', link: null }],
      namedImages: null,
    });
  });

  it("a picture's wrappers up to the one it shares with the headline, and the link around it", () => {
    const linked = '<div class="hero"><a href="/media/bridge-dawn-full.jpg"><img src="/media/bridge-dawn.jpg"></a></div>';
    expect(read(newsPage(linked))?.pictures).toEqual([{ linesBefore: 1, html: '<img src="/media/bridge-dawn.jpg">', wrappers: 'img a div hero', link: '/media/bridge-dawn-full.jpg' }]);
  });

  it('outside an article container, from the page, with the picture its metadata names', () => {
    const head = '<meta property="og:image" content="https://cdn.harbour-news.example/bridge-dawn.jpg"><meta name="twitter:image" content="/media/bridge-dawn.jpg">';
    const found = read(newsPage(FIGURE, { head }).replace(/<\/?(?:main|article)>/g, ''));
    expect([found?.pictures.length, found?.namedImages]).toEqual([1, ['https://cdn.harbour-news.example/bridge-dawn.jpg', '/media/bridge-dawn.jpg']]);
  });

  it('nothing when no element shows the headline', () => {
    expect(read(newsPage(FIGURE).replace(/<\/?h1>/g, ''))).toBeNull();
  });
});
