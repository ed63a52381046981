import { comparableTokens } from './text';

/**
 * The summary's two views of a text's words: how distinctive each is (TF-IDF over the blocks, for the lead) and
 * how much of the story each carries (for what the lead leaves out), both read from the text alone.
 */

export const STOPWORDS: ReadonlySet<string> = new Set(
  comparableTokens(
    [
      // English
      'the a an and or but of to in on at for with by from as is are was were be been being has have had it its this that these those',
      'he she they we you i his her their our your not no will would can could should may might said says also than then there which who',
      'what when where while after before about into over under more most such other some any all one two',
      // French
      'le la les un une des du de d l et ou mais à au aux en dans sur pour par avec sans est sont était été être a ont avait il elle ils',
      'elles on nous vous je ce cette ces son sa ses leur leurs qui que quoi dont où ne pas plus a dit selon aussi comme',
      // German
      'der die das den dem des ein eine einer eines einem einen und oder aber von zu im in am an auf für mit bei aus als ist sind war',
      'waren sein hat haben hatte es er sie wir ihr ich nicht kein keine wird werden wurde dass sich auch nach vor über unter noch',
      // Spanish
      'el la los las un una unos unas y o pero de del a al en sobre para por con sin es son era fue ser ha han había él ella ellos',
      'nosotros se su sus que quien cuyo donde no más dijo según también como este esta estos estas lo le les',
    ].join(' '),
  ),
);

/** Twice the weight for a name and for a word of the text's own headings: they say what the story is about. */
const NAME_WEIGHT = 2;
const HEADING_WEIGHT = 2;
const MAX_HEADING_WORDS = 20;

export interface Vocabulary {
  /** TF-IDF over the text's blocks: frequent in the article, not in every block. */
  distinctive: Map<string, number>;
  /** Words the text comes back to (in two blocks or more), by how often. A word said once is a detail. */
  story: Map<string, number>;
}

export function contentTokens(text: string): string[] {
  return comparableTokens(text).filter((t) => t.length > 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

const endsSentence = (line: string) => /[.!?…"”»)]$/u.test(line);

/** A short line without end punctuation between lines that have it (so not an item of a bare list). */
function isHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const listLike = (other: string | undefined) => other !== undefined && !endsSentence(other) && other.split(' ').length <= MAX_HEADING_WORDS;
  return !endsSentence(line) && line.split(' ').length <= MAX_HEADING_WORDS && !listLike(lines[i - 1]) && !listLike(lines[i + 1]);
}

/**
 * Capitalized words inside a sentence (not its first word): names, in any of our languages (and German nouns).
 * The capital is checked first: the look back over the white space before it, done at every space, made a long
 * run of spaces quadratic.
 */
function namesIn(line: string, into: Set<string>): void {
  for (const match of line.matchAll(/(?<=\s)(?=\p{Lu})(?<![.!?:;"“«]\s*)\p{Lu}[\p{L}\p{N}]*/gu)) into.add(match[0]);
}

export function vocabularyOf(lines: readonly string[]): Vocabulary {
  const termCounts = new Map<string, number>();
  const blockCounts = new Map<string, number>();
  const capitalized = new Set<string>();
  const headingWords = new Set<string>();
  lines.forEach((line, i) => {
    const tokens = contentTokens(line);
    for (const t of tokens) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
    for (const t of new Set(tokens)) blockCounts.set(t, (blockCounts.get(t) ?? 0) + 1);
    if (endsSentence(line)) namesIn(line, capitalized);
    else if (isHeading(lines, i)) for (const t of tokens) headingWords.add(t);
  });
  const names = new Set(comparableTokens([...capitalized].join(' ')));
  const distinctive = new Map<string, number>();
  const story = new Map<string, number>();
  for (const [t, count] of termCounts) {
    const blocks = blockCounts.get(t) ?? 1;
    distinctive.set(t, Math.log(1 + count) * Math.log(1 + lines.length / blocks));
    if (blocks >= 2) story.set(t, Math.log(1 + count) * (names.has(t) ? NAME_WEIGHT : 1) * (headingWords.has(t) ? HEADING_WEIGHT : 1));
  }
  return { distinctive, story };
}
