import { collapseWhitespace, comparableTokens, countWords, tokenContainment, tokenSimilarity } from './text';
import { splitSentences, withoutCitationMarkers } from './summary-sentences';

/**
 * An extractive summary (issue 2, step 7): 1 to 3 of the article's own sentences, 15 to 90 words, in article order.
 * Sentences are scored by centrality (how much of the whole text's vocabulary they carry, TF-IDF over the text's
 * blocks) and by position (news puts the essentials first). Deterministic, on the device, no model.
 */

export interface SummaryOptions {
  headline: string;
  lang: string | null;
}

const MIN_WORDS = 15;
const MAX_WORDS = 90;
const MAX_SENTENCES = 3;
/** Enough to stop adding sentences: a reader takes in two or three lines at a glance. */
const ENOUGH_WORDS = 45;
const MIN_SENTENCE_WORDS = 6;
const MAX_SENTENCE_WORDS = 60;
/** Only the lead is segmented: Intl.Segmenter is slow on Node 20, and news says what matters first. */
const MAX_CANDIDATE_LINES = 40;
const MAX_CANDIDATE_CHARS = 12_000;
const POSITION_WEIGHT = 0.45;
/** A sentence this close to the headline (or to one already chosen) says the same thing again. */
const MAX_HEADLINE_SIMILARITY = 0.6;
const MAX_HEADLINE_CONTAINMENT = 0.8;
const MAX_CHOSEN_SIMILARITY = 0.5;

const STOPWORDS = new Set(
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
  ]
    .join(' ')
    .split(' '),
);

interface Candidate {
  text: string;
  words: number;
  index: number;
  score: number;
}

/** A list item's "Label:" line is a fragment, not a sentence of the story. */
function isLabelLine(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && colon < 60 && countWords(line.slice(0, colon)) <= 6 && /^\p{Lu}/u.test(line);
}

function isSummarySentence(sentence: string, headline: string): boolean {
  const words = countWords(sentence);
  if (words < MIN_SENTENCE_WORDS || words > MAX_SENTENCE_WORDS) return false;
  if (!/[.!…"”»)]$/u.test(sentence)) return false;
  if (headline && (tokenSimilarity(sentence, headline) >= MAX_HEADLINE_SIMILARITY || tokenContainment(sentence, headline) >= MAX_HEADLINE_CONTAINMENT)) return false;
  return true;
}

function contentTokens(text: string): string[] {
  return comparableTokens(text).filter((t) => t.length > 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/** TF-IDF weight of each word over the text's blocks: frequent in the article, not in every block. */
function wordWeights(lines: readonly string[]): Map<string, number> {
  const termCounts = new Map<string, number>();
  const blockCounts = new Map<string, number>();
  for (const line of lines) {
    const tokens = contentTokens(line);
    for (const t of tokens) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
    for (const t of new Set(tokens)) blockCounts.set(t, (blockCounts.get(t) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [t, count] of termCounts) weights.set(t, Math.log(1 + count) * Math.log(1 + lines.length / (blockCounts.get(t) ?? 1)));
  return weights;
}

function centrality(sentence: string, weights: ReadonlyMap<string, number>): number {
  const tokens = [...new Set(contentTokens(sentence))];
  if (tokens.length === 0) return 0;
  const total = tokens.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
  return total / Math.sqrt(tokens.length);
}

function candidatesOf(text: string, options: SummaryOptions): Candidate[] {
  const lines = text.split('\n').map(collapseWhitespace).filter(Boolean);
  const candidateLines: string[] = [];
  let chars = 0;
  for (const line of lines.slice(0, MAX_CANDIDATE_LINES)) {
    if (chars > MAX_CANDIDATE_CHARS) break;
    chars += line.length;
    if (!isLabelLine(line)) candidateLines.push(line);
  }
  const candidates: Candidate[] = [];
  for (const sentence of splitSentences(candidateLines, { lang: options.lang, startsSentence: (word) => STOPWORDS.has(word) })) {
    if (isSummarySentence(sentence, options.headline)) candidates.push({ text: sentence, words: countWords(sentence), index: candidates.length, score: 0 });
  }
  const weights = wordWeights(lines.map(withoutCitationMarkers));
  const best = Math.max(...candidates.map((c) => centrality(c.text, weights)), Number.EPSILON);
  for (const c of candidates) c.score = (1 - POSITION_WEIGHT) * (centrality(c.text, weights) / best) + POSITION_WEIGHT / (1 + c.index * 0.5);
  return candidates;
}

/** An extractive summary of 1 to 3 sentences (15 to 90 words), in article order; '' when the text has none to offer. */
export function summarize(text: string, options: SummaryOptions): string {
  const candidates = candidatesOf(text, options);
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: Candidate[] = [];
  let words = 0;
  for (const c of ranked) {
    if (chosen.length >= MAX_SENTENCES || words >= ENOUGH_WORDS) break;
    if (words + c.words > MAX_WORDS) continue;
    if (chosen.some((other) => tokenSimilarity(other.text, c.text) > MAX_CHOSEN_SIMILARITY)) continue;
    chosen.push(c);
    words += c.words;
  }
  if (words < MIN_WORDS) return '';
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.text)
    .join(' ');
}
