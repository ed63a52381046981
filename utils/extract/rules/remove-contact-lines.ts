import type { CleanupRule } from '../types';
import { collapseWhitespace } from '../text';
import { removeAllAndRecord, standaloneLines } from './block-signals';

/**
 * A line that is only an address to reach the author: an email, a profile URL, a social handle. After the label,
 * `\s*(?::\s*)?` rather than `\s*:?\s*`, whose two stars could share a long run of spaces in as many ways as it
 * has spaces; and "follow ... on X" ends at a word's end (`\b`), or a long word would be split between X and the
 * address after it in as many ways as it has letters.
 */
const CONTACT_ONLY = /^(?:(?:email|e-mail|mail|twitter|x|instagram|contact|follow(?: \w+)? on \w+\b)\s*(?::\s*)?)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w_]{2,30}|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin|threads|bsky|mastodon)\.\w+\/[\w./@-]+)\.?$/i;

/** Author contact lines at the end of a story: "jane.doe@paper.com", "twitter.com/janedoe", "@janedoe". */
export const removeContactLines: CleanupRule = {
  name: 'contact-line',
  removeFrom(root) {
    const lines = standaloneLines(root).filter((el) => CONTACT_ONLY.test(collapseWhitespace(el.textContent ?? '')));
    return removeAllAndRecord(root, lines, 'contact-line');
  },
};
