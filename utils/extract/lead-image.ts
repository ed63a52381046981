/**
 * What stood between the headline and the body, read in the page. News pages put the lead picture under the
 * headline, between the article's header and its body container; Readability keeps the body container and
 * loses the picture, a sibling before it. Before Readability rearranges the copy, `readLeadImages` notes the
 * lines and pictures that follow the headline; the finish stage finds the line the
 * content starts with among them and judges the pictures before it (add-lead-image.ts), outside the page: the
 * injected script stays small.
 */
import type { LeadImageCandidates, LeadPicture } from './types';
import { isNearDuplicate, visibleH1s } from './headline';
import { elementsWithItemprop } from './page-queries';
import { collapseWhitespace, comparableText, isBlockElement, PROSE_SKIPPED_TAGS } from './text';
import { MARKED_ARTICLE } from './large-page';
import { serializeChildren } from '../dom';

/** The most lines between the headline and the body: a kicker, the byline, dates, a share bar, a caption. */
const MAX_LINES_BEFORE_BODY = 30;

/**
 * Reads lines in reading order, block by block as `blockText` splits them, up to `limit`; calls `onPicture` for
 * each picture among them (a figure, picture, img or video), whose inside it skips.
 */
export function readingOrder(limit: number, onPicture: (el: Element, linesBefore: number) => void) {
  const lines: string[] = [];
  let pending = '';
  const flush = (): void => {
    const line = comparableText(pending);
    pending = '';
    if (line && lines.length < limit) lines.push(line);
  };
  const visit = (node: Node): void => {
    if (lines.length >= limit) return;
    if (node.nodeType === 3) pending += (node as Text).data;
    if (node.nodeType !== 1 || PROSE_SKIPPED_TAGS.has((node as Element).tagName)) return;
    const el = node as Element;
    if (el.matches('figure, picture, img, video')) {
      flush();
      onPicture(el, lines.length);
      return;
    }
    const block = isBlockElement(el);
    if (block) flush();
    el.childNodes.forEach(visit);
    if (block) flush();
  };
  return { lines, visit, flush };
}

/** The element showing the headline: an h1 or an `itemprop=headline` with its wording (one in an article container first), else the page's only h1. */
function headlineElement(doc: Document, headline: string): Element | null {
  const h1s = visibleH1s(doc);
  const holding = [...h1s, ...elementsWithItemprop(doc, 'headline')].filter((el) => isNearDuplicate(collapseWhitespace(el.textContent ?? ''), headline));
  return holding.find((el) => el.closest(MARKED_ARTICLE)) ?? holding[0] ?? (h1s.length === 1 ? h1s[0]! : null);
}

/**
 * Reads, before Readability rearranges `doc` (the pre-cleaned copy), the lines that follow the headline in its
 * article container (else in the page) and the pictures among them, each with what it sits in; for a headline
 * in no article container, also the picture the page's metadata (`metaValues`) names. Null when no element
 * shows the headline.
 */
export function readLeadImages(doc: Document, headline: string, metaValues: Map<string, string[]>): LeadImageCandidates | null {
  const heading = headlineElement(doc, headline);
  if (!heading) return null;
  const marked = heading.closest(MARKED_ARTICLE);
  const container = marked ?? doc.body;
  const pictures: LeadPicture[] = [];
  const order = readingOrder(MAX_LINES_BEFORE_BODY, (el, linesBefore) => {
    const img = el.querySelector('img') ?? el;
    const wrappers: (string | null)[] = [];
    for (let at: Element | null = img; at && !at.contains(heading); at = at.parentElement) wrappers.push(at.localName, at.getAttribute('role'), at.getAttribute('class'), at.id);
    const holder = doc.createElement('div');
    holder.append(el.cloneNode(true));
    pictures.push({ linesBefore, html: serializeChildren(holder), wrappers: wrappers.filter(Boolean).join(' '), link: img.closest('a[href]')?.getAttribute('href') ?? null });
  });
  for (let from: Element = heading; from !== container && from.parentElement; from = from.parentElement) {
    for (let sibling = from.nextSibling; sibling; sibling = sibling.nextSibling) order.visit(sibling);
    order.flush();
  }
  const namedImages = marked ? null : ['og:image', 'twitter:image'].flatMap((key) => metaValues.get(key) ?? []);
  return { lines: order.lines, pictures, namedImages };
}
