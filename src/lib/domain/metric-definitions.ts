import type { CustomerMetrics } from './customer-metrics';

/** What F counts: orders (distinct order ids, else rows), or distinct days with an order. */
export type FrequencyDefinition = 'orders' | 'days';
/** What M measures: net money in total, or net money per order. */
export type MonetaryDefinition = 'total' | 'average';

/** Which frequency and monetary values the scores are computed from (a setting). */
export interface MetricDefinitions {
  frequency: FrequencyDefinition;
  monetary: MonetaryDefinition;
}

export const FREQUENCY_DEFINITIONS: readonly FrequencyDefinition[] = ['orders', 'days'];
export const MONETARY_DEFINITIONS: readonly MonetaryDefinition[] = ['total', 'average'];

/** The classic RFM definitions (and what every result used before the switch existed). */
export function defaultDefinitions(): MetricDefinitions {
  return { frequency: 'orders', monetary: 'total' };
}

/** Any stored value as definitions: a missing or unknown choice is the default, so old settings keep their meaning. */
export function normalizeDefinitions(value: unknown): MetricDefinitions {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof MetricDefinitions, unknown>>;
  const defaults = defaultDefinitions();
  return {
    frequency: FREQUENCY_DEFINITIONS.find((option) => option === raw.frequency) ?? defaults.frequency,
    monetary: MONETARY_DEFINITIONS.find((option) => option === raw.monetary) ?? defaults.monetary,
  };
}

/** Whether the metrics query has to count purchase days (it costs extra, so it runs only when asked). */
export function needsPurchaseDays(definitions: MetricDefinitions): boolean {
  return definitions.frequency === 'days';
}

/** The frequency and monetary columns the F and M scores are computed from, aligned with the metrics. */
export interface RfmInputs {
  /** The definitions actually applied (days fall back to orders when the metrics carry no purchase days). */
  definitions: MetricDefinitions;
  frequency: Int32Array;
  monetaryCents: Float64Array;
}

/**
 * Net money per order in whole cents, halves rounded away from zero (as DuckDB rounds the totals, so
 * −0.5 cents becomes −1). A customer without orders gets 0: the metrics query drops such customers
 * (returns only), so this only keeps the column defined.
 */
export function averageOrderCents(monetaryCents: ArrayLike<number>, orders: ArrayLike<number>): Float64Array {
  const average = new Float64Array(monetaryCents.length);
  for (let index = 0; index < average.length; index++) {
    const count = orders[index];
    if (count <= 0) continue;
    // Integer cents over an integer count: an exact half is exact in binary, anything else is ≥ 1/count away from it.
    const quotient = monetaryCents[index] / count;
    average[index] = Math.sign(quotient) * Math.floor(Math.abs(quotient) + 0.5) || 0;
  }
  return average;
}

/**
 * Picks the values to score under `definitions`. The default definitions return the metrics' own
 * arrays (no copy). Monetary per order always divides by orders, whatever frequency counts.
 */
export function rfmInputs(metrics: CustomerMetrics, definitions: MetricDefinitions): RfmInputs {
  const days = definitions.frequency === 'days' && metrics.purchaseDays !== undefined;
  return {
    definitions: { frequency: days ? 'days' : 'orders', monetary: definitions.monetary },
    frequency: days ? metrics.purchaseDays! : metrics.frequency,
    monetaryCents: definitions.monetary === 'average' ? averageOrderCents(metrics.monetaryCents, metrics.frequency) : metrics.monetaryCents,
  };
}

/** Customers with fewer purchase days than orders (what switching F to days changes), or null without purchase days. */
export function customersWithFewerDays(metrics: CustomerMetrics): number | null {
  const days = metrics.purchaseDays;
  if (!days) return null;
  let fewer = 0;
  for (let index = 0; index < days.length; index++) if (days[index] < metrics.frequency[index]) fewer++;
  return fewer;
}
