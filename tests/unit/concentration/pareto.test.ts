import { describe, expect, it } from 'vitest';
import { topCount, topShares } from '../../../src/lib/domain/concentration';
import { expectClose } from './expect-close';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, at) => from + at);

describe('topShares', () => {
  it.each([
    { name: 'n = 1: the one customer is every top', values: [500], customers: [1, 1, 1, 1], shares: [1, 1, 1, 1] },
    // Σ = 1000; ⌈0.01·3⌉ = ⌈0.05·3⌉ = ⌈0.1·3⌉ = ⌈0.2·3⌉ = 1 → 700 / 1000.
    { name: 'n = 3: every top rounds up to one customer', values: [100, 700, 200], customers: [1, 1, 1, 1], shares: [0.7, 0.7, 0.7, 0.7] },
    // 100…1000 cents, Σ = 5500; tops 1, 1, 1, 2 → 1000 / 5500, 1900 / 5500.
    { name: 'n = 10', values: range(1, 10).map((x) => x * 100), customers: [1, 1, 1, 2], shares: [2 / 11, 2 / 11, 2 / 11, 19 / 55] },
    // 1…100, Σ = 5050; top 1: 100; top 5: 96…100 = 490; top 10: 91…100 = 955; top 20: 81…100 = 1810.
    { name: 'n = 100', values: range(1, 100).reverse(), customers: [1, 5, 10, 20], shares: [100 / 5050, 490 / 5050, 955 / 5050, 1810 / 5050] },
    { name: 'all tied: the top k hold k / n', values: [50, 50, 50, 50], customers: [1, 1, 1, 1], shares: [0.25, 0.25, 0.25, 0.25] },
    // Σ = 3·300 + 7·100 = 1600; three tied at 300 across the top-20 % cut (2 customers): any two of them hold 600.
    { name: 'ties across the cut', values: [100, 300, 100, 100, 300, 100, 100, 100, 300, 100], customers: [1, 1, 1, 2], shares: [0.1875, 0.1875, 0.1875, 0.375] },
    // n = 5 with −100 and two 0s counted; revenue 400 (−100 read as 0); top ⌈0.2·5⌉ = 1 → 300 / 400.
    { name: 'zero and negative customers count in n', values: [-100, 0, 0, 100, 300], customers: [1, 1, 1, 1], shares: [0.75, 0.75, 0.75, 0.75] },
  ])('$name', ({ values, customers, shares }) => {
    const result = topShares(Float64Array.from(values));
    expect(result.map((top) => top.fraction)).toEqual([0.01, 0.05, 0.1, 0.2]);
    expect(result.map((top) => top.customers)).toEqual(customers);
    result.forEach((top, at) => expectClose(top.share, shares[at]));
  });

  it.each([
    { name: 'no revenue (zeros and negatives) gives NaN shares', values: [0, -5, 0], customers: [1, 1, 1, 1] },
    { name: 'no customers gives NaN shares and nobody on top', values: [], customers: [0, 0, 0, 0] },
  ])('$name', ({ values, customers }) => {
    const result = topShares(values);
    expect(result.map((top) => top.customers)).toEqual(customers);
    expect(result.every((top) => Number.isNaN(top.share))).toBe(true);
  });

  it('takes other fractions, the whole base holding everything', () => {
    const result = topShares([-100, 0, 0, 100, 300], [0.4, 1]);
    expect(result).toEqual([
      { fraction: 0.4, customers: 2, share: 1 },
      { fraction: 1, customers: 5, share: 1 },
    ]);
  });
});

describe('topCount', () => {
  it.each([
    { name: 'float noise does not add a customer (0.07 × 100 = 7.000000000000001)', fraction: 0.07, count: 100, expected: 7 },
    { name: 'exact products stay', fraction: 0.2, count: 10, expected: 2 },
    { name: 'a fraction of a customer rounds up', fraction: 0.01, count: 3, expected: 1 },
    { name: 'just over a whole number rounds up', fraction: 0.21, count: 10, expected: 3 },
    { name: 'capped at the base', fraction: 1.5, count: 10, expected: 10 },
    { name: 'no fraction, nobody', fraction: 0, count: 10, expected: 0 },
    { name: 'no customers, nobody', fraction: 0.5, count: 0, expected: 0 },
  ])('$name', ({ fraction, count, expected }) => {
    expect(topCount(fraction, count)).toBe(expected);
  });
});
