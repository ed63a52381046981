/** When the page says the article was last changed: read in the page stage, from the page's metadata and markup. */
import { findArticleNode, stringProperty } from './json-ld';
import { metaValue, toIsoInstant, type PageMetadata } from './metadata';
import { elementsByTag, elementsWithItemprop } from './page-queries';

/** Words next to a `<time>` that make it the last change: "Updated", "Mis à jour", "Aktualisiert", "Actualizado". */
const UPDATED_LABEL = /\b(?:updated|modified|last updated|mis à jour|modifié|aktualisiert|geändert|stand|actualizado|modificado)\b/i;

/** The few words just before an element: its preceding siblings' text, else its parent's ("<span>Updated</span> <time>"). */
function textBefore(el: Element): string {
  let text = '';
  for (let node = el.previousSibling; node && text.length < 40; node = node.previousSibling) text = `${node.textContent ?? ''}${text}`;
  if (!text.trim() && el.parentElement) return textBefore(el.parentElement);
  return text.slice(-40);
}

/** When the page says the article last changed, as an ISO 8601 UTC instant; null when it does not say. */
export function readModifiedTime(doc: Document, metadata: Pick<PageMetadata, 'jsonLd' | 'metaValues'>): string | null {
  const meta = metadata.metaValues;
  // In this order, each read only when the ones before say nothing: a live page may hold thousands of <time>s.
  const candidates: (() => (string | null)[])[] = [
    () => [stringProperty(findArticleNode(metadata.jsonLd), 'dateModified')],
    () => [metaValue(meta, 'article:modified_time'), metaValue(meta, 'og:updated_time'), metaValue(meta, 'datemodified'), metaValue(meta, 'dcterms:modified')],
    () => {
      const marked = elementsWithItemprop(doc, 'dateModified');
      return [
        marked.find((el) => el.hasAttribute('content'))?.getAttribute('content') ?? null,
        marked.find((el) => el.hasAttribute('datetime'))?.getAttribute('datetime') ?? null,
      ];
    },
    () =>
      elementsByTag(doc, 'time')
        .filter((time) => time.hasAttribute('datetime'))
        .filter((time) => UPDATED_LABEL.test(textBefore(time)))
        .map((time) => time.getAttribute('datetime')),
  ];
  for (const read of candidates) {
    for (const candidate of read()) {
      const iso = candidate ? toIsoInstant(candidate) : null;
      if (iso) return iso;
    }
  }
  return null;
}
