/**
 * The only module that turns strings into DOM or DOM into strings. Everything else passes nodes around,
 * so a review of HTML injection starts and ends here (tests/conventions.test.ts enforces it).
 *
 * Strings become DOM only through `DOMParser`, never the `innerHTML` setter: a parsed document is inert
 * (no scripts, no loads, no event handlers fire), and Firefox's add-on linter (eslint-plugin-no-unsanitized)
 * flags every dynamic `innerHTML` assignment, while `parseFromString` is not on its list.
 */

/** The HTML inside an element. */
export function serializeChildren(el: Element): string {
  return el.innerHTML;
}

/**
 * `html` parsed as the children of a `<body>`, in a new inert document. The doctype keeps standards mode and
 * the leading `<body>` keeps a leading `<meta>`, `<style>` or `<title>` in the body, so the result is the
 * same as fragment parsing (`body.innerHTML = html`) would give.
 */
function parseBodyChildren(html: string, view: { DOMParser: typeof DOMParser }): Node[] {
  const parsed = new view.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return Array.from(parsed.body.childNodes);
}

/** The window whose DOMParser parses for `doc`: its own, else (inert documents have none) the global one. */
function parserWindow(doc: Document): { DOMParser: typeof DOMParser } {
  const view = doc.defaultView ?? (typeof DOMParser === 'undefined' ? null : globalThis);
  if (!view) throw new Error('Parsing HTML needs a window: pass a document that belongs to one.');
  return view;
}

/**
 * `html` inside a `<div>` of a new inert document that `view` parses: nothing in it loads or runs, so the
 * finish stage may read a page's unsanitized HTML there (classes and all) before it sanitizes what is left.
 */
export function inertContainer(html: string, view: { DOMParser: typeof DOMParser }): HTMLDivElement {
  const nodes = parseBodyChildren(html, view);
  const doc = nodes[0]?.ownerDocument ?? new view.DOMParser().parseFromString('<!doctype html><body>', 'text/html');
  const div = doc.createElement('div');
  div.append(...nodes);
  doc.body.append(div);
  return div;
}

/** Replaces an element's children with parsed HTML; callers pass only sanitized HTML. */
export function replaceChildrenWithHtml(el: Element, sanitizedHtml: string): void {
  const doc = el.ownerDocument;
  el.replaceChildren(...parseBodyChildren(sanitizedHtml, parserWindow(doc)).map((node) => doc.adoptNode(node)));
}

/**
 * A detached `<div>` holding parsed HTML, owned by `doc`. `doc` must be inert (a clone or
 * `document.implementation.createHTMLDocument()`): in a live page a detached `<img onerror>` still fires.
 */
export function htmlToContainer(doc: Document, html: string): HTMLDivElement {
  const div = doc.createElement('div');
  div.append(...parseBodyChildren(html, parserWindow(doc)).map((node) => doc.adoptNode(node)));
  return div;
}
