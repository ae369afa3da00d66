import { describe, expect, it } from 'vitest';
import { quantileType7, quantilesType7 } from '../../../src/lib/domain/r-quantile';
import { cutPointsProblem, scoreWith, type ScoreMethod } from '../../../src/lib/domain/score-methods';
import { quantileScores } from '../../../src/lib/domain/scores';

describe('quantileType7 (R default quantiles)', () => {
  it.each([
    // h = (n − 1)p; by hand: 1..5 at 0.2 → h = 0.8 → 1 + 0.8 × (2 − 1) = 1.8
    { name: 'interpolates between order statistics', sorted: [1, 2, 3, 4, 5], p: 0.2, expected: 1.8 },
    { name: 'lands on an order statistic', sorted: [1, 2, 3, 4, 5], p: 0.5, expected: 3 },
    { name: 'p = 0 is the minimum', sorted: [3, 7, 10], p: 0, expected: 3 },
    { name: 'p = 1 is the maximum', sorted: [3, 7, 10], p: 1, expected: 10 },
    { name: 'ten values at 0.8: h = 7.2', sorted: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90], p: 0.8, expected: 72 },
    { name: 'ties stay exact', sorted: [4, 4, 4, 4], p: 0.4, expected: 4 },
    { name: 'one value', sorted: [9], p: 0.6, expected: 9 },
  ])('$name', ({ sorted, p, expected }) => {
    expect(quantileType7(sorted, p)).toBeCloseTo(expected, 12);
  });

  it('is NaN without values', () => {
    expect(quantileType7([], 0.5)).toBeNaN();
  });

  it('matches R quantile(c(1, 3, 3, 6, 10, 12), c(.2, .4, .6, .8)) = 3, 3, 6, 10', () => {
    expect(quantilesType7([1, 3, 3, 6, 10, 12], [0.2, 0.4, 0.6, 0.8])).toEqual([3, 3, 6, 10]);
  });
});

describe('scoreWith', () => {
  const rRfm: ScoreMethod = { kind: 'r-rfm' };

  it('r-rfm: cut points are quantiles + 1, bins [lower, upper)', () => {
    // 1..10: quantiles 2.8, 4.6, 6.4, 8.2 → cuts 3.8, 5.6, 7.4, 9.2
    const scored = scoreWith(rRfm, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true, 'frequency');
    expect(scored.cutPoints.map((cut) => Math.round(cut * 10) / 10)).toEqual([3.8, 5.6, 7.4, 9.2]);
    expect(Array.from(scored.scores)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(scored.binSizes).toEqual([3, 2, 2, 2, 1]);
  });

  it('r-rfm: a value equal to a cut point goes to the upper bin', () => {
    // 0..5: h = 1, 2, 3, 4 → quantiles 1, 2, 3, 4 → cuts 2, 3, 4, 5, each equal to a value
    const scored = scoreWith(rRfm, [0, 1, 2, 3, 4, 5], true, 'frequency');
    expect(scored.cutPoints).toEqual([2, 3, 4, 5]);
    expect(Array.from(scored.scores)).toEqual([1, 1, 2, 3, 4, 5]);
  });

  it('r-rfm: recency is reversed (fewer days, higher score)', () => {
    const scored = scoreWith(rRfm, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false, 'recency');
    expect(Array.from(scored.scores)).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1]);
    expect(scored.binSizes).toEqual([1, 2, 2, 2, 3]);
  });

  it('r-rfm: monetary adds one currency unit to cents and shows cut points in currency units', () => {
    const cents = [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000];
    const scored = scoreWith(rRfm, cents, true, 'monetary');
    expect(scored.cutPoints).toEqual([29, 47, 65, 83]);
    expect(scored.largestTies[0]).toEqual({ value: 10, customers: 1 });
  });

  it('fixed: typed cut points in display units', () => {
    const method: ScoreMethod = { kind: 'fixed', cuts: { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [50, 100, 500, 1000] } };
    const frequency = scoreWith(method, [1, 2, 3, 4, 5, 9, 10, 40], true, 'frequency');
    expect(Array.from(frequency.scores)).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
    expect(frequency.cutPoints).toEqual([2, 3, 5, 10]);
    expect(frequency.binSizes).toEqual([1, 1, 2, 2, 2]);
    const monetary = scoreWith(method, [4999, 5000, 99999, 100000], true, 'monetary');
    expect(Array.from(monetary.scores)).toEqual([1, 2, 4, 5]);
    const recency = scoreWith(method, [0, 29, 30, 365, 1000], false, 'recency');
    expect(Array.from(recency.scores)).toEqual([5, 5, 4, 1, 1]);
  });

  it('tie-sharing: the same scores as quantileScores, cut points at the lowest value of the bins above', () => {
    const values = [1, 1, 1, 1, 1, 1, 2, 2, 3, 5];
    const scored = scoreWith({ kind: 'tie-sharing' }, values, true, 'frequency');
    expect(scored.scores).toEqual(quantileScores(values, true));
    // worse counts 0,6,8,9 → scores 1, 4, 5, 5: scores 2 and 3 are empty
    expect(scored.binSizes).toEqual([6, 0, 0, 2, 2]);
    expect(scored.cutPoints).toEqual([2, 2, 2, 3]);
    expect(scored.largestTies[0]).toEqual({ value: 1, customers: 6 });
  });

  it('tie-sharing on recency: cut points ascend along the days', () => {
    const values = [10, 20, 30, 40, 50];
    const scored = scoreWith({ kind: 'tie-sharing' }, values, false, 'recency');
    expect(Array.from(scored.scores)).toEqual([5, 4, 3, 2, 1]);
    expect(scored.cutPoints).toEqual([20, 30, 40, 50]);
    expect(scored.binSizes).toEqual([1, 1, 1, 1, 1]);
  });

  it('handles no customers', () => {
    const scored = scoreWith(rRfm, [], true, 'frequency');
    expect(scored.scores.length).toBe(0);
    expect(scored.binSizes).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('cutPointsProblem', () => {
  it.each([
    { name: 'four ascending numbers', cuts: [1, 2, 3, 4], expected: null },
    { name: 'three numbers', cuts: [1, 2, 3], expected: 'count' },
    { name: 'a blank', cuts: [1, NaN, 3, 4], expected: 'not_number' },
    { name: 'a repeat', cuts: [1, 2, 2, 4], expected: 'not_ascending' },
    { name: 'descending', cuts: [4, 3, 2, 1], expected: 'not_ascending' },
  ])('$name', ({ cuts, expected }) => {
    expect(cutPointsProblem(cuts)).toBe(expected);
  });
});
