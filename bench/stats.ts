/** Summary statistics for the benchmarks (the browser section of the speed bench uses them too). */

/** The q-quantile (0..1) by linear interpolation between closest ranks, as numpy's default; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);
export const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);
export const mean = (values: readonly number[]): number => (values.length === 0 ? Number.NaN : sum(values) / values.length);

export interface TimingSummary {
  median: number;
  p95: number;
  total: number;
  count: number;
}

export function summarizeTimings(ms: readonly number[]): TimingSummary {
  return { median: median(ms), p95: p95(ms), total: sum(ms), count: ms.length };
}

/** "12.3" style: one decimal for ms figures. */
export const ms = (value: number): string => value.toFixed(1);
