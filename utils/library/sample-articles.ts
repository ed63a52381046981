/**
 * Made-up articles for the library's tests and benchmark (never imported by the extension): realistic sizes,
 * varied sites, headlines and tags, the same output every run.
 */
import type { Article } from '../extract/types';

const SITES = [
  ['The Daily Ledger', 'dailyledger.example'],
  ['Northern Courier', 'northerncourier.example'],
  ['Le Quotidien', 'lequotidien.example'],
  ['Metro Wire', 'metrowire.example'],
  ['Harbor Times', 'harbortimes.example'],
  ['Science Weekly', 'scienceweekly.example'],
  ['Market Watchers', 'marketwatchers.example'],
  ['Civic Review', 'civicreview.example'],
] as const;
const SUBJECTS = ['Parliament', 'The central bank', 'City council', 'Researchers', 'The union', 'Regulators', 'The coalition', 'Farmers', 'The court', 'Engineers', 'Hospitals', 'The ministry'];
const VERBS = ['approves', 'rejects', 'delays', 'expands', 'questions', 'funds', 'investigates', 'overhauls', 'backs', 'cuts'];
const OBJECTS = ['housing plan', 'rate rise', 'rail link', 'climate bill', 'vaccine rollout', 'budget deal', 'water reform', 'tax credit', 'grid upgrade', 'school funding', 'trade pact', 'pension reform', 'data law', 'port expansion', 'drought response'];
const PLACES = ['in Lyon', 'after long debate', 'amid protests', 'for 2026', 'in the north', 'despite warnings', 'as costs climb', 'in a narrow vote'];
const VOCAB = (
  'the of and to in a is that for on was with as by at from it an be this are have has had not but were which or their its said year percent government people new more than would about after also been over two could first last other some into when there what can most only many city state public country time week report officials according plan program budget million billion cost market price rate growth energy power water climate emissions policy law court vote election minister council region local national international company workers union industry health hospital patients study data research scientists university evidence analysis survey results change increase decline risk crisis support opposition critics supporters debate proposal agreement deal talks negotiations funding investment infrastructure transport rail road housing rent schools students teachers children families income tax pension benefits inflation interest bank central economy trade exports imports tariffs farmers crops drought flood storm heat weather forecast season coast river port ships supply chain shortage demand production factory jobs unemployment wages strike protest police security defence military border migration refugees asylum aid humanitarian'
).split(' ');
// Names of people, places and things: the long tail that makes a real index large.
const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vi', 'ron', 'del', 'ba', 'qu', 'es', 'tor', 'an', 'ni', 'zu', 'pel', 'gra', 'shi', 'mo', 'ver'];
const NAMES = Array.from({ length: 30000 }, (_, i) => {
  let name = '';
  for (let n = i + 401, k = 0; k < 2 + (i % 3); k++, n = Math.floor(n / SYLLABLES.length) + k * 7) name += SYLLABLES[n % SYLLABLES.length];
  return name.charAt(0).toUpperCase() + name.slice(1);
});
const TAGS = ['politics', 'economy', 'climate', 'science', 'health', 'transport', 'europe', 'to-cite', 'long-read', 'follow-up'];

/** A seeded xorshift generator: the same numbers every run. */
export function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function sentence(random: () => number): string {
  const length = 12 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    // Skewed towards the frequent words, as real text is, with one word in eight a name.
    words.push(random() < 0.125 ? (NAMES[Math.floor(random() ** 1.5 * NAMES.length)] as string) : (VOCAB[Math.floor(random() ** 2 * VOCAB.length)] as string));
  }
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

export interface SampleOptions {
  /** Words in the body; by default 800-1,500. */
  words?: number;
}

/** Article number `n`: deterministic, with its own URL, headline and site. */
export function sampleArticle(n: number, options: SampleOptions = {}): Article {
  const random = rng(n * 2654435761 + 7);
  const [siteName, host] = pick(random, SITES);
  const headline = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, PLACES)}`;
  const target = options.words ?? 800 + Math.floor(random() * 700);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < target) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 && count < target; s++) {
      const text = sentence(random);
      sentences.push(text);
      count += text.split(' ').length;
    }
    paragraphs.push(sentences.join(' '));
  }
  const sources = [1, 2, 3].map((i) => ({ id: String(i), title: `Source ${i} for story ${n}`, url: `https://source${i}.example/${n}`, citedBy: 1 }));
  const contentHtml = paragraphs
    .map((p, i) => (i < 3 ? `<p>${p} <sup><a href="#source-${i + 1}" data-source-id="${i + 1}">[${i + 1}]</a></sup></p>` : `<p>${p}</p>`))
    .join('\n');
  const day = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();
  return {
    url: `https://${host}/news/${2025 + (n % 2)}/${n}-${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}?utm_source=feed`,
    headline,
    subtitle: null,
    alternateHeadlines: [],
    byline: `By Reporter ${n % 40}`,
    siteName,
    publishedTime: day,
    lang: 'en',
    summary: paragraphs[0]?.split('. ').slice(0, 2).join('. ') ?? '',
    implications: [{ label: null, text: sentence(random), sourceIds: ['1'] }],
    sources,
    contentHtml,
    textContent: paragraphs.join('\n'),
    wordCount: count,
    readingMinutes: Math.max(1, Math.round(count / 230)),
    removed: [],
  };
}

/** A few tags for article `n`, the same every run. */
export function sampleTags(n: number): string[] {
  const random = rng(n * 40503 + 11);
  return TAGS.filter(() => random() < 0.2);
}
