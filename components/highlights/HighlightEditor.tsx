import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../utils/highlights/types';
import { t } from '../../utils/i18n';
import { COLOR_NAMES } from './labels';

interface Props {
  highlight: Highlight;
  /** The highlight's first mark: the editor opens under it, and focus goes back to it on close. */
  anchor: HTMLElement | null;
  onChange: (change: { color?: HighlightColor; note?: string; tags?: string[] }) => void;
  onDelete: () => void;
  onClose: () => void;
}

const MAX_NOTE_LENGTH = 10_000;

const tagsOf = (text: string): string[] => text.split(',').map((tag) => tag.trim()).filter(Boolean);

/** A highlight's colour, note and Delete, next to it. Escape closes it without leaving the reader view. */
export function HighlightEditor({ highlight, anchor, onChange, onDelete, onClose }: Props) {
  const [note, setNote] = useState(highlight.note);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const [place, setPlace] = useState<{ top: number; left: number }>({ top: 0, left: 0 });

  useLayoutEffect(() => {
    const rect = anchor?.getBoundingClientRect();
    if (rect) setPlace({ top: rect.bottom + window.scrollY + 8, left: Math.max(8, rect.left + window.scrollX) });
  }, [anchor, highlight.id]);

  useEffect(() => {
    setNote(highlight.note);
    setTags(highlight.tags.join(', '));
    noteRef.current?.focus({ preventScroll: true });
  }, [highlight.id]);

  const close = () => {
    const tagList = tagsOf(tags);
    const changed = {
      ...(note !== highlight.note ? { note } : {}),
      ...(tagList.join('\n') !== highlight.tags.join('\n') ? { tags: tagList } : {}),
    };
    if (Object.keys(changed).length > 0) onChange(changed);
    onClose();
    anchor?.focus({ preventScroll: true });
  };

  const quote = highlight.target.quote.exact.replace(/\s+/g, ' ').trim();
  return (
    <div
      class="highlight-editor"
      role="dialog"
      aria-label={t('highlights.editor.label')}
      style={{ top: `${Math.round(place.top)}px`, left: `${Math.round(place.left)}px` }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
    >
      <p class="editor-quote">{t('highlights.quote', [quote.length > 160 ? `${quote.slice(0, 160)}…` : quote])}</p>
      <div class="swatches" role="group" aria-label={t('highlights.editor.colour')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            class={`swatch swatch-${color}`}
            aria-label={COLOR_NAMES[color]}
            title={COLOR_NAMES[color]}
            aria-pressed={color === highlight.color}
            onClick={() => onChange({ color })}
          />
        ))}
      </div>
      <label class="editor-note">
        {t('highlights.editor.note')}
        <textarea ref={noteRef} rows={3} maxLength={MAX_NOTE_LENGTH} value={note} onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="editor-tags">
        {t('highlights.editor.tags')}
        <input value={tags} onInput={(event) => setTags((event.target as HTMLInputElement).value)} />
      </label>
      <p class="editor-actions">
        <button type="button" onClick={close}>
          {t('highlights.editor.done')}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          {t('highlights.editor.delete')}
        </button>
      </p>
    </div>
  );
}
