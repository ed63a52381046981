/**
 * Every regular expression in the extension's code runs in linear time on any input: page text is hostile,
 * and one backtracking pattern on a 200,000-character run of spaces freezes the tab for seconds (V8's
 * irregexp backtracks; it has no linear-time fallback by default, https://v8.dev/blog/non-backtracking-regexp).
 *
 * The patterns: every literal in utils/, components/, entrypoints/ and cli/ (TypeScript AST), and every one
 * built with `new RegExp` (the phrase lists), recorded as the modules load and as the pipeline extracts the
 * fixture pages (a byline's name patterns are built per page). A construction site that nothing recorded fails.
 *
 * The inputs, 200,000 characters each, from what the pattern mentions (regex-inputs.ts): a run of each of its
 * characters (literal, or one or two standing for each class) and literal words, the same run followed by a
 * character the pattern refuses, recheck's attack strings for the file's old patterns, and (fast-check) a few of
 * those pieces (and the characters its classes list) followed by a short random mix of them repeated. A call
 * slower than LIMIT_MS fails (how it is timed: `slowestCall`); each input is first tried at a tenth of the
 * length, so a quadratic pattern fails there in a fraction of a second instead of running for a minute at full
 * length. `npm run audit:regex` adds recheck's analysis (regex-recheck.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECHECK_ATTACKS } from './regex-attacks';
import { failingTail, patternAlphabet, pumped, repeatTo, slowestCall } from './regex-inputs';
import { collectPatterns } from './regex-inventory';

// A fixed seed, so a run in CI is the run we made here; FC_SEED=random (or any number) explores other cases.
fc.configureGlobal(process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20261125) });

const LENGTH = 200_000;
const PROBE_LENGTH = LENGTH / 10;
/** A linear pattern scans 200,000 characters in a few milliseconds; a quadratic one takes seconds. */
const LIMIT_MS = 50;
const RANDOM_MIXES_PER_PATTERN = 6;
/**
 * Literal words a pattern's runs are made of, at most: a phrase list holds hundreds, and each run costs a scan of
 * 220,000 characters. Every character and class of the pattern still gets its runs, and every word its chance in
 * the random mixes.
 */
const MAX_WORD_RUNS = 12;

/** At most `count` of `items`, spread evenly over them. */
const spread = <T>(items: readonly T[], count: number): T[] => (items.length <= count ? [...items] : Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!));

const { patterns, built, unrecorded } = await collectPatterns();

/** The slowest call on `input` stretched to LENGTH, or to PROBE_LENGTH when that is already over the limit. */
function timeOn(re: RegExp, input: (length: number) => string): { ms: number; limitMs: number; length: number } {
  const probe = slowestCall(re, input(PROBE_LENGTH), LIMIT_MS);
  if (probe.ms > probe.limitMs) return { ...probe, length: PROBE_LENGTH };
  return { ...slowestCall(re, input(LENGTH), LIMIT_MS), length: LENGTH };
}

function describeRun(unit: string, tail: string): string {
  return `${JSON.stringify(unit)} repeated${tail ? `, then ${JSON.stringify(tail)}` : ''}`;
}

describe('regular expressions run in linear time', () => {
  it('finds the patterns built at run time, at every place one is built', () => {
    expect(unrecorded).toEqual([]);
    // The phrase lists, at least: a pattern per list the cleanup rules test.
    expect(built.filter((p) => p.site.includes('phrases.ts')).length).toBeGreaterThan(20);
  });

  it.each(patterns.map((p) => [`${p.sites[0]}${p.sites.length > 1 ? ` (+${p.sites.length - 1})` : ''} /${p.source.slice(0, 80)}/${p.flags}`, p] as const))('%s', (_name, pattern) => {
    const re = new RegExp(pattern.source, pattern.flags);
    const { chars, members, fragments } = patternAlphabet(pattern.source, pattern.flags);
    const units = [...chars, ...members, ...fragments];
    const inputs: [string, (length: number) => string][] = [];
    for (const unit of [...chars, ...spread(fragments, MAX_WORD_RUNS)]) {
      for (const tail of ['', failingTail(re, unit)]) inputs.push([describeRun(unit, tail), (length) => repeatTo(unit, length, tail)]);
    }
    const files = new Set(pattern.sites.map((site) => site.replace(/:\d+.*$/, '')));
    for (const { attack } of RECHECK_ATTACKS.filter((a) => files.has(a.file))) inputs.push([`recheck's ${attack}, stretched`, (length) => pumped(attack, length)]);
    // The first slow input is enough to fail, and each more would cost seconds.
    for (const [name, input] of inputs) {
      const { ms, limitMs, length } = timeOn(re, input);
      if (ms > limitMs) expect.fail(`${name} to ${length} characters: ${ms.toFixed(0)} ms (limit ${limitMs.toFixed(0)} ms)`);
    }

    // A few of its pieces, once (what must come first: "Follow on X"), then a short mix of them repeated, then an end.
    const pieces = (min: number, max: number) => fc.array(fc.constantFrom(...units), { minLength: min, maxLength: max }).map((parts) => parts.join(''));
    const tail = fc.constantFrom('', '\x00', ...chars, ...members);
    // No shrinking (endOnFailure): the failing mix is already short, and shrinking re-runs a slow pattern many times.
    fc.assert(
      fc.property(pieces(0, 2), pieces(1, 4), tail, (start, unit, end) => {
        const { ms, limitMs, length } = timeOn(re, (n) => start + repeatTo(unit, n - start.length, end));
        if (ms > limitMs) throw new Error(`${JSON.stringify(start)}, then ${describeRun(unit, end)} to ${length} characters: ${ms.toFixed(0)} ms (limit ${limitMs.toFixed(0)} ms)`);
      }),
      { numRuns: RANDOM_MIXES_PER_PATTERN, endOnFailure: true, includeErrorInReport: true },
    );
  });
});
