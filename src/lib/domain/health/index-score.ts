import { HEALTH_COMPONENTS, type HealthComponent, type HealthComponents } from './components';

/** Relative weights by component; an available component without one weighs 1 (the default). */
export type HealthWeights = Partial<Record<HealthComponent, number>>;

/**
 * Weights as the index applies them: over the available components only, summing to 1; a
 * component that is not available, or has a negative or non-finite weight, gets 0. With no
 * weights given every available component gets 1 / (number available). All zero when nothing is
 * weighted.
 */
export function normalisedWeights(components: HealthComponents, weights: HealthWeights = {}): Record<HealthComponent, number> {
  const applied = {} as Record<HealthComponent, number>;
  let sum = 0;
  for (const component of HEALTH_COMPONENTS) {
    const weight = components.scores[component] ? (weights[component] ?? 1) : 0;
    applied[component] = Number.isFinite(weight) && weight > 0 ? weight : 0;
    sum += applied[component];
  }
  for (const component of HEALTH_COMPONENTS) applied[component] = sum > 0 ? applied[component] / sum : 0;
  return applied;
}

/**
 * Health index, 0–100: 100 × the weighted mean of a customer's component scores. A customer missing
 * a component (NaN) gets the weighted mean of the others, renormalised over what they have; NaN
 * when they have no weighted component at all. Rounded to 1e-9 so a score that is 70 on paper is
 * not 69.99999999999999 at the band boundary.
 */
export function healthIndex(components: HealthComponents, weights: HealthWeights = {}): Float64Array {
  const applied = normalisedWeights(components, weights);
  const used = HEALTH_COMPONENTS.filter((component) => applied[component] > 0);
  const index = new Float64Array(components.customers);
  for (let customer = 0; customer < components.customers; customer++) {
    let weighted = 0;
    let weightSum = 0;
    for (const component of used) {
      const score = components.scores[component]![customer];
      if (!Number.isFinite(score)) continue;
      weighted += applied[component] * score;
      weightSum += applied[component];
    }
    index[customer] = weightSum > 0 ? Math.round((100 * weighted * 1e9) / weightSum) / 1e9 : NaN;
  }
  return index;
}

export const HEALTH_BANDS = ['healthy', 'watch', 'at_risk'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];
/** Band of a customer without an index (no component). */
export const NO_HEALTH_BAND = 255;

export interface HealthBandThresholds {
  healthyFrom: number;
  watchFrom: number;
}

export const DEFAULT_HEALTH_BANDS: HealthBandThresholds = { healthyFrom: 70, watchFrom: 40 };

/** Index into `HEALTH_BANDS`: healthy at or above `healthyFrom`, watch at or above `watchFrom`, else at risk; NaN → NO_HEALTH_BAND. */
export function healthBands(index: Float64Array, { healthyFrom, watchFrom }: HealthBandThresholds = DEFAULT_HEALTH_BANDS): Uint8Array {
  return Uint8Array.from(index, (score) => (Number.isNaN(score) ? NO_HEALTH_BAND : score >= healthyFrom ? 0 : score >= watchFrom ? 1 : 2));
}

/** One bar of the distribution chart: scores in [from, to), the last bar also holding 100. */
export interface HealthBin {
  from: number;
  to: number;
  customers: number;
}

/** Distribution of the index in bins of `binWidth` (10 → 0–10 … 90–100; not positive → 10), and how many had no index. */
export function healthHistogram(index: Float64Array, width = 10): { bins: HealthBin[]; unscored: number } {
  const binWidth = width > 0 ? width : 10;
  const binCount = Math.ceil(100 / binWidth);
  const bins = Array.from({ length: binCount }, (_, at) => ({ from: at * binWidth, to: Math.min(100, (at + 1) * binWidth), customers: 0 }));
  let unscored = 0;
  for (const score of index) {
    if (Number.isNaN(score)) unscored++;
    else bins[Math.min(binCount - 1, Math.max(0, Math.floor(score / binWidth)))].customers++;
  }
  return { bins, unscored };
}
