/**
 * The only module that turns strings into DOM or DOM into strings. Everything else passes nodes around,
 * so a review of HTML injection starts and ends here (tests/conventions.test.ts enforces it).
 */

/** The HTML inside an element. */
export function serializeChildren(el: Element): string {
  return el.innerHTML;
}

/** Replaces an element's children with parsed HTML; callers pass only sanitized HTML. */
export function replaceChildrenWithHtml(el: Element, sanitizedHtml: string): void {
  el.innerHTML = sanitizedHtml;
}

/**
 * A detached `<div>` holding parsed HTML, owned by `doc`. `doc` must be inert (a clone or
 * `document.implementation.createHTMLDocument()`): in a live page a detached `<img onerror>` still fires.
 */
export function htmlToContainer(doc: Document, html: string): HTMLDivElement {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
}
