// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeAndMark, sanitizedMarkOf, trustedArticleHtml } from './sanitized-html';

const BODY = '<p>The ferry vote moves to June <a href="https://civicreview.example/">(report)</a>.</p><p>Élysée 🛳</p>';

describe('sanitized HTML marks', () => {
  it('are the marks stored records carry (a changed hash would have every saved body sanitized again)', () => {
    const mark = sanitizedMarkOf(BODY);
    expect(mark.split('.').slice(1)).toEqual(['1i877n2', '1e9uria']);
    expect(sanitizedMarkOf('')).toBe(`${mark.split('.')[0]}.ztntfp.acb8nl`);
  });

  it('trust a body only while it is the string its mark was made of', () => {
    const { html, mark } = sanitizeAndMark(`${BODY}<img src=x onerror="alert(1)">`);
    expect(trustedArticleHtml(html, mark)).toBe(html);
    const edited = `${html}<img src=x onerror="alert(1)">`;
    // Edited behind the mark: sanitized again.
    expect(trustedArticleHtml(edited, mark)).toMatch(/^<p>The ferry vote moves to June <a [^>]+>\(report\)<\/a>\.<\/p><p>Élysée 🛳<\/p><img src="x"><img src="x">$/);
    expect(trustedArticleHtml('<p>x<img src=x onerror="alert(1)"></p>', undefined)).toBe('<p>x<img src="x"></p>');
  });
});
