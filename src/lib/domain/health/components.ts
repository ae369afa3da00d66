import { percentileRanks } from './percentile-rank';

/** The index's components, in display order. */
export const HEALTH_COMPONENTS = ['recency', 'frequency', 'trend', 'satisfaction', 'complaints', 'nps'] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

/** How an NPS column was read: 0–10 ratings or −100…100 scores. */
export type NpsScale = '0-10' | '-100-100';

/** Per-customer inputs, aligned with the `RfmResult`; optional columns are NaN where a customer has no value. */
export interface HealthInputs {
  /** Days since the last order (`RfmResult.recencyDays`). */
  recencyDays: ArrayLike<number>;
  /** Orders (`CustomerMetrics.frequency`). */
  frequency: ArrayLike<number>;
  /** Days since the first order (as-of − `CustomerMetrics.firstDay`); below `windowDays` means new. */
  daysSinceFirstOrder: ArrayLike<number>;
  /** Net spend in the `windowDays` days ending at the as-of date. */
  spendLast180Cents: Float64Array;
  /** Net spend in the `windowDays` days before those. */
  spendPrior180Cents: Float64Array;
  /** Mapped customer attributes, 1–5. */
  satisfaction?: Float64Array;
  /** Mapped complaint counts. */
  complaints?: Float64Array;
  /** Mapped NPS, either scale (see `npsScale`). */
  nps?: Float64Array;
  /** Length of each spend window; 180 by default. */
  windowDays?: number;
}

/** Component scores in 0–1 (1 healthiest) for the available components only; NaN where a customer lacks one. */
export interface HealthComponents {
  customers: number;
  scores: Partial<Record<HealthComponent, Float64Array>>;
  /** The scale the NPS column was read on, null without NPS. */
  npsScale: NpsScale | null;
}

/**
 * Every component score. A component is available only when its column has a finite value for
 * someone; otherwise it is left out of `scores` and the index never weighs it. Formulas in HEALTH.md.
 */
export function healthComponents(inputs: HealthInputs): HealthComponents {
  const candidates: Record<HealthComponent, Float64Array | null> = {
    recency: percentileRanks(inputs.recencyDays, false),
    frequency: percentileRanks(inputs.frequency, true),
    trend: trendScores(inputs.spendLast180Cents, inputs.spendPrior180Cents, inputs.daysSinceFirstOrder, inputs.windowDays ?? 180),
    satisfaction: inputs.satisfaction ? inputs.satisfaction.map((rating) => clamp01((rating - 1) / 4)) : null,
    complaints: inputs.complaints ? inputs.complaints.map((count) => 1 / (1 + Math.max(0, count))) : null,
    nps: null,
  };
  const npsScale = inputs.nps ? detectNpsScale(inputs.nps) : null;
  if (inputs.nps && npsScale) candidates.nps = inputs.nps.map((value) => clamp01(npsScale === '0-10' ? value / 10 : (value + 100) / 200));
  const scores: Partial<Record<HealthComponent, Float64Array>> = {};
  for (const component of HEALTH_COMPONENTS) {
    const column = candidates[component];
    if (column && column.some(Number.isFinite)) scores[component] = column;
  }
  return { customers: inputs.recencyDays.length, scores, npsScale };
}

/**
 * Spend trend, last window L against the one before P (negatives clipped to 0):
 * 0.5 + 0.5 · tanh(ln(L / P)) = L² / (L² + P²). Flat → 0.5, doubled → 0.8, halved → 0.2, stopped
 * → 0, started from nothing → 1; both zero → 0.5 (no change). New customers (first order inside the
 * last window) had no prior window to compare with → NaN, so the index uses their other components.
 */
export function trendScores(last: Float64Array, prior: Float64Array, daysSinceFirstOrder: ArrayLike<number>, windowDays = 180): Float64Array {
  return last.map((lastCents, index) => {
    if (daysSinceFirstOrder[index] < windowDays) return NaN;
    const recent = Math.max(0, lastCents);
    const before = Math.max(0, prior[index]);
    if (recent === 0 && before === 0) return 0.5;
    return (recent * recent) / (recent * recent + before * before);
  });
}

/**
 * The NPS column's scale from its finite values: all within 0–10 → 0–10 ratings, anything outside →
 * −100…100. A −100…100 column whose every value happens to lie in 0–10 is read as ratings. Null
 * when the column has no finite value.
 */
export function detectNpsScale(nps: Float64Array): NpsScale | null {
  let any = false;
  for (const value of nps) {
    if (!Number.isFinite(value)) continue;
    any = true;
    if (value < 0 || value > 10) return '-100-100';
  }
  return any ? '0-10' : null;
}

/** Into 0–1; NaN stays NaN (a missing value). */
function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
