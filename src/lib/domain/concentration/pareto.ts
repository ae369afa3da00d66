import { sortedRevenue, total } from './revenue';

/** Share of revenue held by the top customers. */
export interface TopShare {
  /** The requested fraction of customers, e.g. 0.2 for the top 20 %. */
  fraction: number;
  /** Customers counted as "top": ⌈fraction × n⌉, at least 1 when there is anyone. */
  customers: number;
  /** Their revenue over all customers' revenue, 0–1; NaN when there is no revenue. */
  share: number;
}

export const DEFAULT_TOP_FRACTIONS = [0.01, 0.05, 0.1, 0.2] as const;

/**
 * How many customers make up the top `fraction` of `customerCount`: ⌈fraction × n⌉, rounded up so
 * a small base still has someone in its top 1 % (n = 3 → 1 customer), capped at n. The product is
 * shrunk by one part in 10¹² first so float noise (0.07 × 100 = 7.000000000000001) does not add a
 * customer.
 */
export function topCount(fraction: number, customerCount: number): number {
  if (customerCount === 0 || !(fraction > 0)) return 0;
  const count = Math.ceil(fraction * customerCount * (1 - 1e-12));
  return Math.min(customerCount, Math.max(1, count));
}

/**
 * Share of total revenue from the top ⌈fraction × n⌉ customers by monetary value. Every customer
 * counts in n, including those with zero or negative monetary (their revenue counts as 0, see
 * `sortedRevenue`). Ties at the cut do not matter: tied customers hold the same amount. When the
 * total revenue is not positive (no customers, or nobody with positive monetary) every share is NaN.
 */
export function topShares(monetaryCents: ArrayLike<number>, fractions: readonly number[] = DEFAULT_TOP_FRACTIONS): TopShare[] {
  return topSharesOfSorted(sortedRevenue(monetaryCents), fractions);
}

/** `topShares` over revenue already passed through `sortedRevenue`. */
export function topSharesOfSorted(sorted: Float64Array, fractions: readonly number[] = DEFAULT_TOP_FRACTIONS): TopShare[] {
  const revenue = total(sorted);
  return fractions.map((fraction) => {
    const customers = topCount(fraction, sorted.length);
    let top = 0;
    for (let position = sorted.length - customers; position < sorted.length; position++) top += sorted[position];
    return { fraction, customers, share: revenue > 0 ? top / revenue : NaN };
  });
}
