/** Page metadata beyond the headline: byline, site name, published time, language. Reads, never writes. */

export interface PageMetadata {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const lang = doc.documentElement.getAttribute('lang')?.trim() || metaContent(doc, 'og:locale')?.replace('_', '-') || null;
  return {
    byline: metaContent(doc, 'author', 'article:author'),
    siteName: metaContent(doc, 'og:site_name', 'application-name'),
    publishedTime: metaContent(doc, 'article:published_time', 'datePublished'),
    lang,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
}
