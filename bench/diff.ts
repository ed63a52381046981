/** Where a page loses points: runs of missed truth shingles (lost text) and of extra shingles (wrongly kept text). */
import type { Removal } from '../utils/extract/types';
import { metricTokens, SHINGLE_SIZE, shingleCounts } from './metric';

export interface TextRun {
  /** Number of shingles in the run (its weight in the page's fp or fn). */
  shingles: number;
  /** The run's words, shortened for display. */
  snippet: string;
  /** The run's full words. */
  text: string;
}

/** Shingles of `tokens` in order, one per start position (a 1-3 token text has one). */
function orderedShingles(tokens: readonly string[]): string[] {
  if (tokens.length === 0) return [];
  if (tokens.length < SHINGLE_SIZE) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) out.push(tokens.slice(i, i + SHINGLE_SIZE).join(' '));
  return out;
}

export function shorten(words: readonly string[], max = 18): string {
  return words.length <= max ? words.join(' ') : `${words.slice(0, max - 4).join(' ')} … ${words.slice(-3).join(' ')}`;
}

/**
 * The runs of `text`'s shingles that `other` does not account for, largest first. Matching consumes the
 * other side's counts left to right, so a repeated paragraph shows up as its second copy.
 */
export function unmatchedRuns(text: string, other: string): TextRun[] {
  const tokens = metricTokens(text);
  const list = orderedShingles(tokens);
  const available = shingleCounts(metricTokens(other));
  const missed = list.map((shingle) => {
    const n = available.get(shingle) ?? 0;
    if (n > 0) available.set(shingle, n - 1);
    return n === 0;
  });
  const runs: TextRun[] = [];
  for (let i = 0; i < missed.length; i++) {
    if (!missed[i]) continue;
    let end = i;
    while (end + 1 < missed.length && missed[end + 1]) end++;
    const words = tokens.slice(i, Math.min(tokens.length, end + SHINGLE_SIZE));
    runs.push({ shingles: end - i + 1, snippet: shorten(words), text: words.join(' ') });
    i = end;
  }
  return runs.sort((a, b) => b.shingles - a.shingles);
}

export interface RemovalLoss {
  removal: Removal;
  /** Truth shingles we missed that this removal's text holds. */
  lostShingles: number;
}

/** The removals whose text holds truth shingles we missed: the cleanup rules that cost recall. */
export function removalsThatLostText(removed: readonly Removal[], ours: string, truth: string): RemovalLoss[] {
  const missed = shingleCounts(metricTokens(truth));
  for (const [shingle, n] of shingleCounts(metricTokens(ours))) {
    const left = (missed.get(shingle) ?? 0) - n;
    if (left > 0) missed.set(shingle, left);
    else missed.delete(shingle);
  }
  const losses: RemovalLoss[] = [];
  for (const removal of removed) {
    let lostShingles = 0;
    for (const [shingle, n] of shingleCounts(metricTokens(removal.text))) lostShingles += Math.min(n, missed.get(shingle) ?? 0);
    if (lostShingles > 0) losses.push({ removal, lostShingles });
  }
  return losses.sort((a, b) => b.lostShingles - a.lostShingles);
}

/**
 * A line view for one page: each line of `ours` marked "+" when most of its shingles are not in the truth,
 * then each truth line marked "-" when most of its shingles are not in ours.
 */
export function lineDiff(ours: string, truth: string): string[] {
  const side = (text: string) => {
    const tokens = metricTokens(text);
    return { shingles: new Set(orderedShingles(tokens)), joined: ` ${tokens.join(' ')} ` };
  };
  const oursSide = side(ours);
  const truthSide = side(truth);
  const mostlyIn = (line: string, other: ReturnType<typeof side>): boolean => {
    const tokens = metricTokens(line);
    if (tokens.length === 0) return true;
    // A line shorter than a shingle is found when its words occur in a row in the other text.
    if (tokens.length < SHINGLE_SIZE) return other.joined.includes(` ${tokens.join(' ')} `);
    const lineShingles = orderedShingles(tokens);
    return lineShingles.filter((s) => other.shingles.has(s)).length * 2 >= lineShingles.length;
  };
  const out = ['--- ours ("+" = not in the truth)'];
  for (const line of ours.split('\n')) out.push(`${mostlyIn(line, truthSide) ? ' ' : '+'} ${line}`);
  out.push('--- truth lines we miss ("-")');
  for (const line of truth.split('\n')) if (line.trim() && !mostlyIn(line, oursSide)) out.push(`- ${line}`);
  return out;
}
