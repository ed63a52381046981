import type { CleanupRule, HeadlineInfo } from '../types';
import { collapseWhitespace, comparableTokens, countWords, tokenListSimilarity } from '../text';
import { hasTextExactly, holdersOf, removeAllAndRecord } from './block-signals';

/** Blocks that can repeat a headline: headings, a first paragraph or bold lead line, captions. */
const REPEAT_TAGS = 'h1, h2, h3, p, figcaption, div, span, strong, b, blockquote';
const BLOCK_INSIDE = 'p, div, ul, ol, table, blockquote, section, article, h1, h2, h3, h4, h5, h6, pre';
const MEDIA = 'img, picture, video, iframe';
/** A near repeat changes a word or two; it shares this much wording with the headline... */
const MIN_SIMILARITY = 0.85;
/** ...and is barely longer: a paragraph that starts with the headline and goes on is prose. */
const MAX_EXTRA_WORDS = 2;
/** Below this many words only an exact repeat counts: short texts share words by chance. */
const MIN_NEAR_WORDS = 4;
/**
 * A dek is a sentence or two; a "subtitle" this long is the article's own first paragraph that the site
 * also used as its description, and the body keeps it.
 */
const MAX_DEK_WORDS = 25;
/** A subtitle repeat after this much prose is a sentence of the body that the description quoted. */
const MAX_PROSE_BEFORE_DEK = 20;

/**
 * A test for repeats of `targets`, which are made comparable once: the rule asks it of every block of the
 * content. An exact repeat has the same comparable words; a near one is barely longer and shares most words.
 */
export function headlineRepeatTest(targets: readonly string[]): (text: string) => boolean {
  const prepared = targets.map((target) => {
    const tokens = comparableTokens(target);
    return { tokens, text: tokens.join(' ') };
  });
  return (text) => {
    const tokens = comparableTokens(text);
    if (tokens.length === 0) return false;
    const joined = tokens.join(' ');
    return prepared.some(
      (target) =>
        target.text === joined ||
        (target.tokens.length >= MIN_NEAR_WORDS && tokens.length <= target.tokens.length + MAX_EXTRA_WORDS && tokenListSimilarity(tokens, target.tokens) >= MIN_SIMILARITY),
    );
  };
}

export function isHeadlineRepeat(text: string, targets: readonly string[]): boolean {
  return headlineRepeatTest(targets)(text);
}

function headlineTargets(headline: HeadlineInfo): string[] {
  return [headline.headline, ...headline.alternateHeadlines].filter((t) => comparableTokens(t).length > 0);
}

/** Words of prose in the paragraphs that come before `el` in the content (counted up to `limit`). */
function proseWordsBefore(el: Element, root: Element, limit: number): number {
  let words = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (p === el || p.contains(el)) continue;
    if (!(el.compareDocumentPosition(p) & 2 /* DOCUMENT_POSITION_PRECEDING */)) break;
    words += countWords(p.textContent ?? '');
    if (words > limit) break;
  }
  return words;
}

/** A repeat of the subtitle is removed only where it stands as the dek: a short line ahead of the body's prose. */
function isDekRepeat(el: Element, subtitle: string, root: Element): boolean {
  if (!/^H[1-6]$/.test(el.tagName) && countWords(subtitle) >= MAX_DEK_WORDS) return false;
  return proseWordsBefore(el, root, MAX_PROSE_BEFORE_DEK) <= MAX_PROSE_BEFORE_DEK;
}

/** The outermost element whose text is just this element's text (a `<p>` around a `<strong>` lead line). */
function outermostWithSameText(el: Element, root: Element): Element {
  let current = el;
  const text = collapseWhitespace(el.textContent ?? '');
  const holdsMedia = (el: Element): boolean => el.querySelector(MEDIA) !== null;
  while (current.parentElement && current.parentElement !== root && hasTextExactly(current.parentElement, text) && !holdsMedia(current.parentElement)) {
    current = current.parentElement;
  }
  return current;
}

/**
 * Every repetition, in Readability's content, of the headline, its alternates or its subtitle, which the
 * reader sees once in the header: a first paragraph or bold lead line, an `h1`/`h2`, a caption. A block
 * that starts with the headline and goes on, or a distinct second headline, stays. A figure loses only
 * its caption, never its image. A subtitle that is really the first paragraph (long) or a sentence of the
 * body (after its prose) stays in the body.
 */
export const removeHeadlineRepeats: CleanupRule = {
  name: 'headline-repeat',
  removeFrom(root, context) {
    const targets = headlineTargets(context.headline);
    const subtitle = context.headline.subtitle ?? '';
    if (targets.length === 0 && comparableTokens(subtitle).length === 0) return [];
    const repeatsHeadline = headlineRepeatTest(targets);
    const repeatsSubtitle = headlineRepeatTest(subtitle === '' ? [] : [subtitle]);
    const holdsBlockOrMedia = holdersOf(root, `${BLOCK_INSIDE}, ${MEDIA}`);
    const repeats = Array.from(root.querySelectorAll(REPEAT_TAGS))
      .filter((el) => !holdsBlockOrMedia.has(el))
      .map((el) => ({ el, text: collapseWhitespace(el.textContent ?? '') }))
      .filter(({ el, text }) => repeatsHeadline(text) || (repeatsSubtitle(text) && isDekRepeat(outermostWithSameText(el, root), subtitle, root)))
      .map(({ el }) => outermostWithSameText(el, root));
    return removeAllAndRecord(root, repeats, 'headline-repeat');
  },
};
