import type { CleanupRule } from '../types';
import { COMMENT_HEADINGS, WIDGET_LABELS, wholePhrasePattern } from '../phrases';
import { collapseWhitespace } from '../text';
import { removeAllAndRecord, standaloneLines } from './block-signals';

const WIDGET_LABEL = wholePhrasePattern(WIDGET_LABELS);
/** A comment section's heading or button left alone in the body once its comments are gone: "Comments", "Post comment (+)". */
const COMMENT_LABEL = wholePhrasePattern([...COMMENT_HEADINGS, 'post (a )?comment', 'add (a )?comment'], '[\\s:.!?…»›>→()+-]*');
/** Gallery counters ("1", "3 / 9", "Image 2 of 12", "Image 1 of / 5" with both separators set) left behind by slideshows. */
const COUNTER = /^(?:(?:image|photo|slide|bild|foto|imagen)\s+)?\d{1,3}(?:(?:\s*(?:\/|of|sur|von|de)){1,2}\s*\d{1,3})?$/i;

/** Lines that are only the label of a gallery, player or account control: "Close", "Caption", "1", "3 / 9", "Sign in", "Comments". */
export const removeWidgetLabels: CleanupRule = {
  name: 'widget-label',
  removeFrom(root) {
    const labels = standaloneLines(root).filter((el) => {
      if (el.closest('table, ol, pre, code')) return false;
      const text = collapseWhitespace(el.textContent ?? '');
      return text !== '' && (WIDGET_LABEL.test(text) || COMMENT_LABEL.test(text) || COUNTER.test(text));
    });
    return removeAllAndRecord(root, labels, 'widget-label');
  },
};
