import type { CleanupRule } from '../types';
import { TAGLINE_VERBS } from '../phrases';
import { collapseWhitespace, comparableText, countWords } from '../text';
import { closingLines, removeAllAndRecord } from './block-signals';

/** Taglines close the article: after the last paragraph, or before a last note ("Comments are moderated"). */
const CLOSING_LINES = 3;
/** A tagline is a sentence or two about the author; a longer closing paragraph is the story's own. */
const MAX_TAGLINE_WORDS = 80;
/**
 * A closing line that opens with a name, maybe a contact in parentheses, then a tagline verb: "Jane Doe is a
 * reporter for ...", "Jane Doe (jane@paper.example) is the editor of ...". A short question may lead in:
 * "Have a tip? Jane Doe may be reached at ...". Each run of spaces is read by one `\s`: as `\s*(...\s*)?,?\s+`,
 * two stars could share a long run in as many ways as it has spaces (quadratic).
 */
const TAGLINE = new RegExp(
  `^(?:[^.?!]{1,40}\\?\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\s*\\([^()]{1,80}\\))?(?:\\s*,)?\\s+(?:${TAGLINE_VERBS.join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * Whether `name` is one of the byline's names (or the byline runs it into a date: "Jane DoeMonday"). A byline that
 * is the site's own name (Budlong on budlong.example) is the company's: its closing line is the article's pitch.
 */
function namesAnAuthor(name: string, byline: string): boolean {
  const wanted = comparableText(name);
  return wanted.length >= 3 && ` ${comparableText(byline.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))} `.includes(` ${wanted} `);
}

/** A name in capitals only ("QCY", "NASA") is a brand's or a body's: its closing line is the article's own. */
const isAcronym = (name: string): boolean => !/\p{Ll}/u.test(name);

function isSiteName(byline: string, url: string | null): boolean {
  let label: string | undefined;
  try {
    label = url ? new URL(url).hostname.split('.').slice(-2)[0] : undefined;
  } catch {
    return false;
  }
  return label !== undefined && comparableText(byline).replace(/\s+/g, '') === label;
}

/**
 * Author taglines at the end of the article: "Jane Doe is a reporter for the Example Post.", "Jane Doe may be
 * reached at jane@paper.example. Follow her on Twitter", with the line above that is only her name. Only the
 * byline's own names count: a closing line about anyone else ("Smith is the committee's chair.") is the story.
 */
export const removeAuthorTaglines: CleanupRule = {
  name: 'author-tagline',
  removeFrom(root, context) {
    if (!context.byline || isSiteName(context.byline, context.url)) return [];
    const byline = context.byline;
    const lines = closingLines(root, CLOSING_LINES);
    const taglines: Element[] = [];
    lines.forEach((line, i) => {
      const text = collapseWhitespace(line.textContent ?? '');
      const name = TAGLINE.exec(text)?.[1];
      if (!name || isAcronym(name) || countWords(text) > MAX_TAGLINE_WORDS || !namesAnAuthor(name, byline) || line.closest('blockquote')) return;
      taglines.push(line);
      // The author's name on a line of its own above the tagline, as bio boxes set it.
      const above = lines[i + 1];
      if (above && comparableText(above.textContent ?? '') === comparableText(name)) taglines.push(above);
    });
    return removeAllAndRecord(root, taglines.reverse(), 'author-tagline');
  },
};
