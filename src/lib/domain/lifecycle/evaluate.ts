import type { CustomerMetrics } from '../customer-metrics';
import type { LifecycleInputs } from './inputs';
import type { LifecycleRules } from './rules';
import { assignStages } from './stages';
import { valueTiers, valueTiersBefore } from './value-tiers';

/**
 * Stages from the three query results of one as-of date: lifecycle inputs, today's monetary scores
 * (RfmResult.mScore, aligned with the inputs) and the metrics at the review date
 * (asOfDay − rules.reviewOffsetDays; null when that date precedes the data).
 */
export function stagesAsOf(inputs: LifecycleInputs, monetaryScores: Uint8Array, reviewMetrics: CustomerMetrics | null, rules: LifecycleRules): Uint8Array {
  const now = valueTiers(monetaryScores, rules.valueTierBands);
  const before = reviewMetrics ? valueTiersBefore(inputs.ids, reviewMetrics, rules.valueTierBands) : null;
  return assignStages(inputs, rules, { now, before });
}
