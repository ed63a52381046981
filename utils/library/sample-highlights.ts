/** Made-up highlights for the library's tests and benchmark (never imported by the extension). */
import type { Highlight } from '../highlights/types';

/** Highlight `id` of `articleId` over [start, start + exact.length). */
export function highlightOf(id: string, articleId: string, start: number, over: Partial<Highlight> & { exact?: string } = {}): Highlight {
  const { exact = `passage ${id}`, ...rest } = over;
  return {
    id,
    articleId,
    color: 'yellow',
    note: '',
    tags: [],
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...rest,
  };
}
