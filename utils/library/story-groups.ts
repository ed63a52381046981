/**
 * Same story, several outlets: which saved articles tell the same story (near-duplicate headlines plus shared
 * names of people, places and organisations), and what each of them adds that the others do not (sentences
 * with no near duplicate in the others). Pure functions over library cards and saved articles.
 *
 * At 5,000 articles, comparing all pairs is 12.5 million comparisons; instead each card is indexed once by
 * its names and its headline's rarer words, and a card is compared only with the cards that share one.
 */
import { comparableTokens, shingles } from '../extract/text';
import { withoutTrailing } from '../extract/trim';

/** What grouping reads of a card: the list's light copy is enough. */
export interface StoryCard {
  id: string;
  headline: string;
  summary: string;
  siteName: string | null;
  publishedTime: string | null;
}

/** Words written with a capital that are not names: function words and sentence openers, in the four languages of the cleanup. */
const NOT_NAMES = new Set(
  `a an the this that these those it its he she they we i you his her their our my in on at of for to from by with and or but if as after before when while
   since during about over under into than then there here what who which why how where also however more most some many all no not new monday tuesday
   wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr prof
   le la les un une des du de au aux et ou mais dans sur pour par avec sans ce cette ces il elle ils elles nous vous on son sa ses leur leurs selon après avant
   lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre m mme
   der die das den dem des ein eine einer eines und oder aber in im am auf für von mit nach vor bei zu zum zur er sie es wir ihr sein seine ihre laut
   montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember herr frau
   el los las una unos unas y o pero en con sin por para según tras desde ante lo su sus este esta estos estas lunes martes miércoles jueves viernes sábado
   domingo enero febrero abril mayo junio julio agosto septiembre octubre noviembre diciembre sr sra`
    .split(/\s+/)
    .filter(Boolean),
);
/** Lower-case words that may sit inside a name ("Bank of England", "Charles de Gaulle", "Ludwig van Beethoven"). */
const NAME_JOINERS = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'del', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'di', 'dos']);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** First letter upper-case (cheaper than a Unicode property test, and the same for cased scripts). */
const isCapitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};
const comparable = (words: readonly string[]): string => comparableTokens(words.join(' ')).join(' ');

/**
 * Names of people, places and organisations in a text: runs of capitalised words ("Gull Island", "Mara
 * Quint", "Bank of England") and acronyms ("NATO"). A lone capitalised word opening a sentence is not taken
 * (it is capitalised for the sentence), nor are lone words in German (every noun is capitalised there), nor
 * any run in a title-case line ("Ferry Returns After Two-Year Repair"), where every word is capitalised.
 */
export function namesIn(text: string, lang: string | null = null): string[] {
  const german = (lang ?? '').toLowerCase().startsWith('de');
  const names = new Set<string>();
  const take = (run: string[], atSentenceStart: boolean): void => {
    let start = 0;
    while (start < run.length && NOT_NAMES.has(run[start]!.toLowerCase())) start++;
    let end = run.length;
    while (end > start && (NAME_JOINERS.has(run[end - 1]!) || NOT_NAMES.has(run[end - 1]!.toLowerCase()))) end--;
    const name = run.slice(start, end);
    if (name.length === 0) return;
    if (name.length === 1) {
      const acronym = /^\p{Lu}{2,6}$/u.test(name[0]!);
      if (!acronym && ((atSentenceStart && start === 0) || german || name[0]!.length < 3)) return;
    }
    names.add(comparable(name));
  };
  for (const line of text.split('\n')) {
    const matches = Array.from(line.matchAll(WORD));
    let capitals = 0;
    for (const match of matches) if (isCapitalised(match[0])) capitals++;
    // A title-case line capitalises every word. German capitalises every noun: there only an all-capitalised line is.
    if (matches.length >= 4 && capitals / matches.length > (german ? 0.9 : 0.6)) continue;
    let run: string[] = [];
    let runAtStart = false;
    let sentenceStart = true;
    let previousEnd = 0;
    let previousWord = '';
    for (const match of matches) {
      const gap = line.slice(previousEnd, match.index);
      // A sentence ends at . ! ? (the full stop may be inside the previous word's match); other punctuation ends a name: "Paris, London".
      if (/[.!?]/.test(gap) || previousWord.endsWith('.')) sentenceStart = true;
      if (run.length > 0 && (sentenceStart || /\S/.test(gap))) {
        take(run, runAtStart);
        run = [];
      }
      previousEnd = match.index + match[0].length;
      previousWord = match[0];
      const word = withoutTrailing(match[0], ".'’-");
      if (isCapitalised(word)) {
        if (run.length === 0) runAtStart = sentenceStart;
        run.push(word);
      } else if (run.length > 0 && NAME_JOINERS.has(word)) run.push(word);
      else if (run.length > 0) {
        take(run, runAtStart);
        run = [];
      }
      sentenceStart = false;
    }
    if (run.length > 0) take(run, runAtStart);
  }
  return [...names];
}

