/**
 * Whole-page lookups the metadata readers make, without selector matching. jsdom (the CLI, the tests) answers
 * every `querySelector` by matching the selector against each element of the page, over a millisecond a query
 * on a news page and four for an attribute-token selector (`[itemprop~=x]`), while its tag index answers
 * `getElementsByTagName` at once; a browser answers both natively. Each helper says which selector it stands for.
 */

/** Whether a space-separated attribute value holds `token` (`[attr~=token]`; `ignoreCase` as the ` i` flag). */
export function hasToken(value: string | null, token: string, ignoreCase = false): boolean {
  if (!value) return false;
  const wanted = ignoreCase ? token.toLowerCase() : token;
  return value.split(/[\t\n\f\r ]+/).some((part) => (ignoreCase ? part.toLowerCase() : part) === wanted);
}

/** `root.querySelectorAll(tag)`, in document order. */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

/** `root.querySelectorAll('[itemprop~=name]')`, in document order. */
export function elementsWithItemprop(root: ParentNode, name: string): Element[] {
  return Array.from(root.querySelectorAll('[itemprop]')).filter((el) => hasToken(el.getAttribute('itemprop'), name));
}

/** The first of `elements` in document order, or null. */
export function firstInDocumentOrder(elements: readonly Element[]): Element | null {
  let first: Element | null = null;
  for (const el of elements) {
    if (!first || first.compareDocumentPosition(el) & 2 /* Node.DOCUMENT_POSITION_PRECEDING */) first = el;
  }
  return first;
}

/** `doc.querySelectorAll('script[type="application/ld+json" i]')` (`ignoreCase` false: without the ` i`). */
export function jsonLdScripts(doc: Document, ignoreCase = true): Element[] {
  return elementsByTag(doc, 'script').filter((script) => {
    const type = script.getAttribute('type');
    return type !== null && (ignoreCase ? type.toLowerCase() : type) === 'application/ld+json';
  });
}
