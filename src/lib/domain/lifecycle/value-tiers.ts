import type { CustomerMetrics } from '../customer-metrics';
import { quantileScores } from '../scores';
import type { ScoreBand } from './rules';

/** No tier: the customer had not ordered by the review date. */
export const NO_TIER = 0;

/** Tier of every customer from its monetary score: 1-based position of the band holding it, NO_TIER if none. */
export function valueTiers(monetaryScores: Uint8Array, bands: readonly ScoreBand[]): Uint8Array {
  const lookup = new Uint8Array(256);
  for (let score = 0; score < 256; score++) {
    const band = bands.findIndex(([low, high]) => score >= low && score <= high);
    lookup[score] = band < 0 ? NO_TIER : band + 1;
  }
  return monetaryScores.map((score) => lookup[score]);
}

/**
 * Tiers at the review date, aligned with `currentIds`: monetary scores are computed among the
 * customers who had ordered by then (the rule), so a customer's earlier score is not
 * diluted by customers who arrived later. Customers absent then get NO_TIER.
 */
export function valueTiersBefore(currentIds: readonly string[], before: CustomerMetrics, bands: readonly ScoreBand[]): Uint8Array {
  const tiersThen = valueTiers(quantileScores(before.monetaryCents, true), bands);
  // A map rather than a merge: DuckDB's collation and JS string order can differ outside ASCII.
  const positionThen = new Map<string, number>();
  before.ids.forEach((id, index) => positionThen.set(id, index));
  return Uint8Array.from(currentIds, (id) => {
    const index = positionThen.get(id);
    return index === undefined ? NO_TIER : tiersThen[index];
  });
}