/** Headline words that carry meaning: no function words, no numbers, at least three letters. */
export function headlineWords(headline: string): string[] {
  return [...new Set(comparableTokens(headline).filter((t) => t.length >= 3 && !NOT_NAMES.has(t) && !/^\d+$/.test(t)))];
}

function dice(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.length + b.size);
}

interface Features {
  card: StoryCard;
  words: string[];
  wordSet: Set<string>;
  names: Set<string>;
  time: number | null;
}

/** Thresholds, named: a headline this close alone makes the same story; with shared names a looser one does. */
export const SAME_HEADLINE = 0.6;
export const RELATED_HEADLINE = 0.25;
export const NAMES_WITH_RELATED_HEADLINE = 2;
export const NAMES_ALONE = 3;
/** Stories further apart than this are different stories, however alike (a yearly event, a trial and its verdict). */
export const MAX_DAYS_APART = 7;
/** A key shared by more cards than this is too common to find candidates by ("police", "government"). */
const MAX_KEY_CARDS = 60;

/** Why two cards are the same story, or null when they are not. */
export function sameStory(a: Pick<Features, 'words' | 'wordSet' | 'names' | 'time'>, b: Pick<Features, 'words' | 'wordSet' | 'names' | 'time'>): boolean {
  if (a.time !== null && b.time !== null && Math.abs(a.time - b.time) > MAX_DAYS_APART * 86_400_000) return false;
  const headline = dice(a.words, b.wordSet);
  let names = 0;
  for (const name of a.names) if (b.names.has(name)) names++;
  return headline >= SAME_HEADLINE || (names >= NAMES_WITH_RELATED_HEADLINE && headline >= RELATED_HEADLINE) || names >= NAMES_ALONE;
}

export function featuresOf(card: StoryCard): Features {
  const words = headlineWords(card.headline);
  const time = card.publishedTime ? Date.parse(card.publishedTime) : Number.NaN;
  return { card, words, wordSet: new Set(words), names: new Set(namesIn(`${card.headline}\n${card.summary}`)), time: Number.isNaN(time) ? null : time };
}

/**
 * The library's story index: built once per list of cards (features and an inverted index), then asked
 * lazily, per card on screen, which other cards tell the same story.
 */
export class StoryIndex {
  private readonly features = new Map<string, Features>();
  private readonly byKey = new Map<string, string[]>();
  private readonly answers = new Map<string, string[]>();

  constructor(cards: readonly StoryCard[] = []) {
    for (const card of cards) this.add(card);
  }

