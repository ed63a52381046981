import { countWords, tokenContainment } from '../utils/extract/text';
import { withoutCitationMarkers } from '../utils/extract/summary-sentences';

/**
 * Whether a summary only repeats, word for word, the opening of the text shown right under it (as in the reader
 * view): all of it is in the first paragraphs and it says most of them, or the whole text is hardly longer.
 * Read from the article's own text, never from the page.
 */

/** Nearly every word of the summary is in the opening (it is the opening's sentences, not others). */
const MIN_SUMMARY_IN_OPENING = 0.9;
/** And it says most of the opening: reading it first would be reading the paragraph twice. */
const MIN_OPENING_IN_SUMMARY = 0.6;
/** A text at most twice the summary's length is on the screen with it. */
const MAX_SHORT_TEXT_RATIO = 2;

const isParagraph = (line: string) => /[.!?…"”»)]$/u.test(line);

/** The text's first paragraphs (headings and bylines skipped), as many as it takes to be as long as the summary. */
function openingOf(lines: readonly string[], summaryWords: number): string {
  const opening: string[] = [];
  let words = 0;
  for (const line of lines) {
    if (!isParagraph(line)) continue;
    opening.push(line);
    words += countWords(line);
    if (words >= summaryWords) break;
  }
  return opening.join('\n');
}

export function summaryRepeatsOpening(summary: string, textContent: string): boolean {
  if (!summary) return false;
  const lines = textContent.split('\n').map(withoutCitationMarkers).filter(Boolean);
  const summaryWords = countWords(summary);
  if (countWords(lines.join(' ')) <= summaryWords * MAX_SHORT_TEXT_RATIO) return true;
  const opening = openingOf(lines, summaryWords);
  return tokenContainment(summary, opening) >= MIN_SUMMARY_IN_OPENING && tokenContainment(opening, summary) >= MIN_OPENING_IN_SUMMARY;
}
