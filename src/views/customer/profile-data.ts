import type { CustomerValue } from '../../lib/domain/customer-value';
import type { RfmResult } from '../../lib/domain/rfm';
import { quantileScores } from '../../lib/domain/scores';

/**
 * The radar's five axes, all on 0–5 (5 best): the three RFM scores (1–5) as they are; the health
 * index ÷ 20 (0–100 → 0–5); and the trailing-year orders scored like RFM frequency (tie-sharing
 * quintiles, 1–5, of orders in the 365 days up to the as-of date), so "still buying" sits beside
 * "bought a lot ever". The last two are missing (NaN) until tiers and health are computed, and
 * health is missing for an unscored customer.
 */
export const RADAR_AXES = ['recency', 'frequency', 'monetary', 'health', 'trailing_orders'] as const;
export type RadarAxis = (typeof RADAR_AXES)[number];
export const RADAR_MAX = 5;

// ids arrive in DuckDB's collation, not JS order: a Map per id column instead of a binary search.
const positions = new WeakMap<readonly string[], Map<string, number>>();

/** Position of a customer in an id column (an RfmResult's metrics.ids), or -1. Built once per column. */
export function customerIndex(ids: readonly string[], id: string): number {
  let byId = positions.get(ids);
  if (!byId) {
    byId = new Map(ids.map((each, index) => [each, index]));
    positions.set(ids, byId);
  }
  return byId.get(id) ?? -1;
}

const orderScores = new WeakMap<CustomerValue, Uint8Array>();

/** Trailing-year orders as 1–5 quintile scores, once per CustomerValue (a sort over every customer). */
export function trailingOrderScores(value: CustomerValue): Uint8Array {
  let scores = orderScores.get(value);
  if (!scores) {
    scores = quantileScores(value.features.ordersPerYear, true);
    orderScores.set(value, scores);
  }
  return scores;
}

/** One customer's radar values, in RADAR_AXES order. `value` must belong to `rfm` (or be null). */
export function radarValues(rfm: RfmResult, value: CustomerValue | null, index: number): number[] {
  return [
    rfm.rScore[index],
    rfm.fScore[index],
    rfm.mScore[index],
    value ? value.health.index[index] / 20 : NaN,
    value ? trailingOrderScores(value)[index] : NaN,
  ];
}

/** The mean radar values of the customers in one segment; an axis nobody there has is NaN. */
export function segmentAverage(rfm: RfmResult, value: CustomerValue | null, segment: number): number[] {
  const sums = new Float64Array(RADAR_AXES.length);
  const counts = new Float64Array(RADAR_AXES.length);
  for (let index = 0; index < rfm.segment.length; index++) {
    if (rfm.segment[index] !== segment) continue;
    const values = radarValues(rfm, value, index);
    for (let axis = 0; axis < values.length; axis++) {
      if (!Number.isFinite(values[axis])) continue;
      sums[axis] += values[axis];
      counts[axis]++;
    }
  }
  return Array.from(sums, (sum, axis) => (counts[axis] ? sum / counts[axis] : NaN));
}
