import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorTarget, anchorTargets, describeSpan, type TextSpan } from './anchor';
import type { HighlightTarget } from './types';

/** The span of the `nth` occurrence of `quote` in `text`. */
function spanOf(text: string, quote: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

/** The target a reader would have saved by highlighting the `nth` `quote` of `text`. */
function targetOf(text: string, quote: string, nth = 0): HighlightTarget {
  const { start, end } = spanOf(text, quote, nth);
  return describeSpan(text, start, end);
}

const FLOOD = 'The river rose overnight.\nFarmers moved their cattle to higher ground before dawn.\nThe road to the valley stayed closed.';

describe('describeSpan', () => {
  it('keeps the quote and up to 32 characters either side', () => {
    expect(describeSpan(FLOOD, 26, 51)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'Farmers moved their cattl', prefix: 'The river rose overnight.\n', suffix: 'e to higher ground before dawn.\n' },
      position: { type: 'TextPositionSelector', start: 26, end: 51 },
    });
  });

  it('clamps and orders offsets it is given out of range', () => {
    expect(describeSpan('short text', 20, 6)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'text', prefix: 'short ', suffix: '' },
      position: { type: 'TextPositionSelector', start: 6, end: 10 },
    });
    expect(describeSpan('abc', Number.NaN, -4).position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
  });

  it('never keeps half of a surrogate pair as context', () => {
    const text = `${'😀'.repeat(20)}word${'😀'.repeat(20)}`;
    const { quote } = describeSpan(text, 40, 44);
    expect([quote.prefix.length, quote.suffix.length]).toEqual([32, 32]);
    const odd = describeSpan(`${'😀'.repeat(20)}xwordy${'😀'.repeat(20)}`, 41, 45).quote;
    expect([odd.exact, odd.prefix, odd.suffix]).toEqual(['word', `${'😀'.repeat(15)}x`, `y${'😀'.repeat(15)}`]);
  });
});

describe('anchorTarget', () => {
  it('finds an unchanged quote at its stored offsets', () => {
    expect(anchorTarget(FLOOD, targetOf(FLOOD, 'cattle to higher'))).toEqual({ start: 46, end: 62 });
  });

  it('tells repeated quotes apart by their context, not by which is nearer the old offsets', () => {
    const before = 'Parliament delayed the vote on Monday. Critics said the vote was rigged.';
    const after = 'Critics said the vote was rigged. Parliament delayed the vote on Monday.';
    expect(anchorTarget(after, targetOf(before, 'the vote', 1))).toEqual(spanOf(after, 'the vote', 0));
    expect(anchorTarget(after, targetOf(before, 'the vote', 0))).toEqual(spanOf(after, 'the vote', 1));
  });

  it('follows a paragraph that moved', () => {
    const after = 'The road to the valley stayed closed.\nThe river rose overnight.\nFarmers moved their cattle to higher ground before dawn.';
    expect(anchorTarget(after, targetOf(FLOOD, 'moved their cattle'))).toEqual({ start: 72, end: 90 });
  });

  it('finds a quote with a word changed inside it', () => {
    const after = FLOOD.replace('cattle', 'sheep');
    expect(anchorTarget(after, targetOf(FLOOD, 'Farmers moved their cattle to higher ground'))).toEqual(
      spanOf(after, 'Farmers moved their sheep to higher ground'),
    );
  });

  it('gives null when the quote was deleted', () => {
    const after = FLOOD.replace('Farmers moved their cattle to higher ground before dawn.\n', '');
    expect(anchorTarget(after, targetOf(FLOOD, 'Farmers moved their cattle'))).toBeNull();
  });

  it('finds a quote across two paragraphs, moved or with their separator changed', () => {
    const target = targetOf(FLOOD, 'overnight.\nFarmers moved');
    expect(anchorTarget(`Flood warning.\n${FLOOD}`, target)).toEqual({ start: 30, end: 54 });
    const spaced = FLOOD.replace('overnight.\n', 'overnight.\n\n');
    expect(anchorTarget(spaced, target)).toEqual(spanOf(spaced, 'overnight.\n\nFarmers moved'));
  });

  it('does not look for short quotes approximately', () => {
    const after = FLOOD.replace('cattle', 'cows');
    expect(anchorTarget(after, targetOf(FLOOD, 'cattle'))).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    const target = targetOf(FLOOD, 'moved their cattle');
    expect(anchorTarget('', target)).toBeNull();
    expect(anchorTarget(FLOOD, describeSpan(FLOOD, 5, 5))).toBeNull();
    const misplaced = (start: number, end: number): HighlightTarget => ({ ...target, position: { type: 'TextPositionSelector', start, end } });
    for (const [start, end] of [[-50, -30], [1e9, 1e9 + 18], [Number.NaN, Number.POSITIVE_INFINITY], [40, 10], [0.5, 18.5]] as const) {
      expect(anchorTarget(FLOOD, misplaced(start, end))).toEqual({ start: 34, end: 52 });
    }
    const longQuote = describeSpan(FLOOD.repeat(3), 0, FLOOD.length * 3);
    expect(anchorTarget(FLOOD, longQuote)).toBeNull();
    const huge = 'lorem ipsum dolor sit amet '.repeat(40_000);
    expect(anchorTarget(huge, targetOf(FLOOD, 'Farmers moved their cattle to higher ground'))).toBeNull();
  });
});

