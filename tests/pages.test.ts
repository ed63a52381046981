/**
 * Golden tests: every fixture page in tests/fixtures/pages has its whole expected Article in
 * tests/expected/<name>.json. Regenerate with `npm run fixtures:update` and review the diff in the commit.
 * The facts a reader cares about are also asserted by hand below, so a regeneration cannot bless a regression.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFixture, FIXTURES_DIR } from './helpers';

const PAGES_DIR = path.join(FIXTURES_DIR, 'pages');
const EXPECTED_DIR = path.resolve(__dirname, 'expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';
const pages = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.html')).sort();

describe('golden pages', () => {
  it.each(pages)('%s matches its expected article', (name) => {
    const article = extractFixture(`pages/${name}`);
    const expectedFile = path.join(EXPECTED_DIR, name.replace(/\.html$/, '.json'));
    const actual = JSON.parse(JSON.stringify(article));
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

function extract(name: string) {
  const article = extractFixture(`pages/${name}`);
  if (!article) throw new Error(`${name}: no article`);
  return article;
}

describe('what a reader sees', () => {
  it('a clean page loses nothing', () => {
    const article = extract('clean-page.html');
    expect(article.removed).toEqual([]);
    expect(article.headline).toBe('Central library reopens after two-year renovation');
    expect(article.textContent.split('\n')).toEqual([
      expect.stringMatching(/^The central library reopened on Monday/),
      expect.stringMatching(/^The renovation cost 18 million pounds/),
      'More seats, longer hours',
      expect.stringMatching(/^The building now has 640 seats/),
      'Monday to Friday: 8am to 10pm',
      'Saturday: 9am to 6pm',
      'Sunday: 11am to 5pm',
      expect.stringMatching(/^About 3,000 people visited/),
      'Visitors per year',
      'Year', 'Visitors', '2019', '412,000', '2022', '365,000',
      expect.stringMatching(/^The library expects to welcome half a million visitors/),
    ]);
    expect(article.contentHtml).toContain('<table>');
    expect(article.byline).toBe('Ruth Okafor');
    expect(article.lang).toBe('en');
  });

  it('a section front is not an article', () => {
    expect(extractFixture('pages/section-front.html')).toBeNull();
  });

  it('a hostile page keeps its text and loses every way to run code', () => {
    const article = extract('hostile.html');
    for (const needle of ['onerror', 'onload', 'onmouseover', 'javascript:', 'vbscript:', 'data:text', '<script', '<iframe', '<form', '<object', '<style', '<svg', '<math', 'srcdoc', 'formaction', 'evil.example', '__pwned']) {
      expect(article.contentHtml.toLowerCase()).not.toContain(needle);
    }
    expect(article.textContent).toContain('A fire in the basement archive of city hall destroyed building permits');
    expect(article.textContent).toContain('The council will meet in an emergency session on Tuesday');
    expect(article.contentHtml).toContain('href="https://tabloid-daily.example/news/2025/archives" target="_blank" rel="noopener noreferrer"');
  });

  it('a French page loses its consent banner, share bar, ad, teaser and newsletter', () => {
    const article = extract('french-article.html');
    expect(article.lang).toBe('fr');
    expect(article.removed.map((r) => r.rule).sort()).toEqual(['ad-slot', 'consent-banner', 'newsletter-box', 'related-links', 'related-links', 'share-bar']);
    for (const junk of ['Lire aussi', 'Publicité', 'Partager', 'newsletter', 'Sur le même sujet', 'cookies']) expect(article.textContent).not.toContain(junk);
    expect(article.textContent).toContain('Si l\'essai est concluant, la métropole envisage');
  });

  it('a Spanish page loses its skip link, share bar, teasers and tags', () => {
    const article = extract('spanish-live-bar.html');
    expect(article.removed.map((r) => r.rule).sort()).toEqual(['related-links', 'related-links', 'share-bar', 'skip-link', 'tag-list']);
    for (const junk of ['Lee también', 'Etiquetas', 'Lo más leído', 'Compartir', 'Saltar']) expect(article.textContent).not.toContain(junk);
    expect(article.textContent).toContain('Las organizaciones agrarias advierten');
  });

  it('a very long article keeps every one of its sixty entries', () => {
    const article = extract('long-article.html');
    for (let entry = 1; entry <= 60; entry++) expect(article.textContent).toContain(`(entry ${entry}).`);
    expect(article.removed.map((r) => r.rule)).toEqual(['related-links']);
  });

  it('a div-soup page without <p> is still an article', () => {
    const article = extract('div-soup-bare-markers.html');
    expect(article.textContent).toContain('Three villages in the upper valley have depended on water trucks');
    expect(article.textContent).toContain('The ban will be reviewed at the end of the month.');
    expect(article.textContent).not.toContain('Most read');
  });
});
