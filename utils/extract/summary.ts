import { collapseWhitespace, countWords, hasUnspacedScript, tokenContainment, tokenSimilarity } from './text';
import { splitSentences, withoutCitationMarkers } from './summary-sentences';
import { contentTokens, STOPWORDS, vocabularyOf } from './summary-vocabulary';
import { TURN_ASIDES, TURN_OPENINGS } from './phrases';

/**
 * An extractive summary: 1 to 3 of the article's own sentences, 15 to 90 words, in article order.
 * The lead is the sentence best by centrality (how much of the text's vocabulary it carries, TF-IDF over the
 * text's blocks) and position (news puts the essentials first); each next one is the sentence that adds most of
 * the story the chosen ones leave out (a coverage choice, like MMR), so a story's turn is not lost behind the
 * lead's second sentence. Deterministic, on the device, no model.
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
/**
 * A long sentence should not win by length alone: the lead's weight is divided by √length. After the lead, less
 * (length^¼): a full sentence of the turn must beat a short one that happens to hold two of its words.
 */
const LEAD_LENGTH_DAMPING = 0.5;
const TURN_LENGTH_DAMPING = 0.25;
/** After the lead, position weighs less: the turn may come in any of the first paragraphs. */
const TURN_POSITION_WEIGHT = 0.35;
/**
 * Nudges, not reasons on their own: a sentence that says it turns the story, and one that opens its paragraph
 * (a paragraph's later sentences lean on its first: "In the fastest one, ..." needs the one before).
 */
const TURN_BONUS = 0.1;
const PARAGRAPH_OPENING_BONUS = 0.1;
const TURN_PATTERN = new RegExp(`^["“«(]?(?:${TURN_OPENINGS.join('|')})(?![\\p{L}\\p{N}])|,\\s(?:${TURN_ASIDES.join('|')}),`, 'iu');

interface Candidate {
  text: string;
  words: number;
  index: number;
  /** Its distinct content words. */
  tokens: string[];
  /** Whether it opens its paragraph (or list item): then it stands on its own. */
  opensParagraph: boolean;
  /** Centrality and position: how good a lead it makes. */
  score: number;
}

/** A list item's "Label:" line is a fragment, not a sentence of the story. */
function isLabelLine(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && colon < 60 && countWords(line.slice(0, colon)) <= 6 && /^\p{Lu}/u.test(line);
}

/**
 * A sentence's length in the summary's word limits. Chinese and Japanese count each character as a word (text.ts),
 * but say in two characters about what a word says: halved, so their summaries are as long as others'.
 */
const lengthOf = (sentence: string): number => (hasUnspacedScript(sentence) ? Math.ceil(countWords(sentence) / 2) : countWords(sentence));

