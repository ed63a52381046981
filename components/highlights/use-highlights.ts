/**
 * The reader view's highlights: loads the article's highlights, places them on the rendered body by their
 * quotes (anchor.ts), paints them as marks over its text nodes (paint.ts), and keeps the painted marks, the
 * stored highlights and the selection in step. The body's HTML is never parsed again to draw a highlight.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../utils/extract/types';
import { anchorTargets, describeSpan } from '../../utils/highlights/anchor';
import { indexText, offsetsOfRange, paintHighlights, restyleHighlight, unpaintHighlight, type TextIndex } from '../../utils/highlights/paint';
import type { Highlight, HighlightColor } from '../../utils/highlights/types';
import { t } from '../../utils/i18n';
import { findSavedCopy, saveArticle } from '../../utils/library';
import { addHighlight, changeHighlight, deleteHighlight, listArticleHighlights, moveHighlights, restoreHighlights } from '../../utils/library/highlights';
import { highlightLabel } from './labels';

export interface SelectionSpan {
  start: number;
  end: number;
  quote: string;
  /** The body's text and text nodes, as they were when the selection was read. */
  index: TextIndex;
  /** Where the selection ends on the page (document coordinates), for the bar. */
  top: number;
  left: number;
}

export interface HighlightNotice {
  message: string;
  undo?: () => void;
}

export interface Highlights {
  /** Highlights placed on the text, in text order. */
  placed: Highlight[];
  /** Highlights whose quote is no longer in the text: kept and listed, never dropped. */
  orphans: Highlight[];
  selection: SelectionSpan | null;
  editing: Highlight | null;
  notice: HighlightNotice | null;
  highlightSelection: (color: HighlightColor, options?: { withNote?: boolean }) => Promise<void>;
  copySelection: () => Promise<void>;
  openEditor: (id: string) => void;
  closeEditor: () => void;
  change: (id: string, change: { color?: HighlightColor; note?: string; tags?: string[] }) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** The head mark of a highlight: where focus returns when its editor closes. */
  headOf: (id: string) => HTMLElement | null;
}

interface Options {
  article: Article;
  /** The saved article's highlights when they were read with it (one wait instead of two); else they are read here. */
  initial?: Highlight[] | null;
  /** The saved record shown, or null for a live page (which may be saved too: looked up by its address). */
  savedId: string | null;
  bodyRef: { current: HTMLElement | null };
  /** Changes whenever the body is rendered anew (its HTML): every mark is then painted again. */
  bodyKey: string;
}

const newId = (): string => crypto.randomUUID();
/** `reader.html?id=…#highlight-ID` opens a saved article at one of its highlights. */
export const HIGHLIGHT_HASH = '#highlight-';
const headMark = (elements: HTMLElement[] | undefined): HTMLElement | null => elements?.find((mark) => mark.hasAttribute('tabindex')) ?? elements?.[0] ?? null;
const byStart = (a: Highlight, b: Highlight) => a.target.position.start - b.target.position.start;

/** The quote with a link to the article, as the reader pastes it elsewhere (quoted the interface language's way). */
export function quoteWithLink(quote: string, article: Pick<Article, 'headline' | 'url'>): string {
  const quoted = t('highlights.quote', [quote.replace(/\s+/g, ' ').trim()]);
  return article.url ? `${quoted}\n— ${article.headline}\n${article.url}` : `${quoted}\n— ${article.headline}`;
}


