import type { Points } from './points';

/** The K range the app allows (the issue: adjustable 2–12). */
export const K_LIMITS = { min: 2, max: 12 } as const;

/** Why clustering cannot run; each has a message in the UI, none is an exception. */
export type ClusteringProblem =
  | 'invalid_k_range'
  | 'no_customers'
  | 'single_customer'
  | 'identical_customers'
  | 'too_few_customers'
  | 'too_few_distinct_customers';

/** Either the K values that can run (possibly fewer than asked), or the reason none can. */
export type ClusterCheck = { ok: true; kMin: number; kMax: number } | { ok: false; reason: ClusteringProblem; customers: number; distinct: number };

/** Distinct rows, counting only up to `limit` (cheap: at most `limit` rows are kept for comparison). */
export function distinctRows({ matrix, n, d }: Points, limit: number): number {
  const seen: number[] = [];
  for (let i = 0; i < n && seen.length < limit; i++) {
    const isNew = seen.every((row) => {
      for (let j = 0; j < d; j++) if (matrix[row * d + j] !== matrix[i * d + j]) return true;
      return false;
    });
    if (isNew) seen.push(i);
  }
  return seen.length;
}

/**
 * Which K in [kMin, kMax] can run: K needs at least K distinct customers, and K ≤ n − 1 so that the
 * silhouette is defined. A range cut short at the top still runs; the caller sees the new kMax.
 */
export function checkClusterable(points: Points, kMin: number, kMax: number): ClusterCheck {
  const { n, d } = points;
  const fail = (reason: ClusteringProblem, distinct = 0): ClusterCheck => ({ ok: false, reason, customers: n, distinct });
  if (!Number.isInteger(kMin) || !Number.isInteger(kMax) || kMin < K_LIMITS.min || kMax > K_LIMITS.max || kMin > kMax) return fail('invalid_k_range');
  if (n === 0) return fail('no_customers');
  if (n === 1) return fail('single_customer', 1);
  // No feature left (all were constant) means every customer looks the same.
  const distinct = d === 0 ? 1 : distinctRows(points, kMax);
  if (distinct === 1) return fail('identical_customers', 1);
  if (n - 1 < kMin) return fail('too_few_customers', distinct);
  if (distinct < kMin) return fail('too_few_distinct_customers', distinct);
  return { ok: true, kMin, kMax: Math.min(kMax, n - 1, distinct) };
}
