import { describe, expect, it } from 'vitest';
import { lorenzCurve, type LorenzCurve } from '../../../src/lib/domain/concentration';

const points = ({ customerShare, revenueShare }: LorenzCurve) => Array.from(customerShare, (x, at) => [x, revenueShare[at]]);
const oneToThousand = Float64Array.from({ length: 1000 }, (_, at) => 1000 - at);

describe('lorenzCurve', () => {
  it.each([
    { name: 'one of four holds everything', values: [0, 1, 0, 0], expected: [[0, 0], [0.25, 0], [0.5, 0], [0.75, 0], [1, 1]] },
    // Sorted [1, 2, 3, 4, 10], running sums 0, 1, 3, 6, 10, 20 over 20.
    { name: 'five customers by hand', values: [10, 4, 3, 2, 1], expected: [[0, 0], [0.2, 0.05], [0.4, 0.15], [0.6, 0.3], [0.8, 0.5], [1, 1]] },
    { name: 'one customer', values: [7], expected: [[0, 0], [1, 1]] },
    { name: 'negative monetary counts as 0', values: [-20, 20], expected: [[0, 0], [0.5, 0], [1, 1]] },
    { name: 'everyone at 0 is the diagonal (matching Gini 0)', values: [0, 0], expected: [[0, 0], [0.5, 0.5], [1, 1]] },
    { name: 'no customers: just the two ends', values: [], expected: [[0, 0], [1, 1]] },
  ])('$name', ({ values, expected }) => {
    const curve = points(lorenzCurve(values));
    expect(curve).toHaveLength(expected.length);
    curve.forEach(([x, y], at) => {
      expect(x).toBeCloseTo(expected[at][0], 12);
      expect(y).toBeCloseTo(expected[at][1], 12);
    });
  });

  it.each([
    { name: 'exact curve', values: oneToThousand, maxPoints: Infinity, length: 1001 },
    { name: 'downsampled to 11', values: oneToThousand, maxPoints: 11, length: 11 },
    { name: 'downsampled to 2 (fewer asked is 2)', values: oneToThousand, maxPoints: 1, length: 2 },
    { name: 'more points asked than there are', values: Float64Array.of(3, 1, 2), maxPoints: 50, length: 4 },
    { name: 'skewed with ties and zeros', values: Float64Array.of(0, 0, 5, 5, 5, 90, 0, 1), maxPoints: 5, length: 5 },
  ])('$name: (0, 0) first, (1, 1) last, both coordinates climbing', ({ values, maxPoints, length }) => {
    const { customerShare, revenueShare } = lorenzCurve(values, maxPoints);
    expect(customerShare).toHaveLength(length);
    expect([customerShare[0], revenueShare[0]]).toEqual([0, 0]);
    expect([customerShare[length - 1], revenueShare[length - 1]]).toEqual([1, 1]);
    for (let point = 1; point < length; point++) {
      expect(customerShare[point]).toBeGreaterThan(customerShare[point - 1]);
      expect(revenueShare[point]).toBeGreaterThanOrEqual(revenueShare[point - 1]);
      // Never above the diagonal: the poorest x % hold at most x % of revenue.
      expect(revenueShare[point]).toBeLessThanOrEqual(customerShare[point] + 1e-12);
    }
  });

  it('downsampled points are exact points of the curve, evenly spaced in customers', () => {
    const { customerShare, revenueShare } = lorenzCurve(oneToThousand, 11);
    // Point j is the 100·j poorest customers (1…100·j cents): (100j)(100j + 1) / 2 over 1000 · 1001 / 2.
    for (let point = 0; point <= 10; point++) {
      const customers = 100 * point;
      expect(customerShare[point]).toBeCloseTo(point / 10, 12);
      expect(revenueShare[point]).toBeCloseTo((customers * (customers + 1)) / (1000 * 1001), 12);
    }
  });
});
