import { t } from '../../utils/i18n';
import type { Highlight, HighlightColor } from '../../utils/highlights/types';

/** Each colour's name in the interface's language, read when asked (getters: a test may switch languages). */
export const COLOR_NAMES: Record<HighlightColor, string> = {
  get yellow() {
    return t('highlights.colour.yellow');
  },
  get green() {
    return t('highlights.colour.green');
  },
  get blue() {
    return t('highlights.colour.blue');
  },
  get pink() {
    return t('highlights.colour.pink');
  },
};

/** "Highlight, yellow": one message per colour, so each language can agree the colour with its word for a highlight. */
const MARK_LABELS = {
  yellow: () => t('highlights.markLabel.yellow'),
  green: () => t('highlights.markLabel.green'),
  blue: () => t('highlights.markLabel.blue'),
  pink: () => t('highlights.markLabel.pink'),
} satisfies Record<HighlightColor, () => string>;

/** What a screen reader hears before a highlight's text: that it is one, its colour, and whether it has a note. */
export const highlightLabel = (highlight: Pick<Highlight, 'color' | 'note'>): string => {
  const label = MARK_LABELS[highlight.color]();
  return highlight.note ? t('highlights.markLabelWithNote', [label]) : label;
};