function isSummarySentence(sentence: string, headline: string): boolean {
  const words = lengthOf(sentence);
  if (words < MIN_SENTENCE_WORDS || words > MAX_SENTENCE_WORDS) return false;
  // Ends as sentences end, in Latin scripts or with the full-width marks of Chinese and Japanese.
  if (!/[.!…"”»)。！？」』]$/u.test(sentence)) return false;
  if (headline && (tokenSimilarity(sentence, headline) >= MAX_HEADLINE_SIMILARITY || tokenContainment(sentence, headline) >= MAX_HEADLINE_CONTAINMENT)) return false;
  return true;
}

/** The weight of a sentence's words not `covered` yet, divided by its length to the power `lengthDamping`. */
function weightOf(tokens: readonly string[], weights: ReadonlyMap<string, number>, options: { covered?: ReadonlySet<string>; lengthDamping?: number } = {}): number {
  const { covered, lengthDamping = LEAD_LENGTH_DAMPING } = options;
  if (tokens.length === 0) return 0;
  const total = tokens.reduce((sum, t) => sum + (covered?.has(t) ? 0 : (weights.get(t) ?? 0)), 0);
  return total / tokens.length ** lengthDamping;
}

function candidatesOf(text: string, options: SummaryOptions): { candidates: Candidate[]; story: Map<string, number> } {
  const lines = text.split('\n').map(collapseWhitespace).filter(Boolean);
  const candidateLines: string[] = [];
  let chars = 0;
  for (const line of lines.slice(0, MAX_CANDIDATE_LINES)) {
    if (chars > MAX_CANDIDATE_CHARS) break;
    chars += line.length;
    if (!isLabelLine(line)) candidateLines.push(line);
  }
  const candidates: Candidate[] = [];
  for (const { text: sentence, opensLine } of splitSentences(candidateLines, { lang: options.lang, startsSentence: (word) => STOPWORDS.has(word) })) {
    if (isSummarySentence(sentence, options.headline))
      candidates.push({ text: sentence, words: lengthOf(sentence), index: candidates.length, tokens: [...new Set(contentTokens(sentence))], opensParagraph: opensLine, score: 0 });
  }
  const vocabulary = vocabularyOf(lines.map(withoutCitationMarkers));
  const best = Math.max(...candidates.map((c) => weightOf(c.tokens, vocabulary.distinctive)), Number.EPSILON);
  for (const c of candidates) c.score = (1 - POSITION_WEIGHT) * (weightOf(c.tokens, vocabulary.distinctive) / best) + POSITION_WEIGHT * positionWeight(c);
  return { candidates, story: vocabulary.story };
}

/** News puts the essentials first. */
const positionWeight = (c: Candidate) => 1 / (1 + c.index * 0.5);

interface Told {
  lead: Candidate;
  /** The content words of the sentences chosen so far. */
  covered: ReadonlySet<string>;
}

/**
 * The sentence to tell after those chosen: the one that adds most of the story they do not tell yet (the weight
 * of its story words they lack), the earlier the better, a little more when it opens its paragraph or, after the
 * lead, turns the story ("But", "However", "Mais", "Aber", "Sin embargo"). The first best wins a tie.
 */
function nextToTell(pool: readonly Candidate[], story: ReadonlyMap<string, number>, { lead, covered }: Told): Candidate | undefined {
  const added = pool.map((c) => weightOf(c.tokens, story, { covered, lengthDamping: TURN_LENGTH_DAMPING }));
  const most = Math.max(...added, Number.EPSILON);
  let next: Candidate | undefined;
  let nextScore = -Infinity;
  pool.forEach((c, i) => {
    const nudges = (c.opensParagraph ? PARAGRAPH_OPENING_BONUS : 0) + (c.index > lead.index && TURN_PATTERN.test(c.text) ? TURN_BONUS : 0);
    const score = (1 - TURN_POSITION_WEIGHT) * (added[i]! / most) + TURN_POSITION_WEIGHT * positionWeight(c) + nudges;
    if (score > nextScore) [next, nextScore] = [c, score];
  });
  return next;
}

/**
 * An extractive summary of 1 to 3 sentences (15 to 90 words), in article order; '' when the text has none to
 * offer. First the lead (the best by centrality and position), then what the lead leaves out: a story's turn
 * ("Despite the goodbye... the Africa Corps") is what a reader of the lead alone would miss.
 */
export function summarize(text: string, options: SummaryOptions): string {
  const { candidates, story } = candidatesOf(text, options);
  const lead = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index)[0];
  if (!lead) return '';
  const chosen = [lead];
  const covered = new Set(lead.tokens);
  let words = lead.words;
  let pool = candidates;
  while (chosen.length < MAX_SENTENCES && words < ENOUGH_WORDS) {
    pool = pool.filter((c) => !chosen.includes(c) && words + c.words <= MAX_WORDS && chosen.every((other) => tokenSimilarity(other.text, c.text) <= MAX_CHOSEN_SIMILARITY));
    const next = nextToTell(pool, story, { lead, covered });
    if (!next) break;
    chosen.push(next);
    for (const t of next.tokens) covered.add(t);
    words += next.words;
  }
  if (words < MIN_WORDS) return '';
  // After a full-width full stop the next sentence follows at once: Chinese and Japanese put no space there.
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.text)
    .reduce((summary, sentence) => (summary === '' ? sentence : /[。！？」』]$/u.test(summary) ? `${summary}${sentence}` : `${summary} ${sentence}`), '');
}
