/** `--compare FILE`: the pages whose F1 moved since an earlier run's `--json`, to see what a change did where. */
import { existsSync, readFileSync } from 'node:fs';
import type { PageScore } from './metric';
import type { PageQuality } from './page-quality';

const MOVED_BY = 0.005;
const pageF1 = (s: PageScore): number => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

export function readComparison(file: string, corpus: string): Map<string, PageQuality> {
  if (!existsSync(file)) return new Map();
  const earlier = JSON.parse(readFileSync(file, 'utf8')) as { pages?: Record<string, PageQuality[]> };
  return new Map((earlier.pages?.[corpus] ?? []).map((page) => [page.id, page]));
}

export function printComparison(earlier: ReadonlyMap<string, PageQuality>, results: readonly PageQuality[]): void {
  if (earlier.size === 0) return;
  const moved = results
    .flatMap((page) => {
      const before = earlier.get(page.id);
      return before ? [{ page, delta: pageF1(page.ours) - pageF1(before.ours), before: pageF1(before.ours) }] : [];
    })
    .filter((m) => Math.abs(m.delta) >= MOVED_BY)
    .sort((a, b) => a.delta - b.delta);
  const gained = moved.filter((m) => m.delta > 0).length;
  console.log(`\nSince the earlier run: ${gained} pages up, ${moved.length - gained} down (by ${MOVED_BY} or more)`);
  for (const m of moved) console.log(`  ${m.delta > 0 ? '+' : ''}${m.delta.toFixed(3)}  ${m.before.toFixed(3)} → ${pageF1(m.page.ours).toFixed(3)}  ${m.page.id.slice(0, 12)}  ${m.page.url}`);
}
