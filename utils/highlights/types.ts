/**
 * A reader's highlight: where it is, as W3C Web Annotation selectors over the article body's text (never a DOM
 * path or page HTML), its colour and note. "The article body's text" is the concatenated text of every text node
 * of the rendered, sanitized body in document order (`indexText` in paint.ts); offsets are UTF-16 code units.
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Characters of context kept before and after a quote, to tell its occurrences apart and to re-anchor it. */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Highlight {
  id: string;
  /** The saved article (`SavedArticle.id`) the highlight belongs to. */
  articleId: string;
  color: HighlightColor;
  /** Plain text, '' when there is none; never rendered as HTML. */
  note: string;
  tags: string[];
  target: HighlightTarget;
  createdAt: string;
  updatedAt: string;
}

export const isHighlightColor = (value: unknown): value is HighlightColor => HIGHLIGHT_COLORS.includes(value as HighlightColor);
