import { quoteIdent, sqlInt } from '../sql-text';

/**
 * Aggregates, per customer over its rows up to the as-of date, that the lifecycle needs: the sorted
 * distinct order dates (returns are no order) and, for the "converted" rule, net money up to
 * `reviewDay` (returns included, as RFM monetary counts it) and whether the customer had ordered by
 * then. Shared by the lifecycle query and the metrics-with-lifecycle query, so both read the same.
 */
export function lifecycleAggregatesSql(reviewDay: number): string {
  const review = sqlInt(reviewDay);
  return `list_sort(list_distinct(list(order_day) FILTER (WHERE NOT is_return))) AS order_dates,
       CAST(round(coalesce(sum(amount) FILTER (WHERE order_day <= ${review}), 0), 2) * 100 AS BIGINT)::DOUBLE AS review_cents,
       (bool_or(order_day <= ${review} AND NOT is_return))::INTEGER AS ordered_by_review`;
}

/**
 * The lifecycle columns from those aggregates (in a query over `order_dates`): distinct order dates,
 * the gap between the last two and the median gap between consecutive ones. One order date gives
 * last_gap 0 and median_gap NaN (never NULL: Arrow would read NULL as 0).
 */
export const LIFECYCLE_COLUMNS_SQL = `len(order_dates)::INTEGER AS order_days,
       coalesce(gaps[-1], 0)::INTEGER AS last_gap,
       coalesce(list_median(gaps)::DOUBLE, 'NaN'::DOUBLE) AS median_gap,
       review_cents, ordered_by_review`;

/** Gaps between consecutive distinct order dates, beside the aggregates. */
export const GAPS_SQL = 'list_transform(range(1, len(order_dates)), i -> order_dates[i + 1] - order_dates[i]) AS gaps';

/**
 * Per-customer lifecycle inputs as of `asOfDay`, one row per customer with an order up to it, in
 * customer-id order: the customers and order of buildCustomerMetricsSql's customers with orders,
 * so the columns line up with an RfmResult (ids, first/last day and orders come from its metrics:
 * no string column to decode).
 */
export function buildLifecycleInputsSql(table: string, asOfDay: number, reviewDay: number): string {
  return `WITH per_customer AS (
  SELECT customer_id, ${lifecycleAggregatesSql(reviewDay)}
  FROM ${quoteIdent(table)} WHERE order_day <= ${sqlInt(asOfDay)}
  GROUP BY customer_id HAVING bool_or(NOT is_return)
), with_gaps AS (SELECT *, ${GAPS_SQL} FROM per_customer)
SELECT ${LIFECYCLE_COLUMNS_SQL}
FROM with_gaps ORDER BY customer_id`;
}
