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

/** Elements a document exposes as its own properties by name, and by id (HTML spec, "supported property names"). */
const NAMED_BY_NAME = new Set(['embed', 'form', 'iframe', 'img', 'object']);
const NAMED_BY_ID = new Set(['img', 'object', 'embed']);

/**
 * The elements that can clobber a property: those the document exposes by name or id, and form controls,
 * which their form exposes by name or id (inside a form, or tied to one by `form=`). As the selector
 * `embed[name], ..., form [name], form [id], [form][name], [form][id]` would find them, read with the
 * built-in accessors (a form's own properties are what its controls shadow) and one simple query: the
 * descendant selectors cost much of the pipeline's time in jsdom.
 */
function clobberingElements(doc: Document): Element[] {
  const all = Array.from(builtin<(selector: string) => NodeListOf<Element>>(doc, 'querySelectorAll')('[name], [id]'));
  return all.filter((el) => {
    const has = builtin<(name: string) => boolean>(el, 'hasAttribute');
    const tag = (builtin<string>(el, 'localName') ?? '').toLowerCase();
    if (has('name') && NAMED_BY_NAME.has(tag)) return true;
    if (has('id') && NAMED_BY_ID.has(tag)) return true;
    if (has('form')) return true;
    const parent = builtin<Element | null>(el, 'parentElement');
    return parent !== null && builtin<(selector: string) => Element | null>(parent, 'closest')('form') !== null;
  });
}
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
  if (!clobberingElements(doc).some(shadows)) return doc;
  const copy = builtin<(deep: boolean) => Document>(doc, 'cloneNode')(true);
  for (const el of clobberingElements(copy)) {
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
