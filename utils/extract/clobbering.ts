/**
 * Reading a hostile page safely: a page can name elements after the document's own properties (DOM
 * clobbering), and the pipeline must still read the real ones. No sanitizer here: the page stage bundles this.
 */

/**
 * A built-in property of `target` read from its prototype chain, so an element the page named after it cannot
 * shadow it: Chromium lets `<img name="cloneNode">` replace `document.cloneNode` (DOM clobbering).
 */
function builtin<T>(target: object, key: string): T {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return (descriptor.get ? descriptor.get.call(target) : (descriptor.value as (...args: unknown[]) => unknown).bind(target)) as T;
  }
  throw new Error(`No built-in ${key}`);
}

/** Elements a document exposes as its own properties, by name or id (HTML spec, "supported property names"). */
const DOCUMENT_NAMED = 'embed[name], form[name], iframe[name], img[name], object[name], img[id], object[id], embed[id]';
/** Those, and form controls, which a form exposes as its own properties by name or id. */
const CLOBBERING = `${DOCUMENT_NAMED}, form [name], form [id], [form][name], [form][id]`;
/** Documents made by `withoutClobbering`, and the window of the page they were copied from. */
const copiedFrom = new WeakMap<Document, Window & typeof globalThis>();

/**
 * `doc`, or when the page names elements after the document's own properties (`<img name="body">`,
 * `<form name="querySelector">`), a copy without those names, which the pipeline can read safely. The live
 * page is never changed.
 */
export function withoutClobbering(doc: Document): Document {
  // A form control named `getAttribute` shadows the form's own method the same way.
  const formProto = Object.getPrototypeOf(builtin<(tag: string) => Element>(doc, 'createElement')('form')) as object;
  const shadows = (el: Element) =>
    ['name', 'id'].some((attribute) => {
      const value = builtin<(name: string) => string | null>(el, 'getAttribute')(attribute);
      return value !== null && (value in Object.getPrototypeOf(doc) || (el.localName !== 'form' && value in formProto));
    });
  const named = Array.from(builtin<(selector: string) => NodeListOf<Element>>(doc, 'querySelectorAll')(CLOBBERING));
  if (!named.some(shadows)) return doc;
  const copy = builtin<(deep: boolean) => Document>(doc, 'cloneNode')(true);
  for (const el of Array.from(builtin<(selector: string) => NodeListOf<Element>>(copy, 'querySelectorAll')(CLOBBERING))) {
    if (!shadows(el)) continue;
    const remove = builtin<(name: string) => void>(el, 'removeAttribute');
    remove('name');
    remove('id');
  }
  copiedFrom.set(copy, findWindow(doc));
  return copy;
}

export function findWindow(doc?: Document | null): Window & typeof globalThis {
  const own = doc ? (copiedFrom.get(doc) ?? builtin<(Window & typeof globalThis) | null>(doc, 'defaultView')) : null;
  const view = own ?? (typeof window !== 'undefined' ? window : null);
  if (!view) throw new Error('Sanitizing needs a window: pass a document that belongs to one.');
  return view as Window & typeof globalThis;
}
