import { sortedRevenue, total } from './revenue';

/** Points of a Lorenz curve, ascending: (0, 0) first and (1, 1) last. */
export interface LorenzCurve {
  /** Cumulative share of customers, poorest first. */
  customerShare: Float64Array;
  /** Cumulative share of revenue they hold. */
  revenueShare: Float64Array;
}

export const DEFAULT_LORENZ_POINTS = 201;

/**
 * The Lorenz curve of revenue: customers sorted by money ascending, point i is
 * (i / n, revenue of the i poorest / total). The exact curve has n + 1 points; past `maxPoints`
 * (at least 2) it keeps the points at i = round(j × n / (maxPoints − 1)), which are still exact
 * points of the curve and include both ends. Negative monetary counts as 0 (see `sortedRevenue`).
 * With no revenue at all (n = 0, or everyone at 0) the curve is the diagonal: everyone holds the
 * same nothing, matching `gini` = 0.
 */
export function lorenzCurve(monetaryCents: ArrayLike<number>, maxPoints = DEFAULT_LORENZ_POINTS): LorenzCurve {
  return lorenzOfSorted(sortedRevenue(monetaryCents), maxPoints);
}

/** `lorenzCurve` over revenue already passed through `sortedRevenue`. */
export function lorenzOfSorted(sorted: Float64Array, maxPoints = DEFAULT_LORENZ_POINTS): LorenzCurve {
  const count = sorted.length;
  const revenue = total(sorted);
  const cumulative = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) cumulative[index + 1] = cumulative[index] + sorted[index];
  const pointCount = count === 0 ? 2 : Math.min(count + 1, Math.max(2, Math.floor(maxPoints) || 2));
  const customerShare = new Float64Array(pointCount);
  const revenueShare = new Float64Array(pointCount);
  for (let point = 0; point < pointCount; point++) {
    const index = count === 0 ? point : Math.round((point * count) / (pointCount - 1));
    customerShare[point] = count === 0 ? point : index / count;
    revenueShare[point] = revenue > 0 ? cumulative[index] / revenue : customerShare[point];
  }
  return { customerShare, revenueShare };
}

/**
 * Gini coefficient of revenue: G = Σ (2i − n − 1) · x_i / (n · Σ x) over x sorted ascending,
 * i = 1…n; equal to 1 − 2 × the area under the exact Lorenz curve. 0 when everyone holds the same
 * (including one customer, and everyone at 0); at most (n − 1) / n, when one customer holds it all.
 * Negative monetary counts as 0 (see `sortedRevenue`). NaN for no customers.
 */
export function gini(values: ArrayLike<number>): number {
  return giniOfSorted(sortedRevenue(values));
}

/** `gini` over revenue already passed through `sortedRevenue`. */
export function giniOfSorted(sorted: Float64Array): number {
  const count = sorted.length;
  if (count === 0) return NaN;
  const revenue = total(sorted);
  if (!(revenue > 0)) return 0;
  let weighted = 0;
  for (let index = 0; index < count; index++) weighted += (2 * (index + 1) - count - 1) * sorted[index];
  return weighted / (count * revenue);
}
