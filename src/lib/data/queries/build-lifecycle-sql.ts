import { quoteIdent, sqlInt } from '../sql-text';

/**
 * Per-customer lifecycle inputs as of `asOfDay`, from non-return orders on or before it: first and
 * last order day, distinct order dates, the gap between the last two of them, the median gap
 * between consecutive ones, and orders (distinct order ids when the file has them, else rows).
 * Same customers and order as buildCustomerMetricsSql's customers with orders, so the columns line
 * up with an RfmResult. One order date gives last_gap 0 and median_gap NaN (never NULL: Arrow
 * would read NULL as 0).
 */
export function buildLifecycleInputsSql(table: string, asOfDay: number, hasOrderIds: boolean): string {
  const orderCount = hasOrderIds ? 'count(DISTINCT order_key)' : 'count(*)';
  return `WITH orders_up_to AS (
  SELECT customer_id, order_day, order_key FROM ${quoteIdent(table)}
  WHERE order_day <= ${sqlInt(asOfDay)} AND NOT is_return
), order_counts AS (
  SELECT customer_id, (${orderCount})::INTEGER AS orders FROM orders_up_to GROUP BY customer_id
), gaps AS (
  SELECT customer_id, order_day,
         order_day - lag(order_day) OVER (PARTITION BY customer_id ORDER BY order_day) AS gap
  FROM (SELECT DISTINCT customer_id, order_day FROM orders_up_to)
), day_stats AS (
  SELECT customer_id, min(order_day)::INTEGER AS first_day, max(order_day)::INTEGER AS last_day,
         count(*)::INTEGER AS order_days,
         coalesce(arg_max(gap, order_day), 0)::INTEGER AS last_gap,
         coalesce(median(gap)::DOUBLE, 'NaN'::DOUBLE) AS median_gap
  FROM gaps GROUP BY customer_id
)
SELECT customer_id, first_day, last_day, order_days, last_gap, median_gap, orders
FROM day_stats JOIN order_counts USING (customer_id)
WHERE orders > 0
ORDER BY customer_id`;
}