const WORDS = [
  'the', 'a', 'of', 'river', 'rose', 'farmers', 'moved', 'cattle', 'higher', 'ground', 'before', 'dawn', 'road',
  'valley', 'closed', 'minister', 'said', 'vote', 'delayed', 'council', 'budget', 'school', 'rain', 'storm', 'bridge',
  'water', 'levels', 'residents', 'warned', 'evacuation', 'shelter', 'emergency', 'crews', 'power', 'outage', 'town',
  'north', 'south', 'week', 'record', 'since', 'forecast', 'more', 'than', 'hundred', 'homes', 'flooded', 'damage',
];
const NEW_WORDS = ['quietly', 'reportedly', 'unexpectedly', 'officials', 'drought', 'harvest', 'insurance'];

type Paragraph = string[];
interface Edited {
  paragraphs: { words: Paragraph; origin: number | null }[];
  /** Original paragraphs whose words changed, or that were deleted. */
  changed: Set<number>;
}

/** A tenth of the paragraphs with a word replaced, inserted or deleted, one new paragraph and one deleted. */
function editArticle(article: Paragraph[], seeds: number[]): Edited {
  let s = 0;
  const next = () => seeds[s++ % seeds.length]! + s;
  const changed = new Set<number>();
  const paragraphs = article.map((words, origin) => ({ words: [...words], origin: origin as number | null }));
  const editCount = Math.max(1, Math.round(article.length / 10));
  while (changed.size < editCount) {
    const index = next() % article.length;
    if (changed.has(index)) continue;
    changed.add(index);
    const words = paragraphs[index]!.words;
    const at = next() % words.length;
    const word = NEW_WORDS[next() % NEW_WORDS.length]!;
    const edit = next() % 3;
    if (edit === 0) words[at] = word;
    else if (edit === 1) words.splice(at, 0, word);
    else if (words.length > 1) words.splice(at, 1);
    else words[at] = word;
  }
  const deleted = next() % article.length;
  changed.add(deleted);
  paragraphs.splice(deleted, 1);
  const inserted = Array.from({ length: 5 + (next() % 20) }, () => NEW_WORDS[next() % NEW_WORDS.length]!);
  paragraphs.splice(next() % (paragraphs.length + 1), 0, { words: inserted, origin: null });
  return { paragraphs, changed };
}

const textOf = (paragraphs: Paragraph[]) => paragraphs.map((words) => words.join(' ')).join('\n');

function paragraphStarts(paragraphs: Paragraph[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const words of paragraphs) {
    starts.push(offset);
    offset += words.join(' ').length + 1;
  }
  return starts;
}

function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count += 1;
  return count;
}

/** Which paragraph of an article holds the character at `offset`, the separator after it counting as its own. */
function paragraphAt(starts: number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= offset) index += 1;
  return index;
}

/** Highlights over `article`, chosen by `seeds`: within a paragraph or running on over the next one or two. */
function highlightSpans(article: Paragraph[], seeds: [number, number, number, number][]): TextSpan[] {
  const text = textOf(article);
  const starts = paragraphStarts(article);
  return seeds.map(([paragraph, from, across, length]) => {
    const first = paragraph % article.length;
    const start = starts[first]! + (from % article[first]!.join(' ').length);
    const last = Math.min(first + across, article.length - 1);
    const end = last === first ? Math.min(start + length, starts[first]! + article[first]!.join(' ').length) : starts[last]! + (length % article[last]!.join(' ').length) + 1;
    return { start, end: Math.min(Math.max(end, start + 1), text.length) };
  });
}

