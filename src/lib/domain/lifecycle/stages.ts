import type { LifecycleInputs } from './inputs';
import { stageIndex, type LifecycleRules } from './rules';
import { NO_TIER } from './value-tiers';

/** Value tiers now and at the review date (null when there is no review date, e.g. it precedes the data). */
export interface TierPair {
  now: Uint8Array;
  before: Uint8Array | null;
}

const CHURNED = stageIndex('churned');
const WARNING = stageIndex('churn_warning');
const WON_BACK = stageIndex('won_back');
const NEW = stageIndex('new');
const CONVERTED = stageIndex('converted');
const REPEAT = stageIndex('repeat');
const RETAINED = stageIndex('retained');

/** Days since the last order above which a customer is in churn warning (strict "more than"). */
export function warningThresholdDays(medianGapDays: number, rules: LifecycleRules): number {
  // One order date has no gap: the minimum alone applies.
  if (Number.isNaN(medianGapDays)) return rules.warningMinDays;
  return Math.max(rules.warningMinDays, rules.warningGapMultiple * medianGapDays);
}

/**
 * Stage of every customer with orders, as an index into STAGES; the first matching rule wins in
 * the order. Prospects never appear here: they have no orders.
 */
export function assignStages(inputs: LifecycleInputs, rules: LifecycleRules, tiers: TierPair): Uint8Array {
  const { asOfDay } = inputs;
  const stages = new Uint8Array(inputs.ids.length);
  for (let index = 0; index < stages.length; index++) {
    const daysSinceLast = asOfDay - inputs.lastDay[index];
    const before = tiers.before ? tiers.before[index] : NO_TIER;
    if (daysSinceLast > rules.churnedAfterDays) stages[index] = CHURNED;
    else if (daysSinceLast > warningThresholdDays(inputs.medianGapDays[index], rules)) stages[index] = WARNING;
    else if (inputs.lastGapDays[index] > rules.churnedAfterDays) stages[index] = WON_BACK;
    else if (asOfDay - inputs.firstDay[index] <= rules.newWithinDays) stages[index] = NEW;
    else if (before !== NO_TIER && tiers.now[index] > before) stages[index] = CONVERTED;
    else if (inputs.orders[index] >= 2) stages[index] = REPEAT;
    else stages[index] = RETAINED;
  }
  return stages;
}

/** Customers per stage, in STAGES order. */
export function stageCounts(stages: Uint8Array, stageTotal: number): Int32Array {
  const counts = new Int32Array(stageTotal);
  for (const stage of stages) counts[stage]++;
  return counts;
}
