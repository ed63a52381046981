import type { Highlight, HighlightColor } from '../../utils/highlights/types';

export const COLOR_NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

/** What a screen reader hears before a highlight's text: that it is one, its colour, and whether it has a note. */
export const highlightLabel = (highlight: Pick<Highlight, 'color' | 'note'>): string =>
  `Highlight, ${COLOR_NAMES[highlight.color].toLowerCase()}${highlight.note ? ', with a note' : ''}`;
