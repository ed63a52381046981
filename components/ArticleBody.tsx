import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticleFragment } from '../utils/extract/sanitize';
import { citationAnchor } from './format';
import { LIVE_PAGE_PICTURES, type PictureSources } from './picture-sources';
import { swapInStoredPictures } from './stored-pictures';

interface Props {
  html: string;
  /** Called after render with how many citation markers link to each source id. */
  onMarkers?: (counts: Map<string, number>) => void;
  bodyRef?: { current: HTMLDivElement | null };
  /** Where pictures come from: the network for a live page (the default), kept copies for a saved one. */
  pictures?: PictureSources;
}

/**
 * The article body. The only component that inserts article HTML: the article's HTML was sanitized by the
 * pipeline and is sanitized again here, since a saved or imported record may come from an older or edited copy.
 * It inserts the nodes DOMPurify returns (Preact's HTML prop is disabled by build/no-html-sinks.ts): the markup is
 * never serialized and parsed again after sanitizing, and Firefox's add-on linter finds no HTML sink.
 */
export function ArticleBody({ html, onMarkers, bodyRef, pictures = LIVE_PAGE_PICTURES }: Props) {
  const ref = useRef<HTMLDivElement | null>(null);
  // A layout effect inserts before the first paint. Preact leaves the div's children alone: it renders none.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (bodyRef) bodyRef.current = root;
    // DOMPurify returns null instead of a fragment when it cannot parse (the build makes that fail closed).
    const clean = sanitizeArticleFragment(html) as DocumentFragment | null;
    // Still in DOMPurify's inert document: an address swapped here is never requested.
    if (clean) swapInStoredPictures(clean, pictures.stored);
    root.replaceChildren(...(clean ? [clean] : []));
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
    // For the highlights benchmark: when the body is in the document.
    performance.mark('clearpress:body-rendered');
  }, [html, pictures]);
  return <div class="article-body" ref={ref} />;
}
