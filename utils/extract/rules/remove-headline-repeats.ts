import type { CleanupRule, HeadlineInfo } from '../types';
import { collapseWhitespace, comparableText, comparableTokens, tokenSimilarity } from '../text';
import { removeAllAndRecord } from './block-signals';

/** Blocks that can repeat a headline: headings, a first paragraph or bold lead line, captions. */
const REPEAT_TAGS = 'h1, h2, h3, p, figcaption, div, span, strong, b, blockquote';
const BLOCK_INSIDE = 'p, div, ul, ol, table, blockquote, section, article, h1, h2, h3, h4, h5, h6, pre';
/** A near repeat changes a word or two; it shares this much wording with the headline... */
const MIN_SIMILARITY = 0.85;
/** ...and is barely longer: a paragraph that starts with the headline and goes on is prose. */
const MAX_EXTRA_WORDS = 2;
/** Below this many words only an exact repeat counts: short texts share words by chance. */
const MIN_NEAR_WORDS = 4;

export function isHeadlineRepeat(text: string, targets: readonly string[]): boolean {
  const words = comparableTokens(text).length;
  if (words === 0) return false;
  return targets.some((target) => {
    if (comparableText(target) === comparableText(text)) return true;
    const targetWords = comparableTokens(target).length;
    return targetWords >= MIN_NEAR_WORDS && words <= targetWords + MAX_EXTRA_WORDS && tokenSimilarity(text, target) >= MIN_SIMILARITY;
  });
}

function repeatTargets(headline: HeadlineInfo): string[] {
  return [headline.headline, ...headline.alternateHeadlines, headline.subtitle ?? ''].filter((t) => comparableText(t) !== '');
}

/** The outermost element whose text is just this element's text (a `<p>` around a `<strong>` lead line). */
function outermostWithSameText(el: Element, root: Element): Element {
  let current = el;
  const text = collapseWhitespace(el.textContent ?? '');
  const holdsMedia = (el: Element): boolean => el.querySelector('img, picture, video, iframe') !== null;
  while (current.parentElement && current.parentElement !== root && !holdsMedia(current.parentElement) && collapseWhitespace(current.parentElement.textContent ?? '') === text) {
    current = current.parentElement;
  }
  return current;
}

/**
 * Every repetition, in Readability's content, of the headline, its alternates or its subtitle, which the
 * reader sees once in the header: a first paragraph or bold lead line, an `h1`/`h2`, a caption. A block
 * that starts with the headline and goes on, or a distinct second headline, stays. A figure loses only
 * its caption, never its image.
 */
export const removeHeadlineRepeats: CleanupRule = {
  name: 'headline-repeat',
  removeFrom(root, context) {
    const targets = repeatTargets(context.headline);
    if (targets.length === 0) return [];
    const repeats = Array.from(root.querySelectorAll(REPEAT_TAGS))
      .filter((el) => el.querySelector(BLOCK_INSIDE) === null && el.querySelector('img, picture, video, iframe') === null)
      .filter((el) => isHeadlineRepeat(collapseWhitespace(el.textContent ?? ''), targets))
      .map((el) => outermostWithSameText(el, root));
    return removeAllAndRecord(root, repeats, 'headline-repeat');
  },
};
