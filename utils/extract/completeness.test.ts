import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, fixtureUrl } from '../../tests/helpers';
import { parsePage } from '../../cli/dom';
import { aboutWords, declaredWordCount, findMainColumn, looksTruncated, measureCompleteness } from './completeness';

const ROOT = path.resolve(__dirname, '../..');
const extractFile = (file: string) => {
  const html = readFileSync(path.join(ROOT, file), 'utf8');
  const article = extractHtml(html, fixtureUrl(html));
  if (!article) throw new Error(`${file}: no article`);
  return article;
};

describe('completeness', () => {
  it('a paywall-cut page with a larger JSON-LD wordCount is flagged, with no full section to offer', () => {
    const article = extractFile('tests/fixtures/trust/paywall-cut.html');
    expect(article.wordCount).toBe(113);
    // 113 of the 1,180 words the page declares (a string with a thousands separator).
    expect(article.completeness).toBe(0.1);
    expect(looksTruncated(article.completeness)).toBe(true);
    // The page itself holds no more than was extracted: nothing to show.
    expect(article.fullSectionHtml).toBeNull();
  });

  it('a body split around a subscriber gate: Readability keeps the first part, the main column holds both', () => {
    const article = extractFile('e2e/fixtures/trust-truncated.html');
    expect(article.wordCount).toBe(211);
    expect(article.textContent).not.toContain('coal quay');
    expect(article.completeness).toBe(0.34); // 211 of the declared 620
    const section = parsePage(`<body>${article.fullSectionHtml ?? ''}</body>`, null).body;
    const paragraphs = Array.from(section.querySelectorAll('p')).map((p) => p.textContent?.trim().split(' ').slice(0, 3).join(' '));
    expect(paragraphs).toEqual([
      'By Maren Holt', 'The harbour authority', 'The dredging was', 'Samples taken at', 'Fishermen who moor', 'The ferry operator',
      'Continue reading with', 'Engineers now expect', 'A spokesman for', 'Environmental groups asked', 'Until then, the',
    ]);
    // Sanitized with the article configuration: no classes, links absolute, no headline (the reader shows it).
    expect(article.fullSectionHtml).not.toMatch(/class=|<h1/);
    expect(article.fullSectionHtml).toContain('src="https://coastline-courier.example/img/harbour-basin.jpg"');
  });

  it('a complete page is not flagged', () => {
    const article = extractFile('tests/fixtures/pages/clean-page.html');
    expect(article.completeness).toBe(1);
    expect(article.fullSectionHtml).toBeNull();
  });

  it('reads the declared length from wordCount or articleBody, whichever is larger', () => {
    expect(declaredWordCount({ '@type': 'NewsArticle', wordCount: 800 })).toBe(800);
    expect(declaredWordCount({ '@type': 'NewsArticle', wordCount: '1.240' })).toBe(1240);
    expect(declaredWordCount({ '@type': 'NewsArticle', wordCount: 10, articleBody: 'one two three four five six seven eight nine ten eleven twelve' })).toBe(12);
    expect(declaredWordCount({ '@type': 'NewsArticle', wordCount: 'many' })).toBeNull();
    expect(declaredWordCount(null)).toBeNull();
  });

  it('leaves blocks the cleanup removed out of the main column, and says null with nothing to compare', () => {
    const mainColumn = { paragraphs: ['a b c d e f g h i j k l m n o p q r s t', 'The author is a reporter who has covered the harbour for twenty years and lives on the island'] };
    const removedTexts = ['About the author The author is a reporter who has covered the harbour for twenty years and lives on the island'];
    expect(measureCompleteness({ extractedWords: 20, declaredWords: null, mainColumn, removedTexts })).toEqual({ ratio: 1, expectedWords: 20, mainColumnWords: 20 });
    expect(measureCompleteness({ extractedWords: 20, declaredWords: null, mainColumn, removedTexts: [] })).toEqual({ ratio: 0.53, expectedWords: 38, mainColumnWords: 38 });
    expect(measureCompleteness({ extractedWords: 20, declaredWords: null, mainColumn: null, removedTexts: [] }).ratio).toBeNull();
  });

  it('finds the article element holding the most prose, not a teaser card', () => {
    const long = 'word '.repeat(30);
    const doc = parsePage(`<body><article class="card"><p>${long}</p></article><article class="story"><p>${long}</p><p>${long}</p></article></body>`, null);
    expect(findMainColumn(doc.body)?.className).toBe('story');
    expect(findMainColumn(parsePage('<body><p>Too short to count.</p></body>', null).body)).toBeNull();
  });

  it('rounds word counts for the warning', () => {
    expect([aboutWords(87), aboutWords(211), aboutWords(1184)]).toEqual([87, 210, 1180]);
  });
});
