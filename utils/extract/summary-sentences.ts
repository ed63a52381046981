import { collapseWhitespace, comparableTokens } from './text';
import { NAME_TITLE_ABBREVIATIONS } from './phrases';

/**
 * The summary's sentences: the text's lines split into sentences, citation markers out, a sentence cut after an
 * abbreviation ("Mr.", "U.S.", "John M.") put back together.
 */

/** Citation markers as they appear in `textContent`: "[1]", "[1][2]", "[^1]". */
export function withoutCitationMarkers(text: string): string {
  // From where the white space starts only: from inside a long run, each space would rescan the rest of it.
  return collapseWhitespace(text.replace(/\[\^?\d{1,3}\]/g, ' ')).replace(/(?<!\s)\s+([.,;:!?…])/g, '$1');
}

/**
 * Splits lines into sentences. Intl.Segmenter is given all lines at once, joined by line breaks (after which
 * it always breaks, UAX #29 rule SB4): in Chromium one long `segment()` costs a fraction of forty short ones.
 */
function segmenterFor(lang: string | null): ((lines: readonly string[]) => string[]) | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  try {
    const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
    return (lines) => Array.from(segmenter.segment(lines.join('\n')), (s) => s.segment);
  } catch {
    return null;
  }
}

/** Where Intl.Segmenter is missing: split after terminal punctuation followed by a capital or a quote. */
function splitSentencesByPunctuation(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const sentences = line.split(/(?<=[.!?…]["”»)]?)\s+(?=["“«(]?\p{Lu})/u);
    sentences[sentences.length - 1] += '\n';
    return sentences;
  });
}

/** An initial ("M."), dotted initials ("U.S.", "D.C.") or a title before a name ("Mr.", "Dr.", "Sen."). */
const ABBREVIATION_END = new RegExp(`(?:^|[\\s(])(?:\\p{Lu}\\.|(?:\\p{L}\\.){2,}|(?:${NAME_TITLE_ABBREVIATIONS.join('|')})\\.)\\s*$`, 'u');

/**
 * ICU breaks after any period followed by a capital, and V8 offers no abbreviation list (the "ss" locale key is
 * ignored): "before the U.S. House" is one sentence when the next word is a name, not "The" or "It".
 */
function joinAbbreviations(segments: readonly string[], startsSentence: (word: string) => boolean): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const previous = joined.at(-1);
    const firstWord = /^\p{Lu}[\p{L}\p{N}]*/u.exec(segment)?.[0];
    if (previous !== undefined && !previous.endsWith('\n') && ABBREVIATION_END.test(previous) && firstWord && !startsSentence(comparableTokens(firstWord)[0] ?? '')) {
      joined[joined.length - 1] = `${previous.trimEnd()} ${segment}`;
    } else joined.push(segment);
  }
  return joined;
}

export interface Sentence {
  text: string;
  /** Whether it opens its line (its paragraph, list item or heading). */
  opensLine: boolean;
}

/** The sentences of `lines`, in order; `startsSentence` tells a word that opens sentences ("the") from a name. */
export function splitSentences(lines: readonly string[], options: { lang: string | null; startsSentence: (word: string) => boolean }): Sentence[] {
  const split = segmenterFor(options.lang) ?? splitSentencesByPunctuation;
  // Markers go first: glued to the period ("institute.[1]"), they made the segmenter cut inside them.
  const segments = joinAbbreviations(split(lines.map(withoutCitationMarkers)), options.startsSentence);
  return segments.map((segment, i) => ({ text: collapseWhitespace(segment), opensLine: i === 0 || segments[i - 1]!.endsWith('\n') }));
}
