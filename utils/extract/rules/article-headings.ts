/** The article's own headings as word lists, and whether a link or card names one of them. */
import { comparableTokens } from '../text';

export type HeadingWords = readonly (readonly string[])[];

/** An entry names a heading when nearly all its words are the heading's ("Pros and cons" for "Pros and cons of consulting"). */
const MIN_WORDS_IN_HEADING = 0.8;

/** The words of every heading in `root`, leaving out those inside `except` (the block being judged). */
export function headingWords(root: Element, except?: (heading: Element) => boolean): HeadingWords {
  return Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .filter((heading) => !except?.(heading))
    .map((heading) => comparableTokens(heading.textContent ?? ''));
}

export function namesHeading(text: string, headings: HeadingWords): boolean {
  const entry = comparableTokens(text);
  if (entry.length === 0) return false;
  return headings.some((heading) => {
    const words = new Set(heading);
    return entry.filter((token) => words.has(token)).length >= entry.length * MIN_WORDS_IN_HEADING;
  });
}
