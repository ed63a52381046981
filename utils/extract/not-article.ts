import { isProbablyReaderable } from '@mozilla/readability';
import type { PageFacts, Source } from './types';
import { elementsByTag, jsonLdScripts } from './page-queries';
import { countWords } from './text';

/** Below this many words there is nothing to read, whatever the page says it is. */
export const MIN_ARTICLE_WORDS = 25;
/** A text that cites notes it defines carries more than its sentences: a short note with its references is still one. */
export const MIN_CITING_ARTICLE_WORDS = 10;
/** A page that neither reads like an article nor declares itself one needs this many words of prose. */
export const MIN_UNDECLARED_ARTICLE_WORDS = 300;
/** Blocks of prose a page needs when Readability's readerable check (which counts only `<p>`s) says no. */
export const MIN_PROSE_BLOCKS = 4;
const MIN_PROSE_BLOCK_WORDS = 25;
/** Content that is mostly link text is a list of teasers (a section front), not an article. */
export const MAX_ARTICLE_LINK_DENSITY = 0.5;

const ARTICLE_TYPES = /^(?:\w+:)?(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

/** The page declares itself an article: `og:type=article`, an article publish time, or a schema.org Article. */
export function declaresArticle(doc: Document): boolean {
  const metas = elementsByTag(doc, 'meta');
  const ogType = metas.find((meta) => meta.getAttribute('property') === 'og:type');
  if (/^article$/i.test(ogType?.getAttribute('content')?.trim() ?? '')) return true;
  if (metas.some((meta) => meta.getAttribute('property') === 'article:published_time')) return true;
  if (Array.from(doc.querySelectorAll('[itemtype]')).some((el) => /Article|BlogPosting/.test(el.getAttribute('itemtype') ?? ''))) return true;
  return jsonLdScripts(doc, false).some((script) => declaredTypes(script.textContent ?? '').some((name) => ARTICLE_TYPES.test(name)));
}

/**
 * The `@type` names a JSON-LD text states, `"@type": "X"` or `"@type": ["X", "Y"]`, read without parsing it.
 * What `/"@type"\s*:\s*(?:"([^"]+)"|\[([^\]]*)\])/g` finds, but the `]` closing an array is looked up once for
 * all the arrays before it: the pattern rescanned the rest of the text from each `"@type": [` never closed (quadratic).
 */
export function declaredTypes(json: string): string[] {
  const names: string[] = [];
  const head = /"@type"\s*:\s*/g;
  // The first "]" after the last array's "[" (-1: there is none), kept while it is still ahead.
  let closing = -2;
  for (let m = head.exec(json); m; m = head.exec(json)) {
    const at = m.index + m[0].length;
    if (json[at] === '"') {
      const end = json.indexOf('"', at + 1);
      if (end > at + 1) {
        names.push(json.slice(at + 1, end));
        head.lastIndex = end + 1;
        continue;
      }
    } else if (json[at] === '[') {
      if (closing !== -1 && closing <= at) closing = json.indexOf(']', at + 1);
      if (closing >= 0) {
        names.push(...json.slice(at + 1, closing).split(',').map((name) => name.trim().replace(/^"|"$/g, '')));
        head.lastIndex = closing + 1;
        continue;
      }
    }
    head.lastIndex = m.index + 1;
  }
  return names;
}

/**
 * What the check needs of the page, read in the page stage (the finish stage has only the extraction).
 * `content`: Readability's, cleaned; `sources`: what the sources step found, its markers in `content`.
 */
export function readPageFacts(doc: Document, content: Element, sources: readonly Source[]): PageFacts {
  const declared = declaresArticle(doc);
  // The sources step put a marker wherever the text cites a note; only a note the page defines shows a text citing its sources.
  const defined = new Set(sources.filter((source) => !source.missing).map((source) => source.id));
  const citesNotes = Array.from(content.querySelectorAll('[data-source-id]')).some((marker) => defined.has(marker.getAttribute('data-source-id') ?? ''));
  // Readability's check walks every paragraph: asked only when the page says nothing about what it is.
  return { declaresArticle: declared, probablyReaderable: !declared && !citesNotes && isProbablyReaderable(doc), citesNotes };
}

/**
 * Whether the extracted text is an article. Readability finds *something* on any page; section fronts,
 * search results and landing pages are told apart by Readability's own readerable check, the page's
 * declaration of itself, whether its text cites notes it defines, and how much of the content is links.
 */
export function looksLikeArticle(page: PageFacts, textContent: string, contentLinkDensity: number): boolean {
  const words = countWords(textContent);
  if (words < (page.citesNotes ? MIN_CITING_ARTICLE_WORDS : MIN_ARTICLE_WORDS) || contentLinkDensity > MAX_ARTICLE_LINK_DENSITY) return false;
  // A short text with its own reference list (a note, a paper's abstract) is written to be read, not a section front.
  if (page.declaresArticle || page.citesNotes) return true;
  return page.probablyReaderable || words >= MIN_UNDECLARED_ARTICLE_WORDS || proseBlocks(textContent) >= MIN_PROSE_BLOCKS;
}

/** Lines of the extracted text that read as prose: long enough and ending like a sentence (div-soup pages have no `<p>`). */
function proseBlocks(textContent: string): number {
  return textContent.split('\n').filter((line) => /[.!?…"”»)\]]$/u.test(line) && countWords(line) >= MIN_PROSE_BLOCK_WORDS).length;
}
