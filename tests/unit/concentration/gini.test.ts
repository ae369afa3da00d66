import { describe, expect, it } from 'vitest';
import { gini, lorenzCurve } from '../../../src/lib/domain/concentration';
import { expectClose } from './expect-close';

describe('gini', () => {
  it.each([
    { name: 'everyone equal is 0', values: [1, 1, 1, 1], expected: 0 },
    // Sorted [0, 0, 0, 1], n = 4: only i = 4 has money, (2·4 − 4 − 1) · 1 / (4 · 1) = 3 / 4.
    { name: 'one of four holds everything: (n − 1) / n', values: [0, 0, 0, 1], expected: 0.75 },
    // Sorted [1, 2, 3, 4, 10], Σ = 20, weights 2i − 6 = −4, −2, 0, 2, 4: (−4 − 4 + 0 + 8 + 40) / (5 · 20) = 40 / 100.
    { name: 'five customers by hand', values: [1, 2, 3, 4, 10], expected: 0.4 },
    { name: 'the order of the input does not matter', values: [10, 3, 1, 4, 2], expected: 0.4 },
    // Sorted [1, 3], Σ = 4: (−1 · 1 + 1 · 3) / (2 · 4) = 2 / 8.
    { name: 'two customers', values: [3, 1], expected: 0.25 },
    { name: 'one customer is 0', values: [500], expected: 0 },
    { name: 'everyone at 0 is 0 (equal, at nothing)', values: [0, 0, 0], expected: 0 },
    // [−5, 5] is read as [0, 5]: (−1 · 0 + 1 · 5) / (2 · 5) = 1 / 2.
    { name: 'negative monetary counts as 0 but stays a customer', values: [-5, 5], expected: 0.5 },
    { name: 'a missing value (NaN) counts as 0', values: [Number.NaN, 5], expected: 0.5 },
    { name: 'only negatives is no revenue: 0', values: [-5, -1], expected: 0 },
    { name: 'no customers is NaN', values: [], expected: Number.NaN },
  ])('$name', ({ values, expected }) => {
    expectClose(gini(Float64Array.from(values)), expected);
  });

  it.each([
    { name: 'five customers', values: [1, 2, 3, 4, 10] },
    { name: 'skewed with zeros', values: [0, 0, 7, 1, 0, 40, 2] },
    { name: 'ties', values: [5, 5, 5, 1, 1] },
  ])('equals 1 − 2 × the area under the exact Lorenz curve: $name', ({ values }) => {
    const { customerShare, revenueShare } = lorenzCurve(values, Infinity);
    let area = 0;
    for (let point = 1; point < customerShare.length; point++) area += ((customerShare[point] - customerShare[point - 1]) * (revenueShare[point] + revenueShare[point - 1])) / 2;
    expect(gini(values)).toBeCloseTo(1 - 2 * area, 12);
  });
});
