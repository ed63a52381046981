import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractHtml, fixtureUrl } from '../tests/helpers';
import { changedParagraphsLabel } from '../components/SavedCopyChanges';
import { diffParagraphs } from './diff-paragraphs';
import { closeLibrary, findSavedByUrl, saveArticle } from './library';

const ROOT = path.resolve(__dirname, '..');
const extractFile = (file: string) => {
  const html = readFileSync(path.join(ROOT, file), 'utf8');
  return extractHtml(html, fixtureUrl(html))!;
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeLibrary();
});

describe('diffParagraphs', () => {
  it('tells added, removed and edited paragraphs apart', () => {
    const saved = ['Alpha paragraph stays.', 'The cost is 240 million euros paid by the region.', 'Opponents want buses.', 'Omega stays.'].join('\n');
    const current = ['Alpha paragraph stays.', 'The cost is 210 million euros paid by the region.', 'A night bus starts in September.', 'Omega stays.', 'A new closing line.'].join('\n');
    expect(diffParagraphs(saved, current)).toEqual([
      { kind: 'changed', before: 'The cost is 240 million euros paid by the region.', after: 'The cost is 210 million euros paid by the region.' },
      { kind: 'removed', before: 'Opponents want buses.', after: null },
      { kind: 'added', before: null, after: 'A night bus starts in September.' },
      { kind: 'added', before: null, after: 'A new closing line.' },
    ]);
    expect(diffParagraphs(saved, saved)).toEqual([]);
  });

  it('a corrected article saved twice: the saved copy against the new extraction', async () => {
    const first = extractFile('e2e/fixtures/trust-corrected-v1.html');
    expect((await saveArticle(first)).ok).toBe(true);
    const second = extractFile('e2e/fixtures/trust-corrected-v2.html');
    const saved = await findSavedByUrl(second.url!);
    const changes = diffParagraphs(saved!.article.textContent, second.textContent);
    expect(changes.map((c) => [c.kind, c.before?.slice(0, 40) ?? null, c.after?.slice(0, 40) ?? null])).toEqual([
      ['changed', 'The project will cost 240 million euros,', 'The project will cost 210 million euros,'],
      ['removed', 'Opponents said the money would be better', null],
      ['added', null, 'The mayor said on Wednesday that a night'],
    ]);
    expect(changedParagraphsLabel(changes)).toBe('3 paragraphs changed since you saved it');
    // The correction is a field, not a paragraph of the diff.
    expect(second.corrections).toHaveLength(1);
  });
});