describe('anchorTargets over edited articles', () => {
  it('moves every highlight whose paragraphs were not edited to where its text went, and loses none whose quote is still there', () => {
    const article = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), { minLength: 10, maxLength: 40 });
    const spans = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 2 }), fc.integer({ min: 1, max: 120 })), { minLength: 50, maxLength: 50 });
    const edits = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });
    let checked = 0;
    let moved = 0;
    fc.assert(
      fc.property(article, spans, edits, (paragraphs, spanSeeds, editSeeds) => {
        const oldText = textOf(paragraphs);
        const oldStarts = paragraphStarts(paragraphs);
        const { paragraphs: editedParagraphs, changed } = editArticle(paragraphs, editSeeds);
        const newText = textOf(editedParagraphs.map(({ words }) => words));
        const newStarts = new Map<number, number>();
        paragraphStarts(editedParagraphs.map(({ words }) => words)).forEach((start, i) => {
          const { origin } = editedParagraphs[i]!;
          if (origin !== null && !changed.has(origin)) newStarts.set(origin, start);
        });
        const targets = highlightSpans(paragraphs, spanSeeds).map(({ start, end }) => describeSpan(oldText, start, end));
        const anchors = anchorTargets(newText, targets);
        targets.forEach((target, i) => {
          const anchor = anchors[i] ?? null;
          checked += 1;
          if (anchor !== null) {
            expect(0 <= anchor.start && anchor.start <= anchor.end && anchor.end <= newText.length).toBe(true);
          }
          const { exact } = target.quote;
          if (newText.includes(exact)) expect(anchor && newText.slice(anchor.start, anchor.end)).toBe(exact);
          const first = paragraphAt(oldStarts, target.position.start);
          const last = paragraphAt(oldStarts, target.position.end - 1);
          const firstStart = newStarts.get(first);
          const lastStart = newStarts.get(last);
          const untouched = Array.from({ length: last - first + 1 }, (_, k) => first + k).every((p) => newStarts.has(p));
          // Still together: no paragraph was inserted or deleted between the first and the last.
          if (!untouched || firstStart === undefined || lastStart === undefined || lastStart - firstStart !== oldStarts[last]! - oldStarts[first]!) return;
          const start = firstStart + target.position.start - oldStarts[first]!;
          // Where the quote repeats, its place is only known when its context is still there and nowhere else.
          const { prefix, suffix } = target.quote;
          const window = prefix + exact + suffix;
          const contextKept = start >= prefix.length && newText.startsWith(window, start - prefix.length);
          if (occurrences(newText, exact) === 1 || (contextKept && occurrences(newText, window) === 1)) {
            expect(anchor).toEqual({ start, end: start + exact.length });
            moved += 1;
          }
        });
      }),
      { numRuns: 20 },
    );
    expect(checked).toBe(1000);
    expect(moved).toBeGreaterThan(500);
  });

  it('anchors 1,000 highlights on a 100,000-character article after a paragraph was inserted at the top', () => {
    const paragraphs = Array.from({ length: 1500 }, (_, p) => Array.from({ length: 10 + (p % 7) }, (_, w) => WORDS[(p * 31 + w * 7 + ((p * w) % 11)) % WORDS.length]!));
    const oldText = textOf(paragraphs);
    const step = Math.floor(oldText.length / 1000);
    const targets = Array.from({ length: 1000 }, (_, i) => describeSpan(oldText, i * step, i * step + 5 + (i % 60)));
    const inserted = 'Updated: the council now says the bridge will reopen on Friday.\n';
    const startedAt = performance.now();
    const anchors = anchorTargets(inserted + oldText, targets);
    console.log(`anchorTargets: 1,000 highlights on ${oldText.length} characters in ${(performance.now() - startedAt).toFixed(1)} ms`);
    expect(anchors).toEqual(targets.map(({ position }) => ({ start: position.start + inserted.length, end: position.end + inserted.length })));
  });
});
