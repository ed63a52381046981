import type { CleanupRule } from '../types';
import { NEWSLETTER_PHRASES, anyPhrasePattern } from '../phrases';
import { elementsByTag } from '../page-queries';
import { classAndId, isPageLevel, labelTextNodes, removeAllAndRecord, wordsIn, wordsInUpTo } from './block-signals';

const NEWSLETTER_TEXT = anyPhrasePattern(NEWSLETTER_PHRASES);
const NEWSLETTER_NAME = /newsletter|subscri|signup|sign-up|optin|opt-in|mailing|paywall|piano|regwall/;
/** `input[type="email"], input[name*="mail" i], input[placeholder*="mail" i]`, tested without a selector query (page-queries.ts). */
const isEmailField = (input: Element): boolean =>
  input.getAttribute('type')?.toLowerCase() === 'email' || /mail/i.test(input.getAttribute('name') ?? '') || /mail/i.test(input.getAttribute('placeholder') ?? '');
/** A sign-up box is a short pitch; a longer block around it is the article. */
const MAX_BOX_WORDS = 90;
/** A paragraph this long that pitches nothing is the article's prose. */
const MIN_PROSE_WORDS = 20;
/** A short post holds a few such paragraphs; a sign-up box holds at most one (its pitch is the rest). */
const MAX_PROSE_PARAGRAPHS = 1;

/** Whether `el` holds the article's own prose: a short post around a sign-up form is still the post. */
function holdsProse(el: Element): boolean {
  const prose = elementsByTag(el, 'p').filter((p) => wordsIn(p) >= MIN_PROSE_WORDS && !NEWSLETTER_TEXT.test(p.textContent ?? ''));
  return prose.length > MAX_PROSE_PARAGRAPHS;
}

function isBox(el: Element): boolean {
  return !isPageLevel(el) && wordsInUpTo(el, MAX_BOX_WORDS) <= MAX_BOX_WORDS && !holdsProse(el);
}

/** The largest short block around `start`, so the box goes with its heading and pitch, never the article. */
function outermostBox(start: Element): Element | null {
  let box: Element | null = null;
  for (let el: Element | null = start; el && isBox(el); el = el.parentElement) box = el;
  return box;
}

/** Newsletter and subscription boxes: an email field or a sign-up pitch, in a short block. */
export const removeNewsletterBoxes: CleanupRule = {
  name: 'newsletter-box',
  removeFrom(root) {
    const boxes = new Set<Element>();
    for (const field of elementsByTag(root, 'input').filter(isEmailField)) {
      const box = outermostBox(field);
      if (box && NEWSLETTER_TEXT.test(box.textContent ?? '')) boxes.add(box);
    }
    for (const el of Array.from(root.querySelectorAll('div, section, aside, form'))) {
      if (NEWSLETTER_NAME.test(classAndId(el)) && isBox(el) && NEWSLETTER_TEXT.test(el.textContent ?? '')) boxes.add(el);
    }
    // Unnamed pitches with their own button: "Sign up for our weekly newsletter [Sign up]".
    for (const node of labelTextNodes(root, NEWSLETTER_TEXT, 160)) {
      // A "Subscribe" link in a menu is navigation, not a pitch.
      if (node.parentElement?.closest('a, nav, button, label')) continue;
      const box = node.parentElement && outermostBox(node.parentElement);
      if (box && box.querySelector('button, form, input') && wordsInUpTo(box, 40) <= 40) boxes.add(box);
    }
    return removeAllAndRecord(root, boxes, 'newsletter-box');
  },
};
