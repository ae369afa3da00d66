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
