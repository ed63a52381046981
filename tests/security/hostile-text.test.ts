/**
 * A page built to make backtracking patterns retry (tests/fixtures/hostile/hostile-text-page.ts) extracts, with
 * each field capped where it is read: before, the byline's runs of dots went whole into a pattern built from the
 * byline's names, which V8 refused as too large after six seconds of backtracking elsewhere.
 * bench/hostile-text.ts times it, through the CLI too.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CHARACTER_RUN } from '../../utils/extract/character-runs';
import { MAX_FIELD_LENGTH } from '../../utils/extract/field-length';
import { hostileTextPage } from '../fixtures/hostile/hostile-text-page';
import { extractHtml } from '../helpers';

describe('a page of hostile text', () => {
  it('extracts its article, the byline Readability found cut to the field length', () => {
    const article = extractHtml(hostileTextPage(), 'https://news.example/2026/river-homes');
    expect(article?.headline).toBe('Council approves river homes plan');
    expect(article?.byline?.startsWith('Ana Example ....')).toBe(true);
    expect(article?.byline?.length).toBe(MAX_FIELD_LENGTH);
    expect(article?.sources.map((s) => s.url)).toEqual(['https://council.example/minutes']);
  });

  it('keeps the runs of dots, commas and brackets, each cut to the longest run the pipeline reads', () => {
    const article = extractHtml(hostileTextPage(), 'https://news.example/2026/river-homes');
    const runs = article?.textContent.match(/([.,[])\1+/g)?.map((run) => `${run[0]}×${run.length}`);
    // The byline line (no byline rule takes a line this long) and the paragraph.
    expect(runs).toEqual(['.×1000', ',×1000', '[×1000', '.×1000', ',×1000', '[×1000']);
    expect(MAX_CHARACTER_RUN).toBe(1000);
  });
});
