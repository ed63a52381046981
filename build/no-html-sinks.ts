/**
 * A Vite plugin that takes the last HTML sinks (string to DOM) out of the bundled libraries, and fails the build
 * if any bundle still has one.
 *
 * Why: Firefox's add-on linter (`npm run lint:firefox`) flags every dynamic `innerHTML` assignment, it cannot be
 * silenced inline, and hiding a sink from it would defeat the review it stands for. Our own code has none
 * (utils/dom.ts parses with DOMParser; components/ArticleBody.tsx inserts DOMPurify's nodes). The libraries keep
 * three, none of which we need:
 * - Preact: `dangerouslySetInnerHTML`. Nothing uses it; it now throws (fail closed).
 * - DOMPurify: an `innerHTML` fallback when DOMParser gives no document (never for our HTML configuration);
 *   the fallback now gives an empty result (fail closed).
 * - Readability: restoring its page cache and unwrapping `<noscript>` images assign `innerHTML`. Both now parse in
 *   an inert DOMParser document and move the nodes, which is also safer: `innerHTML` on an element of a live page
 *   starts image loads.
 *
 * Each rewrite must match exactly once, and every chunk is scanned for sinks after bundling, so a library upgrade
 * that moves or adds a sink fails the build instead of shipping it. The Node CLI and vitest run the libraries
 * unchanged; Readability gives the same result either way, and only the extension is linted.
 */
import type { Plugin } from 'vite';

interface SinkRewrite {
  /** Which sink, named in build errors. */
  sink: string;
  /** Global, so matches can be counted: exactly one is expected. */
  find: RegExp;
  replace: string;
}

export interface LibraryPatch {
  /** The library's resolved file in node_modules, without query. */
  file: RegExp;
  rewrites: SinkRewrite[];
  /** Helpers the replacements call, appended to the module. */
  append?: string;
}

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const DOMPURIFY = /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/;
const READABILITY = /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

/**
 * `el.innerHTML = html` without the sink: `html` is parsed in a new inert document (no script runs, nothing loads),
 * in the quirks mode of `el`'s document as fragment parsing is (a quirks-mode `<p>` may hold a `<table>`), and the
 * nodes are moved into `el`. After the `<body>` tag, a `<frameset>` is ignored, as in fragment parsing.
 */
const REPLACE_CHILDREN_WITH_HTML = `
function __clearpressReplaceChildrenWithHtml(el, html) {
  var doc = el.ownerDocument;
  var view = doc.defaultView || globalThis;
  var prefix = doc.compatMode === "BackCompat" ? "<body>" : "<!doctype html><body>";
  var parsed = new view.DOMParser().parseFromString(prefix + html, "text/html");
  // A copy first: adopting a node removes it from the live childNodes list.
  var nodes = Array.from(parsed.body.childNodes).map(function (node) { return doc.adoptNode(node); });
  el.replaceChildren.apply(el, nodes);
}
`;

export const LIBRARY_PATCHES: LibraryPatch[] = [
  {
    file: PREACT,
    rewrites: [
      {
        sink: "Preact's dangerouslySetInnerHTML",
        find: /[\w$]+\.innerHTML=[\w$]+\.__html/g,
        replace: '__clearpressRefuseHtmlProp()',
      },
    ],
    append: `
function __clearpressRefuseHtmlProp() {
  throw new Error("dangerouslySetInnerHTML is disabled in this build (build/no-html-sinks.ts): insert sanitized nodes instead.");
}
`,
  },
  {
    file: DOMPURIFY,
    rewrites: [
      {
        sink: "DOMPurify's innerHTML fallback",
        find: /try \{\s*doc\.documentElement\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;\s*\} catch \(_\) \{\}/g,
        replace: '/* Clearpress build (build/no-html-sinks.ts): no innerHTML fallback; the document stays empty, so is the result. */',
      },
    ],
  },
  {
    file: READABILITY,
    rewrites: [
      {
        sink: "Readability's page cache restore",
        find: /\bpage\.innerHTML = pageCacheHtml;/g,
        replace: '__clearpressReplaceChildrenWithHtml(page, pageCacheHtml);',
      },
      {
        sink: "Readability's <noscript> image unwrapping",
        find: /\btmp\.innerHTML = noscript\.innerHTML;/g,
        replace: '__clearpressReplaceChildrenWithHtml(tmp, noscript.innerHTML);',
      },
    ],
    append: REPLACE_CHILDREN_WITH_HTML,
  },
];

/**
 * Assignments and calls that turn a string into DOM, as they appear in bundled (possibly minified) code.
 * Reading `innerHTML` is fine: `innerHTML==x` and `x=el.innerHTML` do not match.
 */
const SINK_PATTERNS: RegExp[] = [
  /(?:\.|\[\s*["'`])(?:inner|outer)HTML(?:["'`]\s*\])?\s*\+?=(?!=)/,
  /\binsertAdjacentHTML\s*\(/,
  /\bdocument\.write(?:ln)?\s*\(/,
  /\bcreateContextualFragment\s*\(/,
  /\b(?:set|parse)HTMLUnsafe\s*\(/,
];

/** The first HTML sink in `code`, with a little code around it, or null. */
export function findHtmlSink(code: string): string | null {
  for (const pattern of SINK_PATTERNS) {
    const match = pattern.exec(code);
    if (match) return code.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60);
  }
  return null;
}

/** `code` with each rewrite applied; throws unless each matched exactly once. */
export function removeHtmlSinks(code: string, patch: LibraryPatch, id: string): string {
  let out = code;
  for (const rewrite of patch.rewrites) {
    const count = out.match(rewrite.find)?.length ?? 0;
    if (count !== 1) {
      throw new Error(
        `build/no-html-sinks.ts: ${rewrite.sink} matched ${count} times in ${id} (expected once). ` +
          'The library changed: find its sink again and update the rewrite, never ship it.',
      );
    }
    out = out.replace(rewrite.find, rewrite.replace);
  }
  return patch.append ? out + patch.append : out;
}

export function noHtmlSinks(): Plugin {
  return {
    name: 'clearpress:no-html-sinks',
    // Before other transforms (CommonJS for Readability), on the library's own text.
    enforce: 'pre',
    transform(code, id) {
      if (id.startsWith('\0')) return null;
      const file = id.split('?')[0]!;
      const patch = LIBRARY_PATCHES.find((p) => p.file.test(file));
      if (!patch) return null;
      try {
        return { code: removeHtmlSinks(code, patch, file), map: null };
      } catch (error) {
        this.error(error as Error);
      }
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const sink = findHtmlSink(output.code);
        if (sink) this.error(`build/no-html-sinks.ts: ${output.fileName} still turns a string into DOM: …${sink}…`);
      }
    },
  };
}
