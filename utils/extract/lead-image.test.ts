import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { extractHtml, FIXTURES_DIR } from '../../tests/helpers';
import { extractArticle } from '.';
import { readLeadImages } from './lead-image';
import { addLeadImage } from './add-lead-image';
import { sanitizeArticleFragment } from './sanitize';
import { readMetaValues } from './metadata';

const URL = 'https://harbour-news.example/2025/06/07/bridge-reopens';
const HEADLINE = 'Harbour bridge reopens after a year of repairs';
const BODY = '<div class="story-body"><p>The harbour bridge reopened to traffic on Monday morning.</p><p>Engineers replaced every cable.</p></div>';
/** The body as the finish stage holds it: sanitized, so without its class. */
const SANITIZED_BODY = BODY.replace(' class="story-body"', '');
/** A body long enough to be read as an article through the whole pipeline. */
const PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour bridge reopened to traffic on Monday morning after a year of repairs, and the city said the cables, the deck and the lights were all new.</p>`).join('');
const LONG_BODY = `<div class="story-body">${PARAGRAPHS}</div>`;
const FIGURE = '<figure class="lead"><img src="/media/bridge-dawn.jpg" width="1200" height="675" alt="The bridge at dawn"><figcaption>The bridge at dawn. (Photo: Ann Lee)</figcaption></figure>';
const ADDED = '<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg" width="1200" height="675" alt="The bridge at dawn"><figcaption>The bridge at dawn. (Photo: Ann Lee)</figcaption></figure>';

/** A news page: the headline and byline in the article's header, then `between`, then the body container. */
function newsPage(between: string, options: { head?: string; header?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE} | Harbour News</title>${options.head ?? ''}</head><body>
    <header class="site-header"><a href="/"><img src="/media/harbour-news.png" width="320" height="120" alt="Harbour News"></a></header>
    <main><article><header class="entry-header"><h1>${HEADLINE}</h1>${options.header ?? ''}<p class="byline">By Ann Lee</p></header>
    ${between}${options.body ?? BODY}</article></main></body></html>`;
}

/**
 * The content after both halves of the step, as HTML: the page stage reads `html`, then the finish stage puts
 * the lead picture on what Readability keeps of it (here, as on most news pages, the body container, or
 * `content`), sanitized.
 */
