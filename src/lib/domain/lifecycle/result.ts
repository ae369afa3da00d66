import type { RfmResult } from '../rfm';
import { hasReview, stagesAsOf } from './evaluate';
import { lifecycleFunnel, type FunnelStep } from './funnel';
import type { LifecycleInputs } from './inputs';
import { STAGES, type LifecycleRules } from './rules';
import { stageCounts } from './stages';
import { usualGapRatio } from './usual-gap';
import { churnWarningOrder } from './warnings';

/** What the lifecycle views show for one as-of date, aligned per customer with `rfm`. */
export interface LifecycleResult {
  rfm: RfmResult;
  inputs: LifecycleInputs;
  /** Index into STAGES per customer. */
  stages: Uint8Array;
  /** Customers per stage, in STAGES order; the prospect stage counts the customer table's customers without orders. */
  counts: Int32Array;
  funnel: FunnelStep[];
  /** Days since last order ÷ usual gap; NaN for one order date. */
  usualRatio: Float64Array;
  /** Customers in churn warning, most valuable first. */
  warningOrder: Int32Array;
  /** The review date of the "converted" rule; null when it precedes the data. */
  reviewDay: number | null;
}

/**
 * Stages, funnel and warnings from the queried inputs (their review date: rfm.asOfDay − rules.reviewOffsetDays).
 * `prospects` are customers of a customer table without an order up to the as-of date: they have no
 * row in the per-customer columns, only the prospect stage count and the funnel's acquired step.
 */
export function evaluateLifecycle(rfm: RfmResult, inputs: LifecycleInputs, rules: LifecycleRules, prospects = 0): LifecycleResult {
  if (inputs.ids.length !== rfm.metrics.ids.length || inputs.asOfDay !== rfm.asOfDay) {
    throw new Error('lifecycle inputs do not line up with the RFM result');
  }
  const stages = stagesAsOf(inputs, rfm.mScore, rules);
  const counts = stageCounts(stages, STAGES.length);
  counts[STAGES.indexOf('prospect')] = prospects;
  return {
    rfm,
    inputs,
    stages,
    counts,
    funnel: lifecycleFunnel({ stages, orders: inputs.orders, monetaryScores: rfm.mScore, prospects }),
    usualRatio: usualGapRatio(inputs),
    warningOrder: churnWarningOrder(stages, rfm.metrics.monetaryCents),
    reviewDay: hasReview(inputs) ? inputs.reviewDay : null,
  };
}
