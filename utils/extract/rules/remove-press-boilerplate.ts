import type { CleanupRule } from '../types';
import { ABOUT_LABELS, caseInsensitivePattern, LABEL_TEXT_START, SELF_DESCRIPTION_OPENINGS } from '../phrases';
import { collapseWhitespace, comparableText, countWords } from '../text';
import { closingLines, removeAllAndRecord } from './block-signals';

/** The boilerplate closes the release: its heading, a paragraph or two, a contact line. */
const CLOSING_LINES = 5;
const MAX_BOILERPLATE_WORDS = 150;
/**
 * "Acme is a global provider of ...", "Acme (SIX: ACME) is the leading ...", "Acme, Inc. is one of ...". Each run of
 * spaces is read by one `\s`: as `\s*(...\s*)?,?\s+`, two stars could share a long run in as many ways as it has spaces.
 */
const SELF_DESCRIPTION = new RegExp(
  `^(\\p{L}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3})(?:,?\\s+(?:inc|ltd|llc|plc|ag|sa|gmbh)\\.?)?(?:\\s*\\([^()]{1,60}\\))?(?:\\s*,)?\\s+(?:${SELF_DESCRIPTION_OPENINGS.join('|')})(?![\\p{L}])`,
  'u',
);
const ABOUT_HEADING = caseInsensitivePattern(`${LABEL_TEXT_START}(?:${ABOUT_LABELS.join('|')})\\s*(.{2,60})$`);

/** The site's own name as its address spells it: "ascom" for www.ascom.com/news/... */
function siteLabel(url: string | null): string | null {
  try {
    const labels = new URL(url ?? '').hostname.replace(/^www\d*\./, '').split('.');
    return labels.length >= 2 ? labels[labels.length - 2]! : null;
  } catch {
    return null;
  }
}

const squashed = (name: string): string => comparableText(name).replace(/ /g, '');

/** The marks a release ends its story with: "###", "-30-", "– ENDS –". */
const END_MARK = /^(?:#{3}|-\s*30\s*-|[-–—]*\s*ends?\s*[-–—]*)$/i;
/** A media contact line: an e-mail address, a phone number or the word "contact". */
const CONTACT_LINE = /@[\p{L}\p{N}-]+\.|\+?\d[\d ().-]{7,}\d|\b(?:contact|kontakt|contacto)\b/iu;

/** Whether a rule (`<hr>`) stands right before `el`, at its level or at one of the wrappers it opens. */
function followsRule(el: Element): boolean {
  for (let node: Element | null = el; node && node.parentElement; node = node.parentElement) {
    if (node.previousElementSibling) return node.previousElementSibling.tagName === 'HR';
  }
  return false;
}

/**
 * A company describing itself on its own site closes a release only when the release sets it apart: a rule or
 * an end mark before it, or a media contact after it. Without that it is how the company's own blog post ends.
 */
function setApartAsBoilerplate(lines: readonly Element[], i: number): boolean {
  const before = lines[i + 1];
  if (followsRule(lines[i]!) || (before && END_MARK.test(collapseWhitespace(before.textContent ?? '')))) return true;
  return lines.slice(0, i).some((line) => CONTACT_LINE.test(line.textContent ?? ''));
}

/**
 * A press release's closing boilerplate: the publishing company describing itself ("Acme is a global provider
 * of ..., headquartered in ...") on its own site, set apart from the story, or under an "About Acme" heading, with every line after it
 * (contacts, "For more information"). A closing line about another company is the story.
 */
export const removePressBoilerplate: CleanupRule = {
  name: 'press-boilerplate',
  removeFrom(root, context) {
    const site = siteLabel(context.url);
    const lines = closingLines(root, CLOSING_LINES);
    // The earliest line (last in this last-first list) where the boilerplate starts.
    let start = -1;
    lines.forEach((line, i) => {
      const name = SELF_DESCRIPTION.exec(collapseWhitespace(line.textContent ?? ''))?.[1];
      if (!name) return;
      const heading = lines[i + 1] ? ABOUT_HEADING.exec(collapseWhitespace(lines[i + 1]!.textContent ?? ''))?.[1] : undefined;
      if (heading && squashed(heading) === squashed(name)) start = Math.max(start, i + 1);
      else if (site && squashed(name) === site && setApartAsBoilerplate(lines, i)) start = Math.max(start, i);
    });
    if (start < 0) return [];
    const boilerplate = lines.slice(0, start + 1).reverse();
    if (boilerplate.some((line) => line.closest('blockquote')) || boilerplate.reduce((n, line) => n + countWords(line.textContent ?? ''), 0) > MAX_BOILERPLATE_WORDS) return [];
    return removeAllAndRecord(root, boilerplate, 'press-boilerplate');
  },
};