function leadOf(html: string, content?: string): string {
  const doc = parsePage(html, URL);
  const found = readLeadImages(doc, HEADLINE, readMetaValues(doc));
  const view = doc.defaultView as Window & typeof globalThis;
  const fragment = sanitizeArticleFragment(content ?? doc.querySelector('.story-body')!.outerHTML, view);
  addLeadImage(fragment, found, { view, url: URL });
  const holder = doc.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
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

describe('the lead image', () => {
  it('stood between the headline and the body: it goes to the top of the content, with its caption', () => {
    expect(leadOf(newsPage(FIGURE))).toBe(`${ADDED}${SANITIZED_BODY}`);
  });

  it('a picture without a figure gets one; a lazy-loading page gives its address in a data attribute', () => {
    const lazy = '<div class="hero"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/media/bridge-dawn.jpg" alt="The bridge at dawn"></div>';
    expect(leadOf(newsPage(lazy))).toBe(`<figure><img data-src="/media/bridge-dawn.jpg" alt="The bridge at dawn" src="https://harbour-news.example/media/bridge-dawn.jpg"></figure>${SANITIZED_BODY}`);
  });

  it('of several, the first that can lead: an icon, an author photo before it are passed over', () => {
    const icon = '<img src="/media/share.png" width="24" height="24">';
    const author = '<div class="author-card"><img src="/media/ann-lee.jpg" width="400" height="400"></div>';
    const chart = '<figure><img src="/media/traffic-chart.png" width="800" height="400"></figure>';
    expect(leadOf(newsPage(`${icon}${author}${FIGURE}${chart}`))).toBe(`${ADDED}${SANITIZED_BODY}`);
  });

  it('a caption outside the figcaption becomes one: the text of the article stays the same', () => {
    const figure = '<figure><img src="/media/bridge-dawn.jpg" width="1200" height="675"><p class="credit">The bridge at dawn. (Photo: Ann Lee)</p></figure>';
    expect(leadOf(newsPage(figure))).toBe(`<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg" width="1200" height="675"><figcaption>The bridge at dawn. (Photo: Ann Lee)</figcaption></figure>${SANITIZED_BODY}`);
  });

  it('on a page that marks no article container, only the picture its og:image or twitter:image names', () => {
    const unmarked = (head: string) => newsPage(FIGURE, { head }).replace(/<\/?(?:main|article)>/g, '');
    const og = unmarked('<meta property="og:image" content="https://cdn.harbour-news.example/bridge-dawn-1024x576.jpg">');
    expect(readLeadImages(parsePage(og, URL), HEADLINE, readMetaValues(parsePage(og, URL)))?.namedImages).toEqual(['https://cdn.harbour-news.example/bridge-dawn-1024x576.jpg']);
    expect(leadOf(og)).toBe(`${ADDED}${SANITIZED_BODY}`);
    expect(leadOf(unmarked('<meta name="twitter:image" content="/media/bridge-dawn.jpg">'))).toBe(`${ADDED}${SANITIZED_BODY}`);
    expect(leadOf(unmarked('<meta property="og:image" content="https://harbour-news.example/media/other.jpg">'))).toBe(SANITIZED_BODY);
    expect(leadOf(unmarked(''))).toBe(SANITIZED_BODY);
  });

  it('never the og:image alone: a picture the page does not show is not added', () => {
    const head = '<meta property="og:image" content="https://harbour-news.example/media/bridge-dawn.jpg">';
    expect(leadOf(newsPage('', { head }))).toBe(SANITIZED_BODY);
    expect(leadOf(newsPage('', { head }).replace(/<\/?(?:main|article)>/g, ''))).toBe(SANITIZED_BODY);
  });

  it('a wrapper sized or coloured by a utility class ("aspect-video", "md:bg-white") is no video player nor background', () => {
    const hero = '<div class="relative aspect-video md:bg-white"><img src="/media/bridge-dawn.jpg" width="1200" height="675"></div>';
    expect(leadOf(newsPage(hero))).toBe(`<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg" width="1200" height="675"></figure>${SANITIZED_BODY}`);
  });

  it.each([
    ['an icon', '<img src="/media/share.png" width="24" height="24">'],
    ['a tracking pixel', '<img src="https://stats.example/collect/pixel.gif">'],
    ['a placeholder alone', '<img src="/static/placeholder.png" width="1200" height="675">'],
    ['a small srcset', '<img srcset="/media/a.jpg 80w, /media/b.jpg 160w">'],
    ['a logo in the article header', '<div class="partner-logo"><img src="/media/acme.png" width="300" height="120"></div>'],
    ['a file named as a logo', '<img src="/media/acme-logo.png" width="300" height="120">'],
    ["the author's photo", '<div class="author-card"><img src="/media/ann-lee.jpg" width="400" height="400"></div>'],
    ['a picture in the share bar', '<div class="share-tools"><img src="/media/share-card.jpg" width="600" height="315"></div>'],
    ['a picture in a nav', '<nav><img src="/media/section-card.jpg" width="600" height="315"></nav>'],
    ["a video player's still", '<div class="video-player"><img src="/media/clip-still.jpg" width="1280" height="720"></div>'],
    ['an image linking to another story', '<a href="/2025/06/06/ferry-strike"><img src="/media/ferry.jpg" width="600" height="400"></a>'],
    ['a picture in a subscription popup', '<div class="popup_ai_pb"><img alt="ETPrime" src="https://img.example/photo/msid-76685415.cms"></div>'],
    ['a badge its alt text names a logo', '<img src="/media/gearlab_tested_v4.png" alt="gearlab tested logo">'],
    ["a picture from the site's theme", '<img src="/wp-content/themes/harbour/img/hero-stars.png">'],
    ["a licence badge in the header's button", '<button class="license-btn"><img alt="license" src="/assets/img/license/by-nc-sa_small.png"></button>'],
    ['a picture cut to a circle', '<div class="flex"><div class="w-12 h-12"><img class="rounded-full" src="https://images.example/App_Appstore_1x.png?w=300"></div></div>'],
    ["a CMS's thumbnail, its size in its name", '<img src="/wp-content/uploads/john-150x150.jpg">'],
    ['an SVG of no stated size', '<img src="/wp-content/uploads/2024/10/Vector-68.svg">'],
    ['a video', '<figure><video src="/media/clip.mp4" poster="/media/clip.jpg"></video><img src="/media/clip.jpg" width="1280" height="720"></figure>'],
  ])('nothing for %s', (_name, picture) => {
    expect(leadOf(newsPage(picture))).toBe(SANITIZED_BODY);
  });

  it('a lightbox opener, a coloured block, a long alt text that mentions a logo: a lead still', () => {
    const opener = '<div class="has-background"><a class="open-modal" href="/media/bridge-dawn-full.jpg"><img src="/media/bridge-dawn.jpg" width="1200" height="675" alt="The bridge at dawn, the city logo on its pylon"></a></div>';
    expect(leadOf(newsPage(opener))).toBe(`<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg" width="1200" height="675" alt="The bridge at dawn, the city logo on its pylon"></figure>${SANITIZED_BODY}`);
  });

  it('an SVG illustration of a stated size, or a copy its name says is large enough, can lead', () => {
    const svg = '<img src="/media/blog-header.svg" width="760" height="550">';
    const resized = '<img src="/wp-content/uploads/bridge-dawn-300x200.jpg">';
    expect(leadOf(newsPage(svg))).toBe(`<figure><img src="https://harbour-news.example/media/blog-header.svg" width="760" height="550"></figure>${SANITIZED_BODY}`);
    expect(leadOf(newsPage(resized))).toBe(`<figure><img src="https://harbour-news.example/wp-content/uploads/bridge-dawn-300x200.jpg"></figure>${SANITIZED_BODY}`);
  });

  it('a link to the picture itself (a lightbox) keeps it', () => {
    const lightbox = '<a href="/media/bridge-dawn-full.jpg"><img src="/media/bridge-dawn.jpg" width="1200" height="675"></a>';
    expect(leadOf(newsPage(lightbox))).toBe(`<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg" width="1200" height="675"></figure>${SANITIZED_BODY}`);
  });

  it('nothing for the logo of the site header, before the headline, nor for a picture after the body starts', () => {
    const later = BODY.replace('</p>', `</p>${FIGURE}`);
    expect(leadOf(newsPage('', { body: later }))).toBe(SANITIZED_BODY.replace('</p>', `</p>${FIGURE.replace(' class="lead"', '')}`));
  });

  it('nothing when the content already holds the picture, as another size of the same file or in a srcset', () => {
    const sized = BODY.replace('</p>', '</p><img src="https://cdn.harbour-news.example/w_800/bridge-dawn-800x450.jpg">');
    const inSrcset = BODY.replace('</p>', '</p><picture><source srcset="/media/bridge-dawn.jpg 1200w"><img src="/media/small.jpg"></picture>');
    const lazy = BODY.replace('</p>', '</p><img src="/static/blank.gif" data-lazy-src="https://cdn.harbour-news.example/bridge-dawn.jpg">');
    for (const body of [sized, inSrcset, lazy]) expect(leadOf(newsPage(FIGURE, { body }))).toBe(body.replace(' class="story-body"', ''));
  });

  it('nothing when the content already starts with a picture', () => {
    const opening = BODY.replace('<p>', '<figure><img src="/media/crowd.jpg"></figure><p>');
    expect(leadOf(newsPage(FIGURE, { body: opening }))).toBe(opening.replace(' class="story-body"', ''));
  });

  it('nothing when the content starts before the picture (Readability kept the header too) or elsewhere on the page', () => {
    expect(leadOf(newsPage(FIGURE), '<p>By Ann Lee</p><p>The harbour bridge reopened to traffic on Monday morning.</p>')).toBe('<p>By Ann Lee</p><p>The harbour bridge reopened to traffic on Monday morning.</p>');
    expect(leadOf(newsPage(FIGURE), '<p>A story from another column.</p>')).toBe('<p>A story from another column.</p>');
  });
});

describe('the lead image through the pipeline', () => {
  it('leads the content the popup and the reader show, after sanitizing, and leaves the text alone', () => {
    const withImage = extractHtml(newsPage(FIGURE, { body: LONG_BODY }), URL)!;
    const without = extractHtml(newsPage('', { body: LONG_BODY }), URL)!;
    // Readability's page wrapper around the body container, which the sanitizer strips of its id and class.
    expect(withImage.contentHtml).toBe(`<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg" width="1200" height="675" alt="The bridge at dawn"><figcaption>The bridge at dawn. (Photo: Ann Lee)</figcaption></figure><div><div>${PARAGRAPHS}</div></div>`);
    expect([withImage.textContent, withImage.summary, withImage.wordCount]).toEqual([without.textContent, without.summary, without.wordCount]);
  });

  it('when the pipeline reads the whole marked column, on that column: added once when the column lacks it, never twice', () => {
    const html = readFileSync(path.join(FIXTURES_DIR, 'pages/sectioned-report.html'), 'utf8');
    const chart = '<figure><img src="/media/resolve-times.png" width="800" height="450" alt="Resolve times"><figcaption>Resolve times this month.</figcaption></figure>';
    const added = '<figure><img src="https://notes.example/media/resolve-times.png" width="800" height="450" alt="Resolve times"><figcaption>Resolve times this month.</figcaption></figure>';
    const outside = html.replace(/<article id="post-page">\n<h2>(.*?)<\/h2>\n(<time.*?<\/time>)\n/, `<h1>$1</h1>$2${chart}<article id="post-page">`);
    const inside = html.replace('<div class="content">', `${chart}<div class="content">`);
    for (const page of [outside, inside]) {
      const article = extractHtml(page, 'https://notes.example/lockstep-12')!;
      expect(article.textContent.split('\n')[0]).toBe('What the tool does');
      expect(article.contentHtml.trimStart().startsWith(added)).toBe(true);
      expect(article.contentHtml.split('<figure')).toHaveLength(2);
    }
  });

  it('on a very large page, from the region read', () => {
    const comments = Array.from({ length: 8_000 }, (_, i) => `<div class="reply"><p class="meta"><a href="/user/${i}">Reader ${i}</a></p><p>Comment ${i}: I think the plan is fine.</p></div>`).join('');
    const html = newsPage(FIGURE, { body: LONG_BODY }).replace('</main>', `<section class="replies"><h2>Replies</h2>${comments}</section></main>`);
    const article = extractArticle(parsePage(html, URL), { url: URL });
    expect(article?.largePage?.chosenBy).toBe('article-markup');
    expect(article?.contentHtml.startsWith('<figure><img src="https://harbour-news.example/media/bridge-dawn.jpg"')).toBe(true);
  });
});
