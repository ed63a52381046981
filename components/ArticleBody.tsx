import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticleFragment } from '../utils/extract/sanitize';
import { citationAnchor } from './format';
import { applyPictureSources, type PicturesShown } from './picture-placeholders';
import { LIVE_PAGE_PICTURES, type PictureSources } from './picture-sources';

interface Props {
  html: string;
  /** Where the body's pictures may come from; the live page's by default. */
  pictures?: PictureSources;
  /** The article's address, which its relative and protocol-relative picture addresses belong to. */
  articleUrl?: string | null;
  /** Called after render with how many pictures were held back or come from the web. */
  onPictures?: (shown: PicturesShown) => void;
  /** Called after render with how many citation markers link to each source id. */
  onMarkers?: (counts: Map<string, number>) => void;
  bodyRef?: { current: HTMLDivElement | null };
}

/**
 * The article body. The only component that inserts article HTML: the article's HTML was sanitized by the
 * pipeline and is sanitized again here, since a saved or imported record may come from an older or edited copy.
 * It inserts the nodes DOMPurify returns (Preact's HTML prop is disabled by build/no-html-sinks.ts): the markup is
 * never serialized and parsed again after sanitizing, and Firefox's add-on linter finds no HTML sink.
 */
export function ArticleBody({ html, pictures = LIVE_PAGE_PICTURES, articleUrl = null, onPictures, onMarkers, bodyRef }: Props) {
  const ref = useRef<HTMLDivElement | null>(null);
  // A layout effect inserts before the first paint. Preact leaves the div's children alone: it renders none.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (bodyRef) bodyRef.current = root;
    // DOMPurify returns null instead of a fragment when it cannot parse (the build makes that fail closed).
    const clean = sanitizeArticleFragment(html) as DocumentFragment | null;
    // Pictures are pointed at their stored copies or placeholders while the fragment is still inert (nothing loads there).
    const shown = clean ? applyPictureSources(clean, pictures, articleUrl) : { withheld: 0, fromWeb: 0 };
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
    onPictures?.(shown);
    // For the highlights benchmark: when the body is in the document.
    performance.mark('clearpress:body-rendered');
  }, [html, pictures, articleUrl]);
  return <div class="article-body" ref={ref} />;
}
