/** Made-up highlights for the library's tests and benchmark (never imported by the extension). */
import type { Highlight } from '../highlights/types';

/** Highlight `id` of `articleId` over [start, start + exact.length), its quote's text and context as given. */
export function highlightOf(id: string, articleId: string, start: number, over: Partial<Highlight> & { exact?: string; prefix?: string; suffix?: string } = {}): Highlight {
  const { exact = `passage ${id}`, prefix = 'before ', suffix = ' after', ...rest } = over;
  return {
    id,
    articleId,
    color: 'yellow',
    note: '',
    tags: [],
    target: { quote: { type: 'TextQuoteSelector', exact, prefix, suffix }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...rest,
  };
}
