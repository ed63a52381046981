import type { CleanupRule } from '../types';
import { collapseWhitespace, countWords, isBlockElement } from '../text';
import { linkDensity, removeAllAndRecord } from './block-signals';

/** A card names someone and lists their latest stories: a picture and at least two links. */
const MIN_CARD_LINKS = 2;
/** All of a card is links: name, headlines, "More". */
const MIN_CARD_LINK_DENSITY = 0.9;
/** A card is hidden in a sentence: the paragraph around it says something of its own. */
const MIN_PROSE_WORDS = 8;

/** The smallest element around `img` that holds two links, widened to the wrappers that add no text of their own. */
function cardAround(img: Element, paragraph: Element): Element | null {
  let card: Element | null = img.parentElement;
  while (card && card !== paragraph && card.querySelectorAll('a[href]').length < MIN_CARD_LINKS) card = card.parentElement;
  if (!card || card === paragraph) return null;
  const text = collapseWhitespace(card.textContent ?? '');
  while (card.parentElement && card.parentElement !== paragraph && collapseWhitespace(card.parentElement.textContent ?? '') === text) card = card.parentElement;
  return card;
}

/** Whether `card` and every element between it and `paragraph` flow inline with the sentence (spans, not blocks). */
function isInline(card: Element, paragraph: Element): boolean {
  for (let el: Element | null = card; el && el !== paragraph; el = el.parentElement) if (isBlockElement(el)) return false;
  return true;
}

/**
 * Hover cards left in the prose: a person's or a company's card (picture, name, their latest headlines, "More")
 * that the page shows on hover, written inside the sentence that names them ("Rep. Jane Doe[card] said..."):
 * Readability keeps it as part of the paragraph. An inline picture with its own text, or one link, is not a card.
 */
export const removeHoverCards: CleanupRule = {
  name: 'hover-card',
  removeFrom(root) {
    const cards = new Set<Element>();
    for (const img of Array.from(root.querySelectorAll('p img'))) {
      const paragraph = img.closest('p')!;
      const card = cardAround(img, paragraph);
      if (!card || cards.has(card) || !isInline(card, paragraph)) continue;
      const cardWords = countWords(card.textContent ?? '');
      if (cardWords === 0 || linkDensity(card) < MIN_CARD_LINK_DENSITY) continue;
      if (countWords(paragraph.textContent ?? '') - cardWords < MIN_PROSE_WORDS) continue;
      cards.add(card);
    }
    return removeAllAndRecord(root, cards, 'hover-card');
  },
};
