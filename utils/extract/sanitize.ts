import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { findWindow } from './clobbering';
import { joinSrcset, parseSrcset } from './srcset';

/**
 * The one DOMPurify configuration for article HTML. Every place that shows article HTML (popup, reader,
 * library, export, import) goes through `sanitizeArticleHtml`.
 */
const ARTICLE_HTML_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'noscript', 'template', 'svg', 'math', 'dialog', 'title'],
  // No ids or names: the article is shown inside extension pages, where a page's `id="settings"` could
  // clobber a global the reader's code reads (DOM clobbering). Citation markers link by `data-source-id`.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'autofocus'],
  // No data: or vbscript: anywhere; relative, http(s), mailto and in-page fragments only.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
} satisfies Config;

/** Attributes holding one URL, or a list of them (`srcset`), that the URL check below covers. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'srcset']);

/**
 * A URL as the browser will read it: control characters and spaces are dropped (so `jav&#x09;ascript:` is
 * `javascript:`), then only http(s), mailto or a relative address pass. DOMPurify lets `data:` through in
 * `img`/`video`/`audio` `src` whatever the configuration says, and does not look inside `srcset`.
 */
export function isSafeUrl(value: string): boolean {
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** `srcset` without its unsafe candidates. */
function safeSrcset(value: string): string {
  return joinSrcset(parseSrcset(value).filter(({ address }) => isSafeUrl(address)));
}

/**
 * `element` replaced by a new one with its tag, attributes and content but no `is`: removing the attribute would not
 * do, an element keeps the "is value" it was parsed with (https://html.spec.whatwg.org/multipage/parsing.html#serialising-html-fragments).
 */
function replaceWithPlainElement(element: Element): void {
  const plain = element.ownerDocument.createElementNS(element.namespaceURI, element.localName);
  for (const attr of Array.from(element.attributes)) {
    element.removeAttributeNode(attr);
    if (attr.name !== 'is') plain.setAttributeNode(attr);
  }
  plain.append(...Array.from(element.childNodes));
  element.replaceWith(plain);
}

const FORBIDDEN_TAGS = new Set<string>(ARTICLE_HTML_CONFIG.FORBID_TAGS);

const purifiers = new WeakMap<object, DOMPurify>();

/** DOMPurify needs a window; in a page it is the page's, in Node the jsdom window of the parsed document. */
function purifierFor(view: Window & typeof globalThis): DOMPurify {
  let purifier = purifiers.get(view);
  if (!purifier) {
    purifier = createDOMPurify(view);
    // DOMPurify drops an element whose `is` it removes, content and all (https://github.com/cure53/DOMPurify/issues/862);
    // a plain copy keeps the text and is judged next as usual. Not the body (the walk's root) nor tags dropped anyway.
    purifier.addHook('uponSanitizeElement', (node, data) => {
      if (node.nodeType !== 1 || data.tagName === 'body' || !data.allowedTags[data.tagName] || FORBIDDEN_TAGS.has(data.tagName)) return;
      if ((node as Element).hasAttribute('is')) replaceWithPlainElement(node as Element);
    });
    purifier.addHook('uponSanitizeAttribute', (_node, data) => {
      if (!URL_ATTRIBUTES.has(data.attrName)) return;
      if (data.attrName === 'srcset') {
        data.attrValue = safeSrcset(data.attrValue);
        data.keepAttr = data.attrValue !== '';
      } else if (!isSafeUrl(data.attrValue)) {
        data.keepAttr = false;
      }
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A') {
        // Links open outside the reader and never hand it `window.opener`.
        if (!(node.getAttribute('href') ?? '').startsWith('#')) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        } else {
          node.removeAttribute('target');
        }
      }
    });
    purifiers.set(view, purifier);
  }
  return purifier;
}

/** Sanitized HTML for article content. */
export function sanitizeArticleHtml(html: string, view: Window & typeof globalThis = findWindow()): string {
  const purifier = purifierFor(view);
  if (!purifier.isSupported) throw new Error('This DOM implementation cannot run DOMPurify.');
  return purifier.sanitize(html, ARTICLE_HTML_CONFIG);
}

/** Sanitized content as a detached fragment, for steps that read the cleaned DOM (text, links). */
export function sanitizeArticleFragment(html: string, view: Window & typeof globalThis = findWindow()): DocumentFragment {
  const purifier = purifierFor(view);
  if (!purifier.isSupported) throw new Error('This DOM implementation cannot run DOMPurify.');
  return purifier.sanitize(html, { ...ARTICLE_HTML_CONFIG, RETURN_DOM_FRAGMENT: true });
}
