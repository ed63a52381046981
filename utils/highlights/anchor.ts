/**
 * Where a highlight is in the article body's text, found again after the text changed. A highlight is kept as the
 * words it covers with a little context either side (a quote) plus its offsets, not as a path through the DOM: the
 * body is re-extracted and re-sanitized, so its elements come and go while its words mostly stay. Anchoring tries the
 * stored offsets, then the quote's exact occurrences, then an approximate match, as Hypothesis does
 * (https://web.hypothes.is/blog/fuzzy-anchoring/). Text in, offsets out: painting them is paint.ts.
 */
import search from 'approx-string-match';
import { QUOTE_CONTEXT_LENGTH, type HighlightTarget, type TextQuoteSelector } from './types';

export interface TextSpan {
  start: number;
  end: number;
}

/** Quotes shorter than this are only found exactly: a few letters, errors allowed, match almost anywhere. */
const MIN_FUZZY_QUOTE_LENGTH = 8;
/** The share of a quote that must still match for a reader to call it the same passage. */
const MIN_QUOTE_SIMILARITY = 0.75;
/** Errors ever allowed in a quote: Myers' search costs about errors / 32 machine words per character of text. */
const MAX_QUOTE_ERRORS = 256;
/** Characters either side of where a changed quote should be, searched before the whole text is. */
const NEARBY_MARGIN = 2000;
/** How much each agreement counts when approximate matches compete: Hypothesis' weights (its match-quote.ts). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** `offset` as a whole offset inside `text`; anything that is not a number is 0. */
function clampOffset(text: string, offset: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), text.length) : 0;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The quote and offsets of `text` from `start` to `end`, to store as the highlight's target. */
export function describeSpan(text: string, start: number, end: number): HighlightTarget {
  const [from, to] = [clampOffset(text, start), clampOffset(text, end)].sort((a, b) => a - b) as [number, number];
  // Context cut inside a surrogate pair would store half a character; it loses that character instead.
  let prefixStart = Math.max(0, from - QUOTE_CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, to + QUOTE_CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(prefixStart, from),
      suffix: text.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/** How many characters of the stored context still sit right next to `text` from `start` to `end`. */
function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const { prefix, suffix } = quote;
  let before = 0;
  while (before < prefix.length && start - before > 0 && prefix.charCodeAt(prefix.length - 1 - before) === text.charCodeAt(start - 1 - before)) before += 1;
  let after = 0;
  while (after < suffix.length && end + after < text.length && suffix.charCodeAt(after) === text.charCodeAt(end + after)) after += 1;
  return before + after;
}

/** The stored offsets moved by `shift`, when the quote and all its context are there. */
function storedSpan(text: string, target: HighlightTarget, shift: number): TextSpan | null {
  const { quote, position } = target;
  const start = position.start + shift;
  const end = start + quote.exact.length;
  if (!Number.isInteger(start) || start < 0 || end > text.length || position.end + shift !== end) return null;
  if (!text.startsWith(quote.exact, start)) return null;
  return contextAgreement(text, start, end, quote) === quote.prefix.length + quote.suffix.length ? { start, end } : null;
}

/** The exact occurrence whose context agrees most, then the one nearest the stored offset. */
function bestExactOccurrence(text: string, quote: TextQuoteSelector, hint: number): TextSpan | null {
  const { exact } = quote;
  let best: TextSpan | null = null;
  let bestAgreement = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const agreement = contextAgreement(text, at, at + exact.length, quote);
    const distance = Math.abs(at - hint);
    if (agreement > bestAgreement || (agreement === bestAgreement && distance < bestDistance)) {
      best = { start: at, end: at + exact.length };
      bestAgreement = agreement;
      bestDistance = distance;
    }
  }
  return best;
}

/** 1 when `context` is found in `window` as it was, down to 0 when none of it is (Hypothesis' textMatchScore). */
function contextSimilarity(window: string, context: string): number {
  if (context.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window.includes(context)) return 1;
  const errors = search(window, context, context.length)[0]?.errors ?? context.length;
  return 1 - errors / context.length;
}

/** The best-scoring approximate match of the quote between `from` and `to`, allowing `maxErrors`. */
function bestMatchBetween(text: string, from: number, to: number, quote: TextQuoteSelector, hint: number, maxErrors: number): TextSpan | null {
  const { exact, prefix, suffix } = quote;
  let best: TextSpan | null = null;
  let bestScore = -Infinity;
  for (const found of search(text.slice(from, to), exact, maxErrors)) {
    const start = from + found.start;
    const end = from + found.end;
    const score =
      WEIGHTS.quote * (1 - found.errors / exact.length) +
      WEIGHTS.prefix * contextSimilarity(text.slice(Math.max(0, start - prefix.length), start), prefix) +
      WEIGHTS.suffix * contextSimilarity(text.slice(end, end + suffix.length), suffix) +
      WEIGHTS.position * (1 - Math.abs(start - hint) / text.length);
    if (score > bestScore) {
      best = { start, end };
      bestScore = score;
    }
  }
  return best;
}

/**
 * The approximate match a reader would take for the quote, or null when no passage is similar enough. The text near
 * `hint` is searched first: a search costs a pass over the text it is given, and a passage that changed a little has
 * usually not moved far.
 */
function bestApproximateMatch(text: string, quote: TextQuoteSelector, hint: number): TextSpan | null {
  const { exact } = quote;
  if (exact.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  // The search returns only matches within maxErrors, so this bound is also the similarity threshold.
  const maxErrors = Math.min(MAX_QUOTE_ERRORS, Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  if (exact.length - maxErrors > text.length) return null;
  const from = Math.max(0, hint - NEARBY_MARGIN);
  const to = Math.min(text.length, hint + exact.length + NEARBY_MARGIN);
  const nearby = bestMatchBetween(text, from, to, quote, hint, maxErrors);
  if (nearby || (from === 0 && to === text.length)) return nearby;
  return bestMatchBetween(text, 0, text.length, quote, hint, maxErrors);
}

/** Where `target` is in `text`, looked for first where its stored offsets moved by `shift` put it. */
function anchorShifted(text: string, target: HighlightTarget, shift: number): TextSpan | null {
  const { quote, position } = target;
  if (quote.exact.length === 0 || text.length === 0) return null;
  const stored = (shift !== 0 ? storedSpan(text, target, shift) : null) ?? storedSpan(text, target, 0);
  if (stored) return stored;
  const hint = clampOffset(text, position.start + shift);
  return bestExactOccurrence(text, quote, hint) ?? bestApproximateMatch(text, quote, hint);
}

/**
 * Where `target` is in `text`, or null when its passage is gone (an orphan: the caller keeps and lists it).
 * Never throws; costs a few passes over `text` at most.
 */
export function anchorTarget(text: string, target: HighlightTarget): TextSpan | null {
  return anchorShifted(text, target, 0);
}

/**
 * Where each of `targets` is in `text`, in the same order. An edit above a passage moves every highlight after it
 * alike, so each is looked for first where the previous one's shift puts it; in document order, only the highlights
 * an edit touched need a search.
 */
export function anchorTargets(text: string, targets: readonly HighlightTarget[]): (TextSpan | null)[] {
  let shift = 0;
  return targets.map((target) => {
    const anchor = anchorShifted(text, target, shift);
    if (anchor) shift = anchor.start - target.position.start;
    return anchor;
  });
}
