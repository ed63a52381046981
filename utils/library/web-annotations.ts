/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one JSON-LD AnnotationCollection
 * that annotation tools and stores can read. A note is a commenting TextualBody, each tag a tagging one, and the
 * colour, which the model has no property for, a tagging body `colour:<name>`.
 */
import type { Highlight } from '../highlights/types';
import { inertContainer } from '../dom';
import { openLibrary } from './db';
import type { SavedArticle } from './schema';
import { trustedArticleHtml } from './sanitized-html';
import { isCard, isHighlight, isSavedArticle } from './validate';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type the Web Annotation Protocol gives this serialization. */
export const WEB_ANNOTATION_MIME = `application/ld+json; profile="${WEB_ANNOTATION_CONTEXT}"`;

export interface AnnotatedHighlight {
  highlight: Highlight;
  canonicalUrl: string;
  /**
   * Not written: the model names a target's source by its address only (anno.jsonld has no title term), and the
   * address is what annotation tools match pages by.
   */
  headline: string;
  /**
   * The article body's text the highlight's offsets count in (types.ts). Positions are written only when it is
   * given and holds the quote at those offsets: the model counts code points, we store UTF-16 units, and only the
   * text before a highlight says how many of those were halves of one character.
   */
  bodyText?: string;
}

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

type Selector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } | { type: 'TextPositionSelector'; start: number; end: number };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  generated: string;
  body: TextualBody[];
  target: { source: string; selector: Selector[] };
}

export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for the highlight: `urn:uuid:` for the UUIDs highlights are given, a Clearpress URN for any other id. */
const annotationIri = (id: string): string => (UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:clearpress:highlight:${encodeURIComponent(id)}`);

/** Characters (code points) in `text`: a surrogate pair counts once. */
const codePoints = (text: string): number => text.length - (text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0);

/** The position in code points, when `bodyText` confirms where the quote is. */
function positionSelector({ target }: Highlight, bodyText: string | undefined): Selector[] {
  const { start, end } = target.position;
  if (bodyText === undefined || bodyText.slice(start, end) !== target.quote.exact) return [];
  const from = codePoints(bodyText.slice(0, start));
  return [{ type: 'TextPositionSelector', start: from, end: from + codePoints(target.quote.exact) }];
}

function annotationOf({ highlight, canonicalUrl, bodyText }: AnnotatedHighlight, exportedAt: string): WebAnnotation {
  const { quote } = highlight.target;
  const body: TextualBody[] = [];
  if (highlight.note) body.push({ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  body.push({ type: 'TextualBody', value: `colour:${highlight.color}`, purpose: 'tagging' });
  return {
    id: annotationIri(highlight.id),
    type: 'Annotation',
    motivation: highlight.note ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    generated: exportedAt,
    body,
    target: {
      source: canonicalUrl,
      selector: [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }, ...positionSelector(highlight, bodyText)],
    },
  };
}

/** The highlights, in the order given, as one AnnotationCollection of one page. */
export function highlightsToWebAnnotations(entries: readonly AnnotatedHighlight[], exportedAt: string): WebAnnotationCollection {
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Clearpress highlights',
    total: entries.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: entries.map((entry) => annotationOf(entry, exportedAt)) },
  };
}

/** The body's text as the reader counts it: every text node of the sanitized body; without a DOM, the stored text. */
function bodyTextOf(record: SavedArticle, view: (Window & typeof globalThis) | undefined): string {
  if (!view) return record.article.textContent;
  return inertContainer(trustedArticleHtml(record.article.contentHtml, record.htmlMark, view), view).textContent ?? '';
}

/** Every highlight of the library, oldest first, as a Web Annotation file. */
export async function exportHighlightsJsonLd({ now = new Date(), view = typeof window === 'undefined' ? undefined : window }: { now?: Date; view?: Window & typeof globalThis } = {}): Promise<Blob> {
  const db = await openLibrary();
  const highlights = (await db.getAll('highlights')).filter(isHighlight).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const ids = [...new Set(highlights.map((highlight) => highlight.articleId))];
  const tx = db.transaction(['cards', 'articles']);
  const [cards, records] = await Promise.all([Promise.all(ids.map((id) => tx.objectStore('cards').get(id))), Promise.all(ids.map((id) => tx.objectStore('articles').get(id)))]);
  const articles = new Map<string, { canonicalUrl: string; headline: string; bodyText?: string }>();
  ids.forEach((id, i) => {
    const card: unknown = cards[i];
    const record: unknown = records[i];
    if (isCard(card)) articles.set(id, { canonicalUrl: card.canonicalUrl, headline: card.headline, ...(isSavedArticle(record) ? { bodyText: bodyTextOf(record, view) } : {}) });
  });
  const entries: AnnotatedHighlight[] = [];
  for (const highlight of highlights) {
    const article = articles.get(highlight.articleId);
    if (article) entries.push({ highlight, ...article });
  }
  return new Blob([JSON.stringify(highlightsToWebAnnotations(entries, now.toISOString()), null, 2)], { type: WEB_ANNOTATION_MIME });
}
