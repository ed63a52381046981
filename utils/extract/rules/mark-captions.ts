import type { CleanupRule } from '../types';
import { caseInsensitivePattern, CREDIT_AGENCIES, CREDIT_PREFIXES } from '../phrases';
import { collapseWhitespace, comparableText } from '../text';
import { hasTextExactly, isPageLevel, standaloneLines, wordsInUpTo } from './block-signals';

/** A caption describes one picture; a longer block is prose that sits next to one. */
const MAX_CAPTION_WORDS = 60;
const MEDIA = 'img, picture, video, iframe, svg';
/** Class or id words of caption and credit blocks: "wp-caption-text", "image-caption", "newsCaption", "photo-credit". */
const CAPTION_NAME = /caption|(?:^|[\s_-])(?:photo|image|img|media)?-?credits?(?:$|[\s_-])|(?:photo|image)credit/;
/** The end of a caption that ends with its credit: "(AP Photo/David Zalubowski)", "(Image: Getty)", "(credit: NASA)". */
const CREDIT_TAIL = caseInsensitivePattern(`^\\((?:(?:${CREDIT_PREFIXES.join('|')})s?\\s*(?:[:/|©]|by\\b)|(?:${CREDIT_AGENCIES.join('|')})\\b)[^()]{0,100}\\)\\.?$`);

/**
 * A line of at least nine characters before its closing credit. The credit holds no parenthesis, so only the
 * last "(" can open it: testing from there keeps the check linear (an unanchored pattern was quadratic).
 */
function endsWithCredit(text: string): boolean {
  const open = text.lastIndexOf('(');
  return open >= 9 && CREDIT_TAIL.test(text.slice(open));
}

function holdsMedia(el: Element): boolean {
  return el.querySelector(MEDIA) !== null;
}

/** The outermost element around `el` with the same text and no picture: the whole caption block. */
function captionBlock(el: Element, root: Element): Element {
  const text = collapseWhitespace(el.textContent ?? '');
  let block = el;
  while (block.parentElement && block.parentElement !== root && !isPageLevel(block.parentElement) && hasTextExactly(block.parentElement, text) && !holdsMedia(block.parentElement)) {
    block = block.parentElement;
  }
  return block;
}

/** Alt texts of the pictures right before or after a line, where a caption repeats its image's description. */
function neighbourAlts(el: Element): string[] {
  const alts: string[] = [];
  for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
    if (!sibling) continue;
    const images = sibling.matches('img') ? [sibling] : hasTextExactly(sibling, '') ? Array.from(sibling.querySelectorAll('img')) : [];
    for (const img of images) alts.push(comparableText(img.getAttribute('alt') ?? ''));
  }
  return alts.filter(Boolean);
}

/** Caption blocks of the content that are not `<figcaption>`s: named as captions, inside a `<figure>`, repeating a picture's alt text, or ending in a credit. */
export function findLooseCaptions(root: Element): Element[] {
  const found = new Set<Element>();
  const consider = (el: Element): void => {
    if (el.closest('figcaption, blockquote, table, li') || holdsMedia(el)) return;
    const words = wordsInUpTo(el, MAX_CAPTION_WORDS);
    if (words > 0 && words <= MAX_CAPTION_WORDS) found.add(captionBlock(el, root));
  };
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!isPageLevel(el) && CAPTION_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase())) consider(el);
  }
  for (const line of standaloneLines(root)) {
    const text = collapseWhitespace(line.textContent ?? '');
    if (line.closest('figure') || endsWithCredit(text) || neighbourAlts(captionBlock(line, root)).includes(comparableText(text))) consider(line);
  }
  // A short line alone beside a picture is a caption on news sites but a feature card or the first paragraph
  // on others (Readability's test pages lost text to it), so it takes a caption's name, figure or credit.
  // The outermost of nested finds is the caption.
  return Array.from(found).filter((el) => !Array.from(found).some((other) => other !== el && other.contains(el)));
}

/**
 * Captions outside `<figcaption>` ("wp-caption-text" paragraphs, a credit line under a picture) become
 * `<figcaption>`s: the reader still sees them under their picture, and the article's prose (textContent)
 * leaves them out as it leaves out every figure caption. Nothing is removed, so nothing is recorded.
 */
export function markLooseCaptions(root: Element): void {
  for (const el of findLooseCaptions(root)) {
    if (el.tagName === 'FIGCAPTION') continue;
    const caption = el.ownerDocument.createElement('figcaption');
    caption.append(...Array.from(el.childNodes));
    el.replaceWith(caption);
  }
}

export const markCaptions: CleanupRule = {
  name: 'caption',
  removeFrom(root) {
    markLooseCaptions(root);
    return [];
  },
};