export function useHighlights({ article, initial = null, savedId, bodyRef, bodyKey }: Options): Highlights {
  const [articleId, setArticleId] = useState<string | null>(savedId);
  const [stored, setStored] = useState<Highlight[] | null>(initial);
  const [orphanIds, setOrphanIds] = useState<ReadonlySet<string>>(new Set());
  const [selection, setSelection] = useState<SelectionSpan | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<HighlightNotice | null>(null);
  const marks = useRef(new Map<string, HTMLElement[]>());
  const painted = useRef<{ body: HTMLElement | null; key: string }>({ body: null, key: '' });

  useEffect(() => {
    if (initial) return;
    let current = true;
    void (async () => {
      const id = savedId ?? (await findSavedCopy(article).catch(() => null))?.id ?? null;
      if (!current) return;
      setArticleId(id);
      setStored(id ? await listArticleHighlights(id).catch(() => []) : []);
    })();
    return () => {
      current = false;
    };
  }, [savedId, article.url]);

  // Painted after ArticleBody inserted the body (a child's layout effect runs first), before the browser paints.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body || stored === null) return;
    if (painted.current.body === body && painted.current.key === bodyKey) return;
    painted.current = { body, key: bodyKey };
    marks.current = new Map();
    const { text } = indexText(body);
    const places = anchorTargets(text, stored.map((h) => h.target));
    const spans: { id: string; color: HighlightColor; label: string; start: number; end: number }[] = [];
    const moved: { id: string; target: Highlight['target'] }[] = [];
    const lost = new Set<string>();
    stored.forEach((highlight, i) => {
      const place = places[i];
      if (!place) {
        lost.add(highlight.id);
        return;
      }
      spans.push({ id: highlight.id, color: highlight.color, label: highlightLabel(highlight), ...place });
      const { position, quote } = highlight.target;
      if (place.start !== position.start || place.end !== position.end || text.slice(place.start, place.end) !== quote.exact) {
        moved.push({ id: highlight.id, target: describeSpan(text, place.start, place.end) });
      }
    });
    marks.current = paintHighlights(body, spans);
    performance.mark('clearpress:highlights-painted');
    document.body.dataset.highlights = String(spans.length);
    setOrphanIds(lost);
    // Opened from the library's Highlights view: to that highlight.
    const asked = location.hash.startsWith(HIGHLIGHT_HASH) ? decodeURIComponent(location.hash.slice(HIGHLIGHT_HASH.length)) : null;
    const head = asked ? headMark(marks.current.get(asked)) : null;
    if (head) {
      head.scrollIntoView({ block: 'center' });
      head.focus({ preventScroll: true });
    }
    // The text changed around them: the next opening places them at once.
    if (moved.length > 0) void moveHighlights(moved).catch(() => undefined);
  }, [stored, bodyKey, bodyRef.current]);

  useEffect(() => {
    // A drag fires many changes: the selection is read once a frame.
    let frame = 0;
    const onSelectionChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setSelection(readSelection(bodyRef.current));
      });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, []);

  const ensureSaved = async (): Promise<string | null> => {
    if (articleId) return articleId;
    const result = await saveArticle(article).catch(() => null);
    if (!result?.ok) {
      setNotice({ message: result?.message ?? t('highlights.notice.saveFailed') });
      return null;
    }
    setArticleId(result.record.id);
    return result.record.id;
  };

  const paintOne = (highlight: Highlight, index?: TextIndex) => {
    const body = bodyRef.current;
    if (!body) return;
    const { start, end } = highlight.target.position;
    const painted = paintHighlights(body, [{ id: highlight.id, color: highlight.color, label: highlightLabel(highlight), start, end }], index);
    for (const [id, elements] of painted) marks.current.set(id, elements);
  };

  const unpaintOne = (id: string) => {
    const body = bodyRef.current;
    if (body) unpaintHighlight(body, id);
    marks.current.delete(id);
  };

  const highlightSelection = async (color: HighlightColor, { withNote = false } = {}) => {
    const body = bodyRef.current;
    // No layout read on the click's path: the bar's place is not needed here.
    const span = readSelection(body, { placed: false });
    if (!body || !span) return;
    const { text } = span.index;
    const now = new Date().toISOString();
    const highlight: Highlight = { id: newId(), articleId: articleId ?? '', color, note: '', tags: [], target: describeSpan(text, span.start, span.end), createdAt: now, updatedAt: now };
    // Painted before anything is stored: the reader sees it at once; a failed save takes it away again.
    paintOne(highlight, span.index);
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    setStored((list) => [...(list ?? []), highlight].sort(byStart));
    if (withNote) setEditingId(highlight.id);
    const id = await ensureSaved();
    const result = id ? await addHighlight({ ...highlight, articleId: id }).catch(() => null) : null;
    if (!result?.ok) {
      unpaintOne(highlight.id);
      setStored((list) => (list ?? []).filter((h) => h.id !== highlight.id));
      setEditingId(null);
      if (id) setNotice({ message: result?.message ?? t('highlights.notice.keepFailed') });
      return;
    }
    setStored((list) => (list ?? []).map((h) => (h.id === highlight.id ? { ...h, articleId: id as string } : h)));
    setNotice({ message: withNote ? t('highlights.notice.highlightedWriteNote') : t('highlights.notice.highlighted') });
  };

  const copySelection = async () => {
    const span = readSelection(bodyRef.current);
    if (!span) return;
    try {
      await navigator.clipboard.writeText(quoteWithLink(span.quote, article));
      setNotice({ message: t('highlights.notice.quoteCopied') });
    } catch {
      setNotice({ message: t('highlights.notice.copyFailed') });
    }
  };

  const change = async (id: string, delta: { color?: HighlightColor; note?: string; tags?: string[] }) => {
    const result = await changeHighlight(id, delta).catch(() => null);
    if (!result?.ok) {
      setNotice({ message: result?.message ?? t('highlights.notice.changeFailed') });
      return;
    }
    const next = result.highlight;
    setStored((list) => (list ?? []).map((h) => (h.id === id ? next : h)));
    restyleHighlight(marks.current.get(id) ?? [], next.color, highlightLabel(next));
  };

  const remove = async (id: string) => {
    const result = await deleteHighlight(id).catch(() => null);
    if (!result?.ok) {
      setNotice({ message: result?.message ?? t('highlights.notice.deleteFailed') });
      return;
    }
    unpaintOne(id);
    setEditingId(null);
    setStored((list) => (list ?? []).filter((h) => h.id !== id));
    const removed = result.removed;
    setNotice({
      message: t('highlights.notice.deleted'),
      undo: () => {
        void restoreHighlights([removed]).then((restored) => {
          if (!restored.ok) return setNotice({ message: restored.message });
          if (!orphanIds.has(removed.id)) paintOne(removed);
          setStored((list) => [...(list ?? []), removed].sort(byStart));
          setNotice({ message: t('highlights.notice.restored') });
        });
      },
    });
  };

  const all = stored ?? [];
  return {
    placed: all.filter((h) => !orphanIds.has(h.id)),
    orphans: all.filter((h) => orphanIds.has(h.id)),
    selection,
    editing: all.find((h) => h.id === editingId) ?? null,
    notice,
    highlightSelection,
    copySelection,
    openEditor: setEditingId,
    closeEditor: () => setEditingId(null),
    change,
    remove,
    headOf: (id) => headMark(marks.current.get(id)),
  };
}

/** The reader's selection when it holds text of the body (not only the collapsed caret), else null. */
export function selectedRangeIn(body: HTMLElement | null): Range | null {
  const selection = window.getSelection();
  if (!body || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) ? range : null;
}

/** The reader's selection inside the body, as body text offsets, or null when there is none there. */
function readSelection(body: HTMLElement | null, { placed = true } = {}): SelectionSpan | null {
  const range = selectedRangeIn(body);
  if (!body || !range) return null;
  const index = indexText(body);
  const offsets = offsetsOfRange(index, range);
  if (!offsets) return null;
  const rect = placed ? range.getBoundingClientRect() : null;
  return { ...offsets, quote: index.text.slice(offsets.start, offsets.end), index, top: (rect?.bottom ?? 0) + window.scrollY, left: (rect?.left ?? 0) + window.scrollX };
}
