// median() moved from a sort to quickselect for the segment summary's speed on rule edits: the same answers.
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/lib/domain/stats';

const bySort = (values: number[]) => {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

describe('median', () => {
  it.each([
    { name: 'empty', values: [], expected: NaN },
    { name: 'one value', values: [7], expected: 7 },
    { name: 'odd count', values: [5, 1, 3], expected: 3 },
    { name: 'even count takes the mean of the middle two', values: [4, 1, 3, 2], expected: 2.5 },
    { name: 'all tied', values: [2, 2, 2, 2], expected: 2 },
    { name: 'negatives', values: [-5, 10, -1, 0], expected: -0.5 },
    { name: 'NaN sorts last, as before', values: [1, NaN, 2], expected: 2 },
  ])('$name', ({ values, expected }) => expect(median(values)).toEqual(expected));

  it('agrees with the sorted copy on seeded inputs full of ties (most customers bought once)', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 400);
      const values = Array.from({ length }, () => (next() < 0.6 ? 1 : Math.floor(next() * 20)));
      expect(median(values)).toBe(bySort(values));
      const money = Array.from({ length }, () => Math.round((next() - 0.1) * 100_000));
      expect(median(money)).toBe(bySort(money));
    }
  });

  it('does not reorder its input', () => {
    const values = Float64Array.of(3, 1, 2);
    median(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });
});
