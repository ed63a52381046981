import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../../utils/extract/types';
import type { Highlight, HighlightColor } from '../../utils/highlights/types';
import { HighlightBar } from './HighlightBar';
import { HighlightEditor } from './HighlightEditor';
import { HighlightNoticeBar } from './HighlightNoticeBar';
import { OrphanedHighlights } from './OrphanedHighlights';
import { selectedRangeIn, useHighlights } from './use-highlights';
import './highlights.css';

interface Props {
  article: Article;
  /** The saved article's highlights, read with it. */
  initial?: Highlight[] | null;
  savedId: string | null;
  bodyRef: { current: HTMLElement | null };
  /** The body's HTML as rendered: when it changes, the highlights are painted on the new body. */
  bodyKey: string;
  color: HighlightColor;
  onColorUsed: (color: HighlightColor) => void;
}

const isTyping = (target: EventTarget | null): boolean => !!(target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');

/**
 * Highlights in the reader view. Rendered after ArticleBody, so its layout effect paints the marks on the body
 * ArticleBody has just inserted.
 */
export function ReaderHighlights({ article, initial, savedId, bodyRef, bodyKey, color, onColorUsed }: Props) {
  const highlights = useHighlights({ article, initial, savedId, bodyRef, bodyKey });
  const { selection, editing } = highlights;

  const highlight = (chosen: HighlightColor, withNote = false) => {
    if (chosen !== color) onColorUsed(chosen);
    void highlights.highlightSelection(chosen, { withNote });
  };

  // The key handler is registered once and reads the latest render's state through a ref: a handler bound to
  // one render's selection missed a key pressed right after the bar appeared, before the effect that rebinds it.
  const latest = useRef({ highlight, color });
  latest.current = { highlight, color };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if ((key === 'h' || key === 'n') && selectedRangeIn(bodyRef.current)) {
        event.preventDefault();
        latest.current.highlight(latest.current.color, key === 'n');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const markOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLElement>('mark[data-highlight-id]') ?? null;
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event);
      // A drag that ends on a highlight selects text; only a plain click opens the highlight.
      if (!mark || !window.getSelection()?.isCollapsed || (event.target as Element).closest('a[href]')) return;
      highlights.openEditor(mark.dataset.highlightId ?? '');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const mark = markOf(event);
      if (!mark || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      highlights.openEditor(mark.dataset.highlightId ?? '');
    };
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKeyDown);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKeyDown);
    };
  }, [bodyRef.current, bodyKey]);

  return (
    <>
      <HighlightBar selection={editing ? null : selection} color={color} onHighlight={(c) => highlight(c)} onNote={() => highlight(color, true)} onCopy={() => void highlights.copySelection()} />
      {editing && (
        <HighlightEditor
          highlight={editing}
          anchor={highlights.headOf(editing.id)}
          onChange={(change) => {
            if (change.color && change.color !== color) onColorUsed(change.color);
            void highlights.change(editing.id, change);
          }}
          onDelete={() => void highlights.remove(editing.id)}
          onClose={highlights.closeEditor}
        />
      )}
      <OrphanedHighlights orphans={highlights.orphans} onDelete={(id) => void highlights.remove(id)} />
      <HighlightNoticeBar notice={highlights.notice} />
    </>
  );
}
