/** Plain-text helpers shared by the pipeline steps: block-separated text, tokens, similarity. Pure, no DOM writes. */

/** Elements that start a new line of text (a reader, and the benchmark metric, see them as separate blocks). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
/** The article's prose leaves out figure captions: they describe images (and carry photo credits), not the story. */
export const PROSE_SKIPPED_TAGS: ReadonlySet<string> = new Set([...SKIPPED_TAGS, 'FIGCAPTION']);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The text of a subtree with a line break between blocks; each line's white space collapsed, empty lines dropped. */
export function blockText(root: Node, options: { skipTags?: ReadonlySet<string> } = {}): string {
  const skipped = options.skipTags ?? SKIPPED_TAGS;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const isElement = node.nodeType === 1;
    if (isElement && skipped.has(el.tagName)) return;
    const block = isElement && isBlockElement(el);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Word tokens as the benchmark metric counts them: maximal runs of letters, digits and `_`, case kept. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Lower-cased tokens without diacritics, for comparing wordings ("Élysée" ~ "elysee"). */
export function comparableTokens(text: string): string[] {
  return wordTokens(text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
}

/** A canonical form of a short text for exact-duplicate checks: case, accents and punctuation ignored. */
export function comparableText(text: string): string {
  return comparableTokens(text).join(' ');
}

/** Dice coefficient over token multisets: 1 for the same words, 0 for none shared. */
export function tokenSimilarity(a: string, b: string): number {
  return tokenListSimilarity(comparableTokens(a), comparableTokens(b));
}

/** `tokenSimilarity` over tokens already made comparable, for callers that compare one text with many. */
export function tokenListSimilarity(ta: readonly string[], tb: readonly string[]): number {
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return (2 * shared) / (ta.length + tb.length);
}

/** Share of `part`'s tokens that also occur in `whole` (multiset containment), 0 when `part` is empty. */
export function tokenContainment(part: string, whole: string): number {
  const tp = comparableTokens(part);
  if (tp.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of comparableTokens(whole)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tp) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared / tp.length;
}

/** Word n-grams ("shingles") joined by a space. A text shorter than n gives one shingle of all its tokens. */
export function shingles(tokens: readonly string[], n: number): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length < n) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const UNSPACED_ALPHABETIC = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/**
 * Words a reader reads. Scripts written without spaces would count a whole sentence as one regex token:
 * there each Chinese or Japanese character counts as a word and four Thai-like letters as one. (Not
 * Intl.Segmenter: on Node 20 it takes seconds on a 100 kB page.)
 */
export function countWords(text: string): number {
  if (!hasUnspacedScript(text)) return countWordTokens(text);
  const ideographs = text.match(IDEOGRAPHIC)?.length ?? 0;
  const unspaced = text.match(UNSPACED_ALPHABETIC)?.length ?? 0;
  return countWordTokens(text.replace(IDEOGRAPHIC, ' ').replace(UNSPACED_ALPHABETIC, ' ')) + ideographs + Math.ceil(unspaced / 4);
}

/**
 * Whether each UTF-16 code unit is a word character (`[\p{L}\p{N}_]`): 1 yes, 2 no, 0 not met yet. Counting
 * words is most of the text work of the pipeline: a table lookup per character instead of a regex match that
 * allocates every token makes it four to five times faster.
 */
const WORD_UNIT = new Uint8Array(0x10000);
const WORD_CHARACTER = /^[\p{L}\p{N}_]$/u;
const astralWordCharacters = new Map<number, boolean>();

/** Whether the character at `i` (a code point: two code units for a surrogate pair) is a word character. */
function isWordCharacterAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let known = astralWordCharacters.get(codePoint);
      if (known === undefined) astralWordCharacters.set(codePoint, (known = WORD_CHARACTER.test(text.slice(i, i + 2))));
      return known;
    }
  }
  let kind = WORD_UNIT[unit]!;
  if (kind === 0) WORD_UNIT[unit] = kind = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return kind === 1;
}

/** `wordTokens(text).length`, without making the tokens. */
export function countWordTokens(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const word = unit < 0xd800 && WORD_UNIT[unit] !== 0 ? WORD_UNIT[unit] === 1 : isWordCharacterAt(text, i);
    if (word && !inWord) count++;
    inWord = word;
    // The low half of a surrogate pair is part of the character just read.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True when `text` holds a script `countWords` counts by characters (Chinese, Japanese, Thai...). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_SCRIPT.test(text);
}

/** Whether `text` starts (ends) inside a word token: two texts joined there make one token of two. */
export const startsWithWordCharacter = (text: string): boolean => text.length > 0 && isWordCharacterAt(text, 0);
export function endsWithWordCharacter(text: string): boolean {
  if (text.length === 0) return false;
  const last = text.length - 1;
  // A low surrogate ends a pair that starts one unit earlier.
  const start = last > 0 && (text.charCodeAt(last) & 0xfc00) === 0xdc00 && (text.charCodeAt(last - 1) & 0xfc00) === 0xd800 ? last - 1 : last;
  return isWordCharacterAt(text, start);
}

const WORDS_PER_MINUTE = 230;
/**
 * Chinese and Japanese are read in characters: about 255 a minute in Chinese and 357 in Japanese, whose kana
 * carry less than a Han character (the IReST standard texts, Trauzettel-Klosinski et al. 2012).
 */
const HAN_PER_MINUTE = 255;
const JAPANESE_PER_MINUTE = 357;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Minutes at 230 words a minute, at least 1 for any text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Minutes to read `text`: words where words are spaced, characters in Chinese and Japanese. */
export function readingMinutesOf(text: string, wordCount = countWords(text)): number {
  if (!hasUnspacedScript(text)) return readingMinutes(wordCount);
  const characters = text.match(IDEOGRAPHIC)?.length ?? 0;
  if (characters === 0) return readingMinutes(wordCount);
  const minutes = (wordCount - characters) / WORDS_PER_MINUTE + characters / (KANA.test(text) ? JAPANESE_PER_MINUTE : HAN_PER_MINUTE);
  return Math.max(1, Math.round(minutes));
}
