/**
 * "Restore": puts a block the cleanup removed back into the article's body, where it stood in the page, marked
 * `data-restored` so the reader view can show it subtly as restored. Pure over an Article: the popup and the
 * reader view both call it and hand the new article on (reader view, Save).
 */
import type { Article, Removal } from './extract/types';
import { sanitizeArticleHtml } from './extract/sanitize';
import { findWindow } from './extract/clobbering';
import { blockText, collapseWhitespace, countWords, PROSE_SKIPPED_TAGS, readingMinutesOf } from './extract/text';
import { htmlToContainer, serializeChildren } from './dom';
import { t } from './i18n';

/** The block that holds an anchor's text: the restored block goes right after (or before) it. */
const ANCHOR_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, figure, table, pre, figcaption';
/** Shorter anchors are tried when the whole one is not found (the page's text was cut differently there). */
const SHORT_ANCHOR = 25;


function findText(body: Element, anchor: string, fromEnd: boolean): Text | null {
  const walker = body.ownerDocument.createTreeWalker(body, 4);
  const tries = [anchor, fromEnd ? anchor.slice(-SHORT_ANCHOR) : anchor.slice(0, SHORT_ANCHOR)];
  for (const wanted of tries) {
    if (wanted.trim().length < 8) continue;
    walker.currentNode = body;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (collapseWhitespace(node.nodeValue ?? '').includes(wanted.trim())) return node as Text;
    }
  }
  return null;
}

function blockAround(node: Text, body: Element): ChildNode {
  const nearest = node.parentElement?.closest(ANCHOR_BLOCKS);
  // A caption's picture stays with it: a block restored next to the caption goes around the whole figure.
  const block = nearest?.tagName === 'FIGCAPTION' ? (nearest.closest('figure') ?? nearest) : nearest;
  return block && block !== body && body.contains(block) ? block : node;
}

/** The removed block as elements: its sanitized HTML, else its text as paragraphs; never hidden. */
function restoredBlock(doc: Document, removal: Removal, view: Window & typeof globalThis): HTMLElement {
  const block = doc.createElement('div');
  block.setAttribute('data-restored', removal.rule);
  if (removal.html) block.append(...Array.from(htmlToContainer(doc, sanitizeArticleHtml(removal.html, view)).childNodes));
  else
    for (const line of removal.text.split('\n')) {
      const p = doc.createElement('p');
      p.textContent = line;
      block.append(p);
    }
  // It was removed for being hidden, perhaps: restored, it is shown.
  for (const el of [block, ...Array.from(block.querySelectorAll('[hidden], [aria-hidden]'))]) {
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
  }
  return block;
}

/** `article` with removal `index` back in its body (once); text, word count and reading time follow. */
export function restoreRemoval(article: Article, index: number, view: Window & typeof globalThis = findWindow()): Article {
  const removal = article.removed[index];
  if (!removal || removal.restored) return article;
  // An inert document: nothing parsed here loads or runs.
  const doc = view.document.implementation.createHTMLDocument('');
  // Sanitized before parsing too: the article may come from a page script or a stored record.
  const body = htmlToContainer(doc, sanitizeArticleHtml(article.contentHtml, view));
  const block = restoredBlock(doc, removal, view);

  const after = removal.place?.after ? findText(body, removal.place.after, true) : null;
  const before = !after && removal.place?.before ? findText(body, removal.place.before, false) : null;
  if (after) blockAround(after, body).after(block);
  else if (before) blockAround(before, body).before(block);
  else body.append(block);
  const textContent = blockText(body, { skipTags: PROSE_SKIPPED_TAGS });
  if (!after && !before) {
    const note = doc.createElement('p');
    note.setAttribute('data-restored-note', '');
    note.textContent = t('restore.atEndNote');
    block.prepend(note);
  }

  const wordCount = countWords(textContent);
  return {
    ...article,
    contentHtml: sanitizeArticleHtml(serializeChildren(body), view),
    textContent,
    wordCount,
    readingMinutes: readingMinutesOf(textContent, wordCount),
    removed: article.removed.map((item, i) => (i === index ? { ...item, restored: true as const } : item)),
  };
}
