import type { CleanupRule } from '../types';
import { DATELINE_LABELS } from '../phrases';
import { collapseWhitespace } from '../text';
import { openingLines, removeAllAndRecord } from './block-signals';
import { isBylineLine } from './remove-byline-lines';

/** The article's header: its byline and dateline come before the story's first paragraphs. */
const OPENING_LINES = 4;
const HEADING = /^H[2-6]$/;
/** A label that says the line is a credit or a dateline ("By", "Published", "Updated"): a bare time is a live blog's entry. */
const CREDIT_LABEL = new RegExp(`(?<![\\p{L}])(?:${DATELINE_LABELS.filter((label) => label.length > 3 || label === 'by' || label === 'par' || label === 'von' || label === 'por').join('|')})(?![\\p{L}])`, 'iu');

/**
 * Byline and dateline lines set as headings at the top of the content ("<h3>By Jane Doe</h3><h3>Published Nov
 * 18, 2019 at 4:07 PM | Updated at 5:36 PM</h3>"): the byline rule leaves headings alone because a live blog's
 * "10:32 a.m." heading is content, so here a heading needs a credit label or the known byline as well.
 */
export const removeBylineHeadings: CleanupRule = {
  name: 'byline-line',
  removeFrom(root, context) {
    const headings = openingLines(root, OPENING_LINES).filter((line) => {
      if (!HEADING.test(line.tagName)) return false;
      const text = collapseWhitespace(line.textContent ?? '');
      const namesAuthor = context.byline !== null && text.toLowerCase().includes(context.byline.toLowerCase());
      return (namesAuthor || CREDIT_LABEL.test(text)) && isBylineLine(text, context);
    });
    return removeAllAndRecord(root, headings, 'byline-line');
  },
};
