import type { LifecycleInputs } from './inputs';
import type { LifecycleRules } from './rules';
import { assignStages } from './stages';
import { valueTiers, valueTiersAtReview } from './value-tiers';

/**
 * Stages from the lifecycle inputs of one as-of date and today's monetary scores
 * (RfmResult.mScore, aligned with the inputs). Nobody can be "converted" when nobody had ordered
 * by the review date.
 */
export function stagesAsOf(inputs: LifecycleInputs, monetaryScores: Uint8Array, rules: LifecycleRules): Uint8Array {
  const now = valueTiers(monetaryScores, rules.valueTierBands);
  const before = hasReview(inputs) ? tiersAtReview(inputs, rules.valueTierBands) : null;
  return assignStages(inputs, rules, { now, before });
}

// The review-date tiers rank every customer's money then (a sort at 100k): they depend on the queried inputs and
// the bands only, so a rescoring or another stage threshold reuses them. Read-only once made.
const reviewTiers = new WeakMap<LifecycleInputs, { bands: string; tiers: Uint8Array }>();

function tiersAtReview(inputs: LifecycleInputs, bands: LifecycleRules['valueTierBands']): Uint8Array {
  const key = JSON.stringify(bands);
  const kept = reviewTiers.get(inputs);
  if (kept?.bands === key) return kept.tiers;
  const tiers = valueTiersAtReview(inputs.reviewMonetaryCents, inputs.orderedByReview, bands);
  reviewTiers.set(inputs, { bands: key, tiers });
  return tiers;
}

/** Whether anyone had ordered by the review date. */
export function hasReview(inputs: LifecycleInputs): boolean {
  return inputs.orderedByReview.includes(1);
}
