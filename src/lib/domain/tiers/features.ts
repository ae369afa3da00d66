import type { RfmResult } from '../rfm';
import { relationshipYearsColumn } from './relationship-years';

/**
 * Per-customer columns the tier rules read, aligned with an RfmResult (same customers, same order:
 * by customer id, as every customer query returns them). NaN means unknown: a condition on it never
 * matches. Money in whole cents. Who fills what (the SQL comes later):
 * - recencyDays, monetaryCents: the RfmResult (customerMetrics as of the as-of date).
 * - annualSpendCents, ordersPerYear: a trailing-year query over the orders table, rows with
 *   0 ≤ asOfDay − order_day ≤ 365 (the lifecycle's "within 365 days", so a customer has an order
 *   in it exactly when not churned); money net of returns as RFM counts it, orders counted as RFM
 *   frequency (distinct order ids, else rows, returns excluded). 0 (never NaN) without orders there.
 * - relationshipYears: `relationshipYearsColumn` from the customer table's `since` (day number,
 *   NaN when absent) else the metrics' first order day.
 * - satisfaction (1–5), complaints (count), nps (the customer's 0–10 answer), marginRate (a ratio,
 *   0.2 = 20 %): the customer table, LEFT JOINed onto the metrics' customers, NaN (not NULL, which
 *   Arrow reads as 0) where a customer or the column is absent.
 */
export interface TierFeatures {
  ids: string[];
  annualSpendCents: Float64Array;
  ordersPerYear: Float64Array;
  recencyDays: Float64Array;
  monetaryCents: Float64Array;
  relationshipYears: Float64Array;
  satisfaction: Float64Array;
  complaints: Float64Array;
  nps: Float64Array;
  marginRate: Float64Array;
}

/** Every column a condition can name, in display order. */
export const TIER_FEATURES = [
  'annualSpendCents',
  'ordersPerYear',
  'recencyDays',
  'monetaryCents',
  'relationshipYears',
  'satisfaction',
  'complaints',
  'nps',
  'marginRate',
] as const;

/** One column a tier condition can read. */
export type TierFeatureName = (typeof TIER_FEATURES)[number];

/** Columns that only a customer-attribute table provides (all NaN without one). */
export const ATTRIBUTE_FEATURES: readonly TierFeatureName[] = ['satisfaction', 'complaints', 'nps', 'marginRate'];

/** One customer as plain values; an absent value is unknown (NaN). Handy for tests. */
export type TierFeatureRow = { id: string } & Partial<Record<TierFeatureName, number>>;

/** Builds the columns from plain rows. */
export function tierFeaturesFromRows(rows: readonly TierFeatureRow[]): TierFeatures {
  const column = (name: TierFeatureName) => Float64Array.from(rows, (row) => row[name] ?? NaN);
  const features = { ids: rows.map((row) => row.id) } as TierFeatures;
  for (const name of TIER_FEATURES) features[name] = column(name);
  return features;
}

/** The trailing-year query's columns, aligned with the RfmResult. */
export interface TrailingYearColumns {
  annualSpendCents: Float64Array;
  ordersPerYear: Float64Array;
}

/** Customer-table columns, aligned with the RfmResult; an absent column is all unknown. */
export type AttributeColumns = Partial<Record<'sinceDay' | 'satisfaction' | 'complaints' | 'nps' | 'marginRate', Float64Array>>;

/** Assembles the tier features from the RFM result, the trailing-year columns and any attributes. */
export function tierFeaturesFromRfm(rfm: RfmResult, trailingYear: TrailingYearColumns, attributes: AttributeColumns = {}): TierFeatures {
  const { metrics } = rfm;
  const count = metrics.ids.length;
  const unknown = () => new Float64Array(count).fill(NaN);
  return {
    ids: metrics.ids,
    annualSpendCents: trailingYear.annualSpendCents,
    ordersPerYear: trailingYear.ordersPerYear,
    recencyDays: Float64Array.from(rfm.recencyDays),
    monetaryCents: metrics.monetaryCents,
    relationshipYears: relationshipYearsColumn(rfm.asOfDay, attributes.sinceDay ?? unknown(), metrics.firstDay),
    satisfaction: attributes.satisfaction ?? unknown(),
    complaints: attributes.complaints ?? unknown(),
    nps: attributes.nps ?? unknown(),
    marginRate: attributes.marginRate ?? unknown(),
  };
}
