import type { CleanupRule } from '../types';
import { blockText, countWords } from '../text';
import { linkDensity, wordsInUpTo } from './block-signals';
import { isHiddenByAttributes } from './remove-hidden';

/** Fewer words are an icon's label or screen-reader text ("Opens in a new window"), never a panel worth opening. */
const MIN_PANEL_WORDS = 8;
/** What only a heading opens is prose: this many words, in sentences. */
const MIN_PROSE_WORDS = 15;
/** A toggle is a question or a label: a block before a panel with more words is content of its own. */
const MAX_TOGGLE_WORDS = 40;
/** Share of a panel's text in links above which it is a menu, not prose. */
const MAX_LINK_DENSITY = 0.4;
/** How much of a panel's opening (white space left out, about ten words) is looked for elsewhere on the page. */
const COPY_SAMPLE_CHARS = 60;

/** What a reader clicks to open a panel. */
const TOGGLE = 'button, [role="button"], [role="tab"], [aria-expanded]';
const MAIN = 'main, [role="main"]';
/** Hidden content here is the page's interface (menus, dialogs, drawers, forms), never the article's. */
const PAGE_INTERFACE = `nav, header, footer, aside, dialog, form, ${['dialog', 'alertdialog', 'navigation', 'menu', 'banner', 'contentinfo', 'complementary'].map((role) => `[role="${role}"]`)}`;
const SENTENCE_END = /[.!?…。]["'”’)\]]*(?:\s|$)/;

/** A visible block that is a toggle, or mostly one: a question with its button, an accordion's title. */
function isToggleBlock(el: Element | null): el is Element {
  if (!el || isHiddenByAttributes(el)) return false;
  const toggle = el.matches(TOGGLE) ? el : el.querySelector(TOGGLE);
  const words = wordsInUpTo(el, MAX_TOGGLE_WORDS);
  return toggle !== null && words <= MAX_TOGGLE_WORDS && wordsInUpTo(toggle, MAX_TOGGLE_WORDS) * 2 >= words;
}

/**
 * What opens `el` in place, or null: a toggle that names it (`aria-controls`, as in the WAI accordion pattern) within
 * its accordion item (a modal's opener is far, a button inside it only closes it), or one right before it or the
 * wrapper it fills (a tab names its panel the same way); `el` itself for a `<details>` body and `hidden="until-found"`,
 * which find-in-page reveals (https://html.spec.whatwg.org/#the-hidden-attribute).
 */
function openerOf(el: Element, toggles: readonly Element[]): Element | null {
  if (el.parentElement?.tagName === 'DETAILS' || el.getAttribute('hidden') === 'until-found') return el;
  for (let panel: Element | null = el, level = 0; panel && level < 3 && (level === 0 || panel.childElementCount === 1); panel = panel.parentElement, level++) {
    const item = panel.parentElement?.parentElement?.parentElement;
    const id = panel.id;
    const toggle = toggles.find((t) => id && t.getAttribute('aria-controls')!.split(' ').includes(id) && item?.contains(t) && !el.contains(t));
    if (toggle) return toggle;
    if (isToggleBlock(panel.previousElementSibling)) return panel.previousElementSibling;
  }
  return null;
}

/** A collapsed section under its heading ("Cushioning"): prose, with the heading that opens it right before it. */
function followsItsHeading(el: Element): boolean {
  const text = blockText(el);
  return !!el.previousElementSibling?.matches('h2, h3, h4, h5, h6, [role="heading"]') && countWords(text) >= MIN_PROSE_WORDS && SENTENCE_END.test(text);
}

/**
 * Hidden content a reader can open where it stands: accordion answers, tabs, `<details>` bodies, sections collapsed
 * under their headings. Readability skips hidden elements as the hidden rule removes them, and such panels are often
 * the article's own text (an FAQ, a guide's sections), so they are revealed before either runs. Decided by structure
 * (what opens the panel, where it stands, that it holds prose rather than links or a form's messages) and by the
 * page's text: a panel that opens on words the page already holds (a teaser's full text, a copy) stays hidden.
 */
export const revealOpenableContent: CleanupRule = {
  name: 'openable-content',
  removeFrom(root) {
    const toggles = Array.from(root.querySelectorAll('[aria-controls]')).filter((toggle) => toggle.matches(TOGGLE));
    // The page marks its main content: what opens outside it is the site's (a government banner, a sign-up's thanks).
    const hasMain = root.querySelector(MAIN) !== null;
    let pageText: string | null = null;
    for (const el of Array.from(root.querySelectorAll('*')).filter(isHiddenByAttributes)) {
      // Inside a hidden element that stays hidden, it goes with that one; a toggle (a carousel's slide) stays hidden.
      if (hasHiddenAncestor(el, root) || el.matches(TOGGLE) || el.closest(PAGE_INTERFACE) || (hasMain && !el.closest(MAIN))) continue;
      // Too short to be a panel, a form's message (a sign-up's thanks, a search's hints), a menu.
      if (countWords(blockText(el)) < MIN_PANEL_WORDS || el.parentElement!.querySelector('input:not([type="hidden"]), textarea') || linkDensity(el) > MAX_LINK_DENSITY) continue;
      const opener = openerOf(el, toggles);
      if (!opener && !followsItsHeading(el)) continue;
      pageText ??= squeeze(blockText(root));
      const sample = squeeze(blockText(el)).slice(0, COPY_SAMPLE_CHARS);
      if (pageText.indexOf(sample) !== pageText.lastIndexOf(sample)) continue;
      // Readability reads what these attributes no longer hide; it drops buttons, so a question in one before its
      // answer becomes plain text (a "Read more" after its text stays a button, and goes).
      for (const name of ['hidden', 'aria-hidden', 'style']) el.removeAttribute(name);
      const button = opener && opener !== el && opener.compareDocumentPosition(el) & 4 ? (opener.closest('button') ?? opener.querySelector('button')) : null;
      button?.replaceWith(...Array.from(button.childNodes));
    }
    return [];
  },
};

const squeeze = (text: string): string => text.replace(/\s+/g, '');

function hasHiddenAncestor(el: Element, root: Element): boolean {
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) if (isHiddenByAttributes(parent)) return true;
  return false;
}
