import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizeArticleHtml } from '../utils/extract/sanitize';
import { citationAnchor } from './format';

interface Props {
  html: string;
  /** Called after render with how many citation markers link to each source id. */
  onMarkers?: (counts: Map<string, number>) => void;
  bodyRef?: { current: HTMLDivElement | null };
}

/**
 * The article body. The only component that inserts HTML: the article's HTML was sanitized by the pipeline
 * and is sanitized again here, since a saved or imported record may come from an older or edited copy.
 */
export function ArticleBody({ html, onMarkers, bodyRef }: Props) {
  const clean = useMemo(() => sanitizeArticleHtml(html), [html]);
  const ref = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (bodyRef) bodyRef.current = root;
    // The sanitizer strips ids, so markers get theirs here: the notes' back-links point at them.
    const counts = new Map<string, number>();
    for (const marker of root.querySelectorAll<HTMLAnchorElement>('a[data-source-id]')) {
      const id = marker.dataset.sourceId ?? '';
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      marker.id = citationAnchor(id, n);
      marker.classList.add('citation');
    }
    onMarkers?.(counts);
  }, [clean]);
  return <div class="article-body" ref={ref} dangerouslySetInnerHTML={{ __html: clean }} />;
}
