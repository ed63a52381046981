import { JSDOM, VirtualConsole } from 'jsdom';

/** `<style>` blocks and their content. */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Parses a page in Node the way the extraction script sees it in a browser: no scripts, no sub-resources,
 * the page's own URL as base. Stylesheets are emptied first: extraction never reads them (the clone it
 * works on has no computed style), jsdom spends much of its parse time on them, and it throws on some CSS
 * a browser simply ignores (`calc()` with Sass variables left in, seen on a real news page).
 */
export function parsePage(html: string, url?: string | null): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html.replace(STYLE_BLOCK, '<style></style>'), { url: url ?? undefined, virtualConsole });
  return withoutUnclonableDoctype(dom.window.document);
}

/**
 * A page cut short after `<!doctype` has a doctype without a name, which jsdom parses but cannot clone (the
 * pipeline works on a clone); browsers clone it. The doctype carries nothing extraction reads.
 */
export function withoutUnclonableDoctype(doc: Document): Document {
  if (doc.doctype && !doc.doctype.name) doc.doctype.remove();
  return doc;
}
