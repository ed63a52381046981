/**
 * Checks on article HTML that the security tests share: what is still active in it, and a canonical form
 * for comparing two serializations (DOMPurify may reorder attributes when it sanitizes its own output).
 */

/** Elements that must never reach an extension page. */
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'form', 'svg', 'math', 'template', 'noscript'];
/** Attributes that may hold a URL. */
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'longdesc', 'data'];

/** `html` parsed as body content of a new inert document (nothing in it loads or runs). */
function parse(html: string, doc: Document): HTMLElement {
  const view = (doc.defaultView ?? globalThis) as unknown as { DOMParser: typeof DOMParser };
  return new view.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

/** Every active or forbidden part of `html`, described; empty when it is safe to insert into an extension page. */
export function unsafeParts(html: string, doc: Document): string[] {
  const problems: string[] = [];
  for (const el of parse(html, doc).querySelectorAll('*')) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.includes(tag)) problems.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} on <${tag}>`);
      if (['style', 'id', 'name', 'srcdoc'].includes(name)) problems.push(`${name} on <${tag}>`);
      // Scheme as the browser reads it: control characters and whitespace inside it are ignored.
      const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
      if (URL_ATTRS.includes(name) && /^(javascript|vbscript|data):/.test(value)) problems.push(`${value.split(':')[0]}: URL in ${name} on <${tag}>`);
    }
    if (tag === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) problems.push('target=_blank without noopener');
  }
  return problems;
}

/** `html` reserialized with every element's attributes in alphabetical order. */
export function canonicalHtml(html: string, doc: Document): string {
  const body = parse(html, doc);
  for (const el of body.querySelectorAll('*')) {
    const attrs = [...el.attributes].map((attr) => [attr.name, attr.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name] of attrs) el.removeAttribute(name);
    for (const [name, value] of attrs) el.setAttribute(name, value);
  }
  return body.innerHTML;
}
