import { JSDOM, VirtualConsole } from 'jsdom';
import { revealStreamedContent } from './streamed-content';

/** Where a `<style>` block opens and where one closes. */
const STYLE_OPEN = /<style\b/gi;
const STYLE_CLOSE = /<\/style\s*>/gi;

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

/**
 * `html` with each `<style>` block emptied (written back as `<style></style>`): what replacing the matches of
 * `/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi` gives, but the `>` and the closing tag after an opening tag are each
 * looked up once for all the opening tags before them: the pattern rescanned the rest of the page from each
 * opening tag never closed (quadratic, seconds on a page of "<style" repeated).
 */
export function withEmptyStyleBlocks(html: string): string {
  let out = '';
  let copied = 0;
  // The first ">" and the first closing tag after the last opening tag's end (-1: there is none), kept while still ahead.
  let tagEnd = -2;
  let close: RegExpExecArray | null | undefined;
  STYLE_OPEN.lastIndex = 0;
  for (let open = STYLE_OPEN.exec(html); open; open = STYLE_OPEN.exec(html)) {
    const nameEnd = open.index + open[0].length;
    if (tagEnd !== -1 && tagEnd < nameEnd) tagEnd = html.indexOf('>', nameEnd);
    if (tagEnd === -1) break;
    if (close === undefined || (close !== null && close.index <= tagEnd)) {
      STYLE_CLOSE.lastIndex = tagEnd + 1;
      close = STYLE_CLOSE.exec(html);
    }
    if (close === null) break;
    out += `${html.slice(copied, open.index)}<style></style>`;
    copied = STYLE_OPEN.lastIndex = close.index + close[0].length;
  }
  return copied === 0 ? html : out + html.slice(copied);
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
