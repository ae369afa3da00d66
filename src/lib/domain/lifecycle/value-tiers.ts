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
 * Tiers at the review date, aligned with the current customers: monetary scores are computed among
 * the customers who had ordered by then (the rule), so a customer's earlier score is not
 * diluted by customers who arrived later. Customers absent then get NO_TIER.
 */
export function valueTiersAtReview(reviewMonetaryCents: Float64Array, orderedByReview: Uint8Array, bands: readonly ScoreBand[]): Uint8Array {
  const present: number[] = [];
  orderedByReview.forEach((ordered, index) => ordered && present.push(index));
  const cents = Float64Array.from(present, (index) => reviewMonetaryCents[index]);
  const tiersThen = valueTiers(quantileScores(cents, true), bands);
  const tiers = new Uint8Array(orderedByReview.length); // NO_TIER is 0
  present.forEach((index, at) => (tiers[index] = tiersThen[at]));
  return tiers;
}
