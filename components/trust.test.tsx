// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../utils/extract/types';
import { CompletenessNotice } from './CompletenessNotice';
import { CorrectionNotes } from './CorrectionNotes';
import { LargePageNotice } from './LargePageNotice';
import { SourceNotes } from './SourceNotes';

// As the pipeline gives them for e2e/fixtures/trust-truncated.html and trust-corrected-v2.html (see the extract tests).
const base: Article = {
  url: 'https://coastline-courier.example/2025/05/12/harbour-dredging-delayed', headline: 'Harbour authority delays dredging plan after silt tests',
  subtitle: null, alternateHeadlines: [], byline: 'Maren Holt', siteName: 'Coastline Courier', publishedTime: '2025-05-12T07:15:00.000Z', lang: 'en',
  summary: 'The harbour authority has postponed its plan.', implications: [], sources: [], contentHtml: '<p>The harbour authority has postponed its plan.</p>',
  textContent: 'The harbour authority has postponed its plan.', wordCount: 211, readingMinutes: 1, removed: [],
  modifiedTime: null, corrections: [], completeness: 0.34, fullSectionHtml: '<p>The harbour authority has postponed its plan.</p><p>Engineers now expect the treatment plant.</p>',
};

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

describe('trust components', () => {
  it('LargePageNotice says a very large page was read from its article, and ignores a damaged field', () => {
    render(<LargePageNotice article={{ ...base, largePage: { pageElements: 99_993, regionElements: 213, chosenBy: 'article-markup' } }} />, root);
    expect(root.querySelector('.large-page-notice')?.textContent).toBe('This page is very large (99,993 elements), so Clearpress read only the part that holds the article, as the page marks it.');
    render(<LargePageNotice article={{ ...base, largePage: { pageElements: 40_000, regionElements: 900, chosenBy: 'prose' } }} />, root);
    expect(root.querySelector('.large-page-notice')?.textContent).toBe('This page is very large (40,000 elements), so Clearpress read only the part that holds the article.');
    render(<LargePageNotice article={{ ...base, largePage: { pageElements: '<img onerror=x>', regionElements: 1, chosenBy: 'prose' } as never }} />, root);
    expect(root.querySelector('.large-page-notice')).toBeNull();
    render(<LargePageNotice article={base} />, root);
    expect(root.innerHTML).toBe('');
  });

  it('CompletenessNotice says how much was found and offers the full section', () => {
    const article = base;
    let toggled = 0;
    render(<CompletenessNotice article={article} onToggleFullSection={() => toggled++} />, root);
    expect(root.querySelector('.completeness-warning p')?.textContent).toBe('This article may be incomplete: about 210 of 620 words were found.');
    root.querySelector('button')?.click();
    expect([root.querySelector('button')?.textContent, toggled]).toEqual(['Show the full page section', 1]);
  });

  it('CompletenessNotice: nothing for a complete article or one saved before the field existed', () => {
    const article: Article = { ...base, completeness: 1, fullSectionHtml: null };
    render(<CompletenessNotice article={article} />, root);
    const { completeness: _, ...older } = article;
    render(<CompletenessNotice article={older} />, root);
    expect(root.innerHTML).toBe('');
  });

  it('CorrectionNotes and the attributions after the cited sources', () => {
    const article: Article = {
      ...base,
      modifiedTime: '2025-04-03T14:20:00.000Z',
      corrections: [{ kind: 'correction', text: 'An earlier version of this article gave the cost of the project as 240 million euros. It is 210 million euros.' }],
      sources: [{ id: 'attribution-reuters', title: 'Reuters', url: null, citedBy: 1, kind: 'attribution' }],
    };
    render(<><CorrectionNotes article={article} locale="en-US" /><SourceNotes sources={article.sources} /></>, root);
    expect(root.querySelector('.modified')?.textContent).toBe('Updated April 3, 2025');
    expect(root.querySelector('.corrections li')?.textContent).toBe('Correction: An earlier version of this article gave the cost of the project as 240 million euros. It is 210 million euros.');
    // No cited source on this page: no numbered list, only the credited outlet.
    expect(root.querySelector('.source-notes')).toBeNull();
    expect(root.querySelector('.attribution-notes li')?.textContent).toBe('Reuters credited in 1 paragraph');
  });
});
