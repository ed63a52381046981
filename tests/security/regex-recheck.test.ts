/**
 * The slower, static half of linear-regex.test.ts: recheck (https://makenowjust-labs.github.io/recheck/)
 * analyses each pattern's automaton (and fuzzes it) to find the inputs that make it backtrack, where the timing
 * test only tries the inputs it builds from the pattern. Each attack recheck reports is stretched to 200,000
 * characters and timed like the timing test's inputs: a pattern fails when its attack is slow. Its fuzzer also
 * reports bounded patterns (`.{1,80}`, `{0,5}` names) that stay linear, which are listed with their time.
 * Minutes of work, so it runs only when asked: `npm run audit:regex`.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pumped, slowestCall } from './regex-inputs';
import { collectPatterns } from './regex-inventory';

interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { summary: string };
  attack?: { pattern: string };
  error?: { kind: string };
}

const LENGTH = 200_000;
const LIMIT_MS = 50;
const enabled = process.env.RECHECK_AUDIT === '1';

describe.runIf(enabled)('recheck', () => {
  it('finds no attack that makes a pattern slow', async () => {
    const { checkSync } = createRequire(import.meta.url)('recheck') as { checkSync: (source: string, flags: string, params?: object) => Diagnostics };
    const { patterns } = await collectPatterns();
    const slow: string[] = [];
    const report: string[] = [];
    for (const pattern of patterns) {
      const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
      if (result.status === 'safe') continue;
      const name = `${pattern.sites.join(', ')} /${pattern.source.slice(0, 100)}/${pattern.flags}`;
      if (result.status === 'unknown' || !result.attack) {
        report.push(`${name}: undecided (${result.error?.kind ?? 'no attack'})`);
        continue;
      }
      const re = new RegExp(pattern.source, pattern.flags);
      const probe = slowestCall(re, pumped(result.attack.pattern, LENGTH / 10), LIMIT_MS);
      const { ms, limitMs } = probe.ms > probe.limitMs ? probe : slowestCall(re, pumped(result.attack.pattern, LENGTH), LIMIT_MS);
      const line = `${name}: ${result.complexity?.summary}, attack ${result.attack.pattern}: ${ms.toFixed(1)} ms`;
      report.push(line);
      if (ms > limitMs) slow.push(line);
    }
    console.log(`recheck: ${patterns.length} patterns, ${report.length} reported\n${report.join('\n')}`);
    expect(slow).toEqual([]);
  }, 1_800_000);
});
