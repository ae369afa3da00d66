import { quoteIdent, sqlInt } from '../sql-text';

/**
 * Per-customer lifecycle inputs as of `asOfDay`, from non-return orders on or before it: first and
 * last order day, distinct order dates, the gap between the last two of them and the median gap
 * between consecutive ones; plus, for the "converted" rule, net money up to `reviewDay` (returns
 * included, as customerMetrics counts it) and whether the customer had ordered by then. Same
 * customers and order as buildCustomerMetricsSql's customers with orders, so the columns line up
 * with an RfmResult (ids and orders come from its metrics: no string column to decode, no second
 * count(DISTINCT) here). One order date
 * gives last_gap 0 and median_gap NaN (never NULL: Arrow would read NULL as 0).
 */
export function buildLifecycleInputsSql(table: string, asOfDay: number, reviewDay: number): string {
  const review = sqlInt(reviewDay);
  return `WITH rows_up_to AS (
  SELECT customer_id, order_day, amount, is_return FROM ${quoteIdent(table)} WHERE order_day <= ${sqlInt(asOfDay)}
), review AS (
  SELECT customer_id,
         CAST(round(coalesce(sum(amount) FILTER (WHERE order_day <= ${review}), 0), 2) * 100 AS BIGINT)::DOUBLE AS review_cents,
         (bool_or(order_day <= ${review} AND NOT is_return))::INTEGER AS ordered_by_review
  FROM rows_up_to GROUP BY customer_id
), gaps AS (
  SELECT customer_id, order_day,
         order_day - lag(order_day) OVER (PARTITION BY customer_id ORDER BY order_day) AS gap
  FROM (SELECT DISTINCT customer_id, order_day FROM rows_up_to WHERE NOT is_return)
), day_stats AS (
  SELECT customer_id, min(order_day)::INTEGER AS first_day, max(order_day)::INTEGER AS last_day,
         count(*)::INTEGER AS order_days,
         coalesce(arg_max(gap, order_day), 0)::INTEGER AS last_gap,
         coalesce(median(gap)::DOUBLE, 'NaN'::DOUBLE) AS median_gap
  FROM gaps GROUP BY customer_id
)
SELECT first_day, last_day, order_days, last_gap, median_gap, review_cents, ordered_by_review
FROM day_stats JOIN review USING (customer_id)
ORDER BY customer_id`;
}
