import { describe, expect, it } from 'vitest';
import { markdownFileName } from './markdown-zip';
import { sampleArticle } from './sample-articles';
import type { SavedArticle } from './schema';

const record: SavedArticle = {
  id: 'r1',
  canonicalUrl: 'https://example.com/1',
  savedAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  tags: [],
  read: false,
  readingPosition: 0,
  article: sampleArticle(1, { words: 80 }),
};

describe('markdownFileName', () => {
  const named = (headline: string, taken = new Set<string>()): string => markdownFileName({ ...record, article: { ...record.article, headline } }, taken);
  it.each([
    ['Council approves housing plan', '2026-01-01-council-approves-housing-plan.md'],
    ['—“Élysée” rejects the plan!—', '2026-01-01-elysee-rejects-the-plan.md'],
    ['--- A --- B ---', '2026-01-01-a-b.md'],
    // Cut at 60 characters, without the dash the cut leaves.
    ['The council approved the housing plan after a long debate, a new rent cap', '2026-01-01-the-council-approved-the-housing-plan-after-a-long-debate-a.md'],
    ['¡¿…!?', '2026-01-01-article.md'],
  ])('%j is %j', (headline, name) => expect(named(headline)).toBe(name));

  it('numbers a name already taken', () => {
    const taken = new Set<string>();
    expect([named('Same', taken), named('Same', taken)]).toEqual(['2026-01-01-same.md', '2026-01-01-same-2.md']);
  });
});
