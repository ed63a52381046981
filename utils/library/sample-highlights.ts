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

/** A word that is in notes only, never in an article, headline or tag: what a search for a note types. */
export const NOTE_ONLY_WORD = 'marginalia';

const NOTES = ['Check this figure against the ministry release.', 'Compare with last year.', 'Quote for the piece on transport.', `Good ${NOTE_ONLY_WORD} for the weekly letter.`, 'Ask the union about this.', 'Source?'];
const HIGHLIGHT_TAGS = ['quote', 'fact-check', 'statistic', 'context', 'follow-up'];
const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
/** Characters of context kept each side, as the reader keeps them (QUOTE_CONTEXT_LENGTH). */
const CONTEXT = 32;

/**
 * The body's text as the reader counts it, for the sample articles (plain tags, no entities): the text nodes joined.
 * A tag holds no "<" in them; `[^>]*` would rescan the rest of a body from every "<" never closed (quadratic).
 */
export const sampleBodyText = (contentHtml: string): string => contentHtml.replace(/<[^<>]*>/g, '');

/**
 * Four highlights of sample article `n` saved as `articleId` at `savedAt`, the same every run: passages of 40-120
 * characters spread through the body, colours in turn, a note on every other one (a sixth of the notes hold
 * NOTE_ONLY_WORD), a tag on the second, created a minute apart after the save.
 */
export function sampleHighlights(n: number, articleId: string, contentHtml: string, savedAt: string): Highlight[] {
  const text = sampleBodyText(contentHtml);
  const out: Highlight[] = [];
  for (let k = 0; k < 4; k++) {
    const seed = (n * 4 + k) * 2654435761;
    // A quarter of the body each, a passage starting and ending on a word.
    const from = Math.floor((text.length * k) / 4);
    let start = text.indexOf(' ', from + (seed >>> 0) % Math.max(1, Math.floor(text.length / 8))) + 1;
    if (start <= 0) start = from;
    let end = text.indexOf(' ', start + 40 + ((seed >>> 8) % 80));
    if (end < 0) end = text.length;
    const createdAt = new Date(Date.parse(savedAt) + (k + 1) * 60_000).toISOString();
    out.push({
      id: `00000000-0000-4000-8000-${(n * 4 + k).toString(16).padStart(12, '0')}`,
      articleId,
      color: COLORS[(n + k) % 4] as Highlight['color'],
      note: k % 2 === 0 ? (NOTES[(n + k) % NOTES.length] as string) : '',
      tags: k === 1 ? [HIGHLIGHT_TAGS[n % HIGHLIGHT_TAGS.length] as string] : [],
      target: {
        quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
        position: { type: 'TextPositionSelector', start, end },
      },
      createdAt,
      updatedAt: createdAt,
    });
  }
  return out;
}
