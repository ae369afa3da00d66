import { describe, expect, it } from 'vitest';
import { quantileScores, scoreRanges } from '../../../src/lib/domain/scores';

describe('quantileScores', () => {
  it.each([
    { name: 'ten distinct values fill the five scores evenly', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], higher: true, expected: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5] },
    { name: 'lower is better reverses the scores (recency)', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], higher: false, expected: [5, 5, 4, 4, 3, 3, 2, 2, 1, 1] },
    { name: 'tied customers share a score', values: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5], higher: true, expected: [1, 1, 1, 1, 1, 1, 4, 4, 5, 5] },
    { name: 'a single customer gets score 1', values: [42], higher: true, expected: [1] },
    { name: 'all identical values all get score 1', values: [7, 7, 7], higher: false, expected: [1, 1, 1] },
    { name: 'input order does not matter', values: [10, 1, 5, 3], higher: true, expected: [4, 1, 3, 2] },
    { name: 'negative net monetary ranks lowest', values: [-5, 0, 5, 10, 20], higher: true, expected: [1, 2, 3, 4, 5] },
    { name: 'no customers', values: [], higher: true, expected: [] },
  ])('$name', ({ values, higher, expected }) => {
    expect(Array.from(quantileScores(values, higher))).toEqual(expected);
  });

  it('reports the value range behind each score, with empty scores visible', () => {
    const values = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const ranges = scoreRanges(values, quantileScores(values, true));
    expect(ranges.map((range) => range.count)).toEqual([6, 0, 0, 2, 2]);
    expect(ranges[3]).toMatchObject({ min: 2, max: 3 });
  });
});

describe('quantileScores, both ways of counting', () => {
  // Integers take the packed-sort path; fractions and huge spans take binary search. Both must agree.
  const random = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  it.each([
    { name: 'small integer range with many ties', make: (next: () => number) => Math.floor(next() * 7) },
    { name: 'cents up to a million', make: (next: () => number) => Math.round(next() * 1e8) - 5e6 },
  ])('$name: integers and the same values plus a tiny fraction rank alike', ({ make }) => {
    const next = random(11);
    const integers = Array.from({ length: 5000 }, () => make(next));
    // Adding 0.25 keeps the order and the ties but forces the binary-search path.
    const fractions = integers.map((value) => value + 0.25);
    for (const higher of [true, false]) {
      expect(Array.from(quantileScores(integers, higher))).toEqual(Array.from(quantileScores(fractions, higher)));
    }
  });

  it('a span wider than 2^31 still scores correctly', () => {
    expect(Array.from(quantileScores([0, 2 ** 40, 5, 2 ** 40], true))).toEqual([1, 3, 2, 3]);
  });
});
