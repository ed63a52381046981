import { describe, expect, it } from 'vitest';
import { bootstrapStdDev, corpusFigures, metricTokens, scorePage, seededRandom, shingleCounts } from './metric';

describe('metricTokens', () => {
  it('keeps case, splits on punctuation, and keeps Unicode letters, digits and _', () => {
    expect(metricTokens("L'Élysée, café_2 — 3.5%!")).toEqual(['L', 'Élysée', 'café_2', '3', '5']);
  });
});

describe('shingleCounts', () => {
  it('gives one shingle of all tokens for 1 to 3 tokens, none for no token', () => {
    expect([...shingleCounts(['a'])]).toEqual([['a', 1]]);
    expect([...shingleCounts(['a', 'b', 'c'])]).toEqual([['a b c', 1]]);
    expect(shingleCounts([]).size).toBe(0);
  });

  it('counts repeated 4-grams', () => {
    expect(Object.fromEntries(shingleCounts(metricTokens('a b c d a b c d')))).toEqual({
      'a b c d': 2,
      'b c d a': 1,
      'c d a b': 1,
      'd a b c': 1,
    });
  });
});

describe('scorePage', () => {
  it('scores identical texts 1 / 1 and exact, whatever the block separators', () => {
    expect(scorePage('One two three four five.', 'One two\nthree four five')).toEqual({
      tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, hasExtraction: true, hasTruth: true, exact: true,
    });
  });

  it('scores an empty extraction precision 0, recall 0, and leaves it out of the precision mean', () => {
    expect(scorePage('', 'a b c d e')).toEqual({
      tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, hasExtraction: false, hasTruth: true, exact: false,
    });
  });

  it('scores text against an empty truth precision 0, recall 0, out of the recall mean', () => {
    expect(scorePage('a b c d', '')).toEqual({
      tp: 0, fp: 1, fn: 0, precision: 0, recall: 0, hasExtraction: true, hasTruth: false, exact: false,
    });
  });

  it('scores two empty texts 1 / 1 and exact', () => {
    expect(scorePage(' — ', '')).toEqual({
      tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, hasExtraction: false, hasTruth: false, exact: true,
    });
  });

  it('compares texts of 1 to 3 tokens as one shingle', () => {
    expect(scorePage('Hello world', 'Hello world')).toMatchObject({ tp: 1, precision: 1, recall: 1, exact: true });
    expect(scorePage('Hello world', 'Hello there world')).toMatchObject({
      tp: 0, fp: 0.5, fn: 0.5, precision: 0, recall: 0, exact: false,
    });
  });

  it('counts repeated shingles as a multiset', () => {
    // truth: abcd×2, bcda, cdab, dabc; extraction: abcd → tp 1, fn 4
    expect(scorePage('a b c d', 'a b c d a b c d')).toMatchObject({ tp: 0.2, fp: 0, fn: 0.8, precision: 1, recall: 0.2 });
    // extraction: abcd×3, bcda×2, cdab×2, dabc×2 → tp 2+1+1+1 = 5, fp 1+1+1+1 = 4, fn 0
    const s = scorePage('a b c d a b c d a b c d', 'a b c d a b c d');
    expect(s.precision).toBeCloseTo(5 / 9, 12);
    expect(s.recall).toBe(1);
    expect(s.tp).toBeCloseTo(5 / 9, 12);
    expect(s.fp).toBeCloseTo(4 / 9, 12);
  });

  it('scores a partial overlap as computed by hand, case-sensitively', () => {
    // truth shingles: [The cat sat on] [cat sat on the] [sat on the mat] [on the mat today]
    // ours: [Share this The cat] [this The cat sat] [The cat sat on] [cat sat on the] [sat on the mat]
    // tp 3, fp 2, fn 1 → normalized by 6
    const s = scorePage('Share this\nThe cat sat on the mat.', 'The cat sat on the mat today.');
    expect(s.tp).toBeCloseTo(3 / 6, 12);
    expect(s.fp).toBeCloseTo(2 / 6, 12);
    expect(s.fn).toBeCloseTo(1 / 6, 12);
    expect(s.precision).toBeCloseTo(0.6, 12);
    expect(s.recall).toBeCloseTo(0.75, 12);
    // "the" ≠ "The": the only shared shingle would be different in case
    expect(scorePage('the cat sat on', 'The cat sat on')).toMatchObject({ precision: 0, recall: 0 });
  });
});

describe('corpusFigures', () => {
  it('averages precision over non-empty extractions and recall over non-empty truths', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'), // P 1, R 1, exact
      scorePage('', 'a b c d e'), // out of P, R 0
      scorePage('Share this\nThe cat sat on the mat.', 'The cat sat on the mat today.'), // P 0.6, R 0.75
      scorePage('a b c d', ''), // P 0, out of R
    ];
    const figures = corpusFigures(pages);
    const P = (1 + 0.6 + 0) / 3;
    const R = (1 + 0 + 0.75) / 3;
    expect(figures.precision).toBeCloseTo(P, 12);
    expect(figures.recall).toBeCloseTo(R, 12);
    expect(figures.f1).toBeCloseTo((2 * P * R) / (P + R), 12);
    expect(figures.accuracy).toBe(0.25);
  });

  it('is F1 of the means, not the mean of per-page F1', () => {
    const figures = corpusFigures([scorePage('a b c d', 'a b c d'), scorePage('a b c d x', 'a b c d e f g h')]);
    // page 2: ours [abcd][bcdx], truth [abcd][bcde][cdef][defg][efgh] → P 1/2, R 1/5
    expect(figures.precision).toBeCloseTo(0.75, 12);
    expect(figures.recall).toBeCloseTo(0.6, 12);
    expect(figures.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12);
  });
});

describe('bootstrapStdDev', () => {
  const pages = [
    scorePage('a b c d e', 'a b c d e'),
    scorePage('', 'a b c d e'),
    scorePage('Share this\nThe cat sat on the mat.', 'The cat sat on the mat today.'),
    scorePage('a b c d x', 'a b c d e f g h'),
  ];

  it('gives the same figures for the same seed and others for another seed', () => {
    const first = bootstrapStdDev(pages, { seed: 7 });
    expect(bootstrapStdDev(pages, { seed: 7 })).toEqual(first);
    expect(bootstrapStdDev(pages, { seed: 8 })).not.toEqual(first);
    expect(first.f1).toBeGreaterThan(0);
  });

  it('is 0 when every page scores the same', () => {
    const same = Array.from({ length: 5 }, () => scorePage('a b c d e', 'a b c d e'));
    expect(bootstrapStdDev(same, { resamples: 50 })).toEqual({ f1: 0, precision: 0, recall: 0, accuracy: 0 });
  });

  it('draws from a seeded generator in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const draws = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
