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
  const before = hasReview(inputs) ? valueTiersAtReview(inputs.reviewMonetaryCents, inputs.orderedByReview, rules.valueTierBands) : null;
  return assignStages(inputs, rules, { now, before });
}

/** Whether anyone had ordered by the review date. */
export function hasReview(inputs: LifecycleInputs): boolean {
  return inputs.orderedByReview.includes(1);
}