  /** Builds the index a slice at a time, yielding to the page in between, so the library never stalls. */
  static async inSlices(cards: readonly StoryCard[], slice = 500, pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<StoryIndex> {
    const index = new StoryIndex();
    for (let start = 0; start < cards.length; start += slice) {
      for (const card of cards.slice(start, start + slice)) index.add(card);
      await pause();
    }
    return index;
  }

  add(card: StoryCard): void {
    const features = featuresOf(card);
    this.features.set(card.id, features);
    this.answers.clear();
    for (const key of this.keysOf(features)) {
      const ids = this.byKey.get(key);
      if (ids) ids.push(card.id);
      else this.byKey.set(key, [card.id]);
    }
  }

  private keysOf(features: Features): string[] {
    return [...[...features.names].map((name) => `n:${name}`), ...features.words.map((word) => `w:${word}`)];
  }

  /** The other cards about the same story as `id`, newest first; [] when none (or an unknown id). */
  sameStoryAs(id: string): string[] {
    const cached = this.answers.get(id);
    if (cached) return cached;
    const own = this.features.get(id);
    if (!own) return [];
    const candidates = new Set<string>();
    for (const key of this.keysOf(own)) {
      const ids = this.byKey.get(key);
      if (!ids || ids.length > MAX_KEY_CARDS) continue;
      for (const other of ids) if (other !== id) candidates.add(other);
    }
    const found = [...candidates]
      .map((other) => this.features.get(other)!)
      .filter((other) => sameStory(own, other))
      .sort((a, b) => (b.time ?? 0) - (a.time ?? 0))
      .map((other) => other.card.id);
    this.answers.set(id, found);
    return found;
  }
}

/** One outlet's article in a group, as the comparison reads it. */
export interface OutletArticle {
  id: string;
  siteName: string | null;
  headline: string;
  textContent: string;
}

export interface OutletAdds {
  id: string;
  siteName: string | null;
  headline: string;
  /** Sentences with no near duplicate in any other article of the group, in the article's order. */
  adds: string[];
  /** How many of its sentences the others also tell. */
  shared: number;
}

/** Sentences of a text: its lines, cut after ., ! or ? before a capital, a digit or a quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?]["”’»)]?)\s+(?=["“‘«(]?[\p{Lu}\p{N}])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Sentences shorter than this are labels or datelines, never "what an outlet adds". */
const MIN_SENTENCE_WORDS = 6;
/** Share of a sentence's word triples found in one sentence of another article, or share of its words: either makes a near duplicate. */
export const NEAR_DUPLICATE_SHINGLES = 0.5;
export const NEAR_DUPLICATE_WORDS = 0.6;

interface SentenceFeatures {
  text: string;
  shingles: Set<string>;
  words: string[];
  wordSet: Set<string>;
}

function sentenceFeatures(text: string): SentenceFeatures {
  const tokens = comparableTokens(text);
  const words = [...new Set(tokens.filter((t) => t.length >= 3 && !NOT_NAMES.has(t)))];
  return { text, shingles: new Set(shingles(tokens, 3)), words, wordSet: new Set(words) };
}

function nearDuplicate(a: SentenceFeatures, b: SentenceFeatures): boolean {
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  if (a.shingles.size > 0 && shared / a.shingles.size >= NEAR_DUPLICATE_SHINGLES) return true;
  return dice(a.words, b.wordSet) >= NEAR_DUPLICATE_WORDS;
}

/** For each article of a group, the sentences none of the others has (near duplicates count as had). */
export function whatEachAdds(articles: readonly OutletArticle[]): OutletAdds[] {
  const sentences = articles.map((article) => sentencesOf(article.textContent).filter((s) => comparableTokens(s).length >= MIN_SENTENCE_WORDS).map(sentenceFeatures));
  return articles.map((article, i) => {
    const others = sentences.filter((_, j) => j !== i).flat();
    const adds: string[] = [];
    let shared = 0;
    for (const sentence of sentences[i]!) {
      if (others.some((other) => nearDuplicate(sentence, other))) shared++;
      else adds.push(sentence.text);
    }
    return { id: article.id, siteName: article.siteName, headline: article.headline, adds, shared };
  });
}
