import { JSDOM, VirtualConsole } from 'jsdom';
import { revealStreamedContent } from './streamed-content';

/** `<style>` blocks and their content. */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Parses a page in Node the way the extraction script sees it in a browser: no scripts, no sub-resources,
 * the page's own URL as base. Stylesheets are emptied first: extraction never reads them (the clone it
 * works on has no computed style), jsdom spends much of its parse time on them, and it throws on some CSS
 * a browser simply ignores (`calc()` with Sass variables left in, seen on a real news page). Content a page
 * streams in with a script is moved where the script would put it (`revealStreamedContent`).
 */
export function parsePage(html: string, url?: string | null): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(withEmptyStyleBlocks(html), { url: url ?? undefined, virtualConsole });
  const document = withoutUnclonableDoctype(dom.window.document);
  revealStreamedContent(document);
  return document;
}

/** `html` with each `<style>` block emptied (written back as `<style></style>`). */
export function withEmptyStyleBlocks(html: string): string {
  return html.replace(STYLE_BLOCK, '<style></style>');
}

/**
 * A page cut short after `<!doctype` has a doctype without a name, and a broken one (`<!doctype<html>`) one
 * that is not a valid name; jsdom parses both but cannot clone them (the pipeline works on a clone), while
 * browsers clone them. The doctype carries nothing extraction reads.
 */
const DOCTYPE_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
export function withoutUnclonableDoctype(doc: Document): Document {
  if (doc.doctype && !DOCTYPE_NAME.test(doc.doctype.name)) doc.doctype.remove();
  return doc;
}
