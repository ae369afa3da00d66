import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/lib/domain/random';
import { kthSmallest, knownValues, medianInPlace } from '../../../src/lib/domain/tiers/select';

describe('kthSmallest', () => {
  it.each([
    { name: 'smallest', values: [5, 1, 4, 2, 3], k: 0, expected: 1 },
    { name: 'largest', values: [5, 1, 4, 2, 3], k: 4, expected: 5 },
    { name: 'middle', values: [5, 1, 4, 2, 3], k: 2, expected: 3 },
    { name: 'all equal', values: [7, 7, 7, 7], k: 1, expected: 7 },
    { name: 'runs of duplicates', values: [2, 9, 2, 9, 2, 9, 5], k: 3, expected: 5 },
    { name: 'negatives and zero', values: [0, -3, -0.5, 2], k: 1, expected: -0.5 },
    { name: 'one value', values: [42], k: 0, expected: 42 },
  ])('$name', ({ values, k, expected }) => {
    expect(kthSmallest(Float64Array.from(values), k)).toBe(expected);
  });

  it('agrees with sorting on seeded random arrays, and leaves smaller values before k', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const length = 1 + Math.floor(random() * 300);
      const values = Float64Array.from({ length }, () => Math.floor(random() * 20)); // many ties
      const k = Math.floor(random() * length);
      const scratch = values.slice();
      const found = kthSmallest(scratch, k);
      expect(found).toBe(values.slice().sort()[k]);
      for (let at = 0; at < k; at++) expect(scratch[at]).toBeLessThanOrEqual(found);
    }
  });
});

describe('medianInPlace and knownValues', () => {
  it.each([
    { name: 'odd count', values: [3, 1, 2], expected: 2 },
    { name: 'even count averages the middle two', values: [4, 1, 3, 2], expected: 2.5 },
    { name: 'empty is NaN', values: [], expected: NaN },
  ])('median: $name', ({ values, expected }) => {
    expect(medianInPlace(Float64Array.from(values))).toEqual(expected);
  });

  it('knownValues drops NaN, at the given positions or everywhere', () => {
    const values = Float64Array.of(1, NaN, 3, 4);
    expect(Array.from(knownValues(values))).toEqual([1, 3, 4]);
    expect(Array.from(knownValues(values, [3, 1]))).toEqual([4]);
  });
});
