import { quoteIdent, quoteLiteral, sqlInt } from '../sql-text';
import { periodNumberSql } from './build-cohort-sql';

/** Loads the per-customer segment file (`customer_index,segment`) into `table`. */
export function buildLoadSegmentsSql(fileName: string, table: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(table)} AS
SELECT * FROM read_csv(${quoteLiteral(fileName)}, header = true, auto_detect = false, delim = ',',
                       columns = {'customer_index': 'INTEGER', 'segment': 'INTEGER'})`;
}

/**
 * Monthly totals per current segment, and for everyone (segment −1), as of `asOfDay`: customers
 * ordering in the month (active), those of them who had ordered in an earlier month (returning),
 * orders (counted as RFM frequency; an order counts in the month of its first row) and net money
 * in cents (returns included, rounded per customer and month, then summed). Customers are joined to
 * `segmentsTable` by their position among the customers with an order sorted by id, which is the
 * order of the metrics of the same day; customers with returns only have no position and no series.
 * `month` is periodNumber(day, 'month'): year × 12 + month − 1. Empty months do not come back.
 */
export function buildSegmentMonthsSql(table: string, segmentsTable: string, asOfDay: number, hasOrderIds: boolean): string {
  const orderCount = hasOrderIds ? 'count(*) FILTER (WHERE opens_order)' : 'count(*) FILTER (WHERE NOT is_return)';
  return `WITH rows_up_to AS (
  SELECT customer_id, opens_order, amount, is_return, ${periodNumberSql('month')} AS month
  FROM ${quoteIdent(table)} WHERE order_day <= ${sqlInt(asOfDay)}
), positions AS (
  SELECT customer_id, first_month, (row_number() OVER (ORDER BY customer_id) - 1)::INTEGER AS customer_index
  FROM (SELECT customer_id, min(month) FILTER (WHERE NOT is_return) AS first_month FROM rows_up_to GROUP BY customer_id)
  WHERE first_month IS NOT NULL
), customer_months AS (
  SELECT customer_id, month, ${orderCount} AS orders, CAST(round(sum(amount), 2) * 100 AS BIGINT) AS net_cents
  FROM rows_up_to GROUP BY customer_id, month
)
SELECT coalesce(segment, -1)::INTEGER AS segment, month::INTEGER AS month,
       (count(*) FILTER (WHERE orders > 0))::INTEGER AS active,
       (count(*) FILTER (WHERE orders > 0 AND first_month < month))::INTEGER AS returning,
       sum(orders)::INTEGER AS orders,
       sum(net_cents)::DOUBLE AS revenue_cents
FROM customer_months JOIN positions USING (customer_id) JOIN ${quoteIdent(segmentsTable)} USING (customer_index)
GROUP BY GROUPING SETS ((segment, month), (month))
ORDER BY segment, month`;
}
