import { elementsByTag } from './page-queries';
import { joinSrcset, parseSrcset } from './srcset';

/** Makes links and images absolute against the page address, so saved articles still work elsewhere. */
export function makeLinksAbsolute(root: ParentNode, pageUrl: string | null): void {
  if (!pageUrl) return;
  const absolute = (value: string): string | null => {
    if (value.startsWith('#')) return value;
    try {
      return new URL(value, pageUrl).href;
    } catch {
      return null;
    }
  };
  for (const el of Array.from(root.querySelectorAll('a[href]'))) {
    const href = absolute(el.getAttribute('href') ?? '');
    if (href === null) el.removeAttribute('href');
    else el.setAttribute('href', href);
  }
  for (const el of Array.from(root.querySelectorAll('img[src], source[src], video[src], audio[src]'))) {
    const src = absolute(el.getAttribute('src') ?? '');
    if (src === null) el.removeAttribute('src');
    else el.setAttribute('src', src);
  }
  for (const el of Array.from(root.querySelectorAll('img[srcset], source[srcset]'))) {
    const candidates = parseSrcset(el.getAttribute('srcset') ?? '').flatMap(({ address, descriptor }) => {
      const resolved = absolute(address);
      return resolved ? [{ address: resolved, descriptor }] : [];
    });
    const srcset = joinSrcset(candidates);
    el.setAttribute('srcset', srcset);
  }
}

/**
 * Removes a `<base>` that points to another site: relative links and images would otherwise resolve
 * there (a hostile page can send a saved article's images to any host). Mutates `doc`: pass the clone.
 */
export function removeForeignBase(doc: Document, pageUrl: string | null): void {
  // Every <base>, not only base[href]: jsdom resolves links against `<base xlink:href>` and throws doing so.
  for (const base of elementsByTag(doc, 'base')) {
    let foreign = true;
    try {
      const href = base.getAttribute('href');
      foreign = !pageUrl || href === null || new URL(href, pageUrl).origin !== new URL(pageUrl).origin;
    } catch {
      foreign = true;
    }
    if (foreign) base.remove();
  }
}

/**
 * The page's web address: its location when it has one (in a browser), else its canonical or `og:url`
 * link (a saved file opened in Node is at about:blank or file:, where relative links mean nothing).
 */
export function pageUrlOf(doc: Document): string | null {
  const candidates = [
    doc.location?.href,
    elementsByTag(doc, 'link').find((link) => link.getAttribute('rel') === 'canonical')?.getAttribute('href'),
    elementsByTag(doc, 'meta').find((meta) => meta.getAttribute('property') === 'og:url')?.getAttribute('content'),
  ];
  for (const candidate of candidates) if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  return null;
}

/** The fragment a link points to on this same page (`#notes`, or the page's own address with one), or null for links to other pages. */
export function samePageFragment(anchor: Element, pageUrl: string | null): string | null {
  const href = anchor.getAttribute('href') ?? '';
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return null;
  if (hash > 0) {
    if (!pageUrl) return null;
    try {
      const target = new URL(href, pageUrl);
      const page = new URL(pageUrl);
      if (target.origin !== page.origin || target.pathname !== page.pathname) return null;
    } catch {
      return null;
    }
  }
  try {
    return decodeURIComponent(href.slice(hash + 1));
  } catch {
    return href.slice(hash + 1);
  }
}

/** `value` read as the browser would against `base`, when that is a web address (http or https); else null. */
export function webAddress(value: string, base?: string | URL): URL | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** The site a web address belongs to, as readers name it: its host without a leading `www.`. */
export function siteHost(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}
