import { describe, expect, it } from 'vitest';
import { percentileRanks } from '../../../src/lib/domain/health';
import { expectClose } from './expect-close';

describe('percentileRanks', () => {
  it.each([
    { name: 'lowest 0, highest 1, middle 0.5', values: [5, 1, 3], higherIsBetter: true, expected: [1, 0, 0.5] },
    { name: 'flipped for lower-is-better', values: [5, 1, 3], higherIsBetter: false, expected: [0, 1, 0.5] },
    // n = 4, ties at 1 share ranks 0 and 1 → mean 0.5 → 0.5 / 3; 2 has 2 below → 2 / 3; 3 → 3 / 3.
    { name: 'ties share the mean of their ranks', values: [1, 1, 2, 3], higherIsBetter: true, expected: [1 / 6, 1 / 6, 2 / 3, 1] },
    { name: 'everyone equal is 0.5', values: [4, 4, 4], higherIsBetter: true, expected: [0.5, 0.5, 0.5] },
    { name: 'one customer is 0.5', values: [9], higherIsBetter: false, expected: [0.5] },
    { name: 'missing values are NaN and not counted', values: [Number.NaN, 2, 4], higherIsBetter: true, expected: [Number.NaN, 0, 1] },
  ])('$name', ({ values, higherIsBetter, expected }) => {
    const ranks = percentileRanks(values, higherIsBetter);
    expect(ranks).toHaveLength(expected.length);
    ranks.forEach((rank, at) => expectClose(rank, expected[at]));
  });
});
