import { describe, expect, it } from 'vitest';
import { median, p95, quantile, summarizeTimings } from './stats';

describe('stats', () => {
  it('interpolates quantiles between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(p95([...Array(21).keys()])).toBe(19);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5, 12);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('summarizes timings', () => {
    const summary = summarizeTimings([1, 2, 3, 4]);
    expect(summary).toMatchObject({ median: 2.5, total: 10, count: 4 });
    expect(summary.p95).toBeCloseTo(3.85, 12);
  });
});
