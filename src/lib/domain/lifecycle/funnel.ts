import { stageIndex } from './rules';

/** One funnel step: its count and the share of the previous step that reached it (NaN after an empty step). */
export interface FunnelStep {
  key: 'acquired' | 'activated' | 'repeat' | 'high_value' | 'still_active';
  customers: number;
  stepRate: number;
  /** Share of the acquired customers. */
  overallRate: number;
}

/** What the funnel counts, aligned per customer with orders. */
export interface FunnelInputs {
  stages: Uint8Array;
  orders: Int32Array;
  monetaryScores: Uint8Array;
  /** Customers in an attribute table without orders; 0 until such tables can be loaded. */
  prospects: number;
  /** Monetary score that counts as high value (5 until custom tiers exist). */
  highValueScore?: number;
}

const WARNING = stageIndex('churn_warning');
const CHURNED = stageIndex('churned');

/**
 * The lifecycle funnel. Steps are nested so each step rate is a true conversion: repeat buyers
 * among the activated, high value among the repeat buyers, still active (not in churn warning
 * nor churned) among the high value ones.
 */
export function lifecycleFunnel({ stages, orders, monetaryScores, prospects, highValueScore = 5 }: FunnelInputs): FunnelStep[] {
  let repeat = 0;
  let highValue = 0;
  let stillActive = 0;
  for (let index = 0; index < stages.length; index++) {
    if (orders[index] < 2) continue;
    repeat++;
    if (monetaryScores[index] < highValueScore) continue;
    highValue++;
    if (stages[index] !== WARNING && stages[index] !== CHURNED) stillActive++;
  }
  const counts = [
    ['acquired', stages.length + prospects],
    ['activated', stages.length],
    ['repeat', repeat],
    ['high_value', highValue],
    ['still_active', stillActive],
  ] as const;
  const acquired = counts[0][1];
  return counts.map(([key, customers], step) => ({
    key,
    customers,
    stepRate: step === 0 ? 1 : customers / counts[step - 1][1],
    overallRate: customers / acquired,
  }));
}
