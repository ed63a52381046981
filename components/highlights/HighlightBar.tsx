import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlights/types';
import type { SelectionSpan } from './use-highlights';
import { t } from '../../utils/i18n';
import { COLOR_NAMES } from './labels';

interface Props {
  selection: SelectionSpan | null;
  /** The Highlight button's colour: the last one the reader used. */
  color: HighlightColor;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
}

/**
 * The bar over a selection in the article. Pressing its buttons must not take the selection away, so they keep
 * the mouse from moving focus; keyboard readers press H (highlight) or N (highlight with a note) instead.
 */
export function HighlightBar({ selection, color, onHighlight, onNote, onCopy }: Props) {
  if (!selection) return null;
  return (
    <div
      class="highlight-bar"
      role="toolbar"
      aria-label={t('highlights.bar.label')}
      style={{ top: `${Math.round(selection.top + 8)}px`, left: `${Math.max(8, Math.round(selection.left))}px` }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" class={`highlight-button swatch-${color}`} aria-keyshortcuts="H" onClick={() => onHighlight(color)}>
        {t('highlights.bar.highlight')}
      </button>
      <span class="swatches" role="group" aria-label={t('highlights.bar.otherColours')}>
        {HIGHLIGHT_COLORS.filter((c) => c !== color).map((c) => (
          <button key={c} type="button" class={`swatch swatch-${c}`} aria-label={COLOR_NAMES[c]} title={COLOR_NAMES[c]} onClick={() => onHighlight(c)} />
        ))}
      </span>
      <button type="button" aria-keyshortcuts="N" onClick={onNote}>
        {t('highlights.bar.addNote')}
      </button>
      <button type="button" onClick={onCopy}>
        {t('highlights.bar.copyQuote')}
      </button>
    </div>
  );
}
