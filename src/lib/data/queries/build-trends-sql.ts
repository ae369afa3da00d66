import { quoteIdent, sqlInt } from '../sql-text';
import { periodNumberSql } from './build-cohort-sql';

/**
 * One row per customer × calendar month with rows on or before `asOfDay`: orders (distinct order
 * ids when the file has them, counted in the month of their first row, else rows; returns are never orders), net money in cents (returns
 * included, rounded to cents in DECIMAL like the cohort query) and whether the customer had a
 * non-return order in an earlier month. A month holding only returns comes back with 0 orders.
 * `month` is periodNumber(day, 'month'): year × 12 + month − 1. Customers come as their position
 * among the customers with an order sorted by id, which is the order of the metrics of the same day
 * (−1 for customers with returns only): integers instead of a million id strings to decode.
 */
export function buildCustomerMonthsSql(table: string, asOfDay: number, hasOrderIds: boolean): string {
  // An order counts in the month of its first row (opens_order, see buildLoadOrdersSql).
  const orderCount = hasOrderIds ? 'count(*) FILTER (WHERE opens_order)' : 'count(*) FILTER (WHERE NOT is_return)';
  return `WITH rows_up_to AS (
  SELECT customer_id, opens_order, amount, is_return, ${periodNumberSql('month')} AS month
  FROM ${quoteIdent(table)} WHERE order_day <= ${sqlInt(asOfDay)}
), first_months AS (
  SELECT customer_id, min(month) FILTER (WHERE NOT is_return) AS first_month
  FROM rows_up_to GROUP BY customer_id
), positions AS (
  SELECT customer_id, (row_number() OVER (ORDER BY customer_id) - 1)::INTEGER AS customer_index
  FROM first_months WHERE first_month IS NOT NULL
)
SELECT coalesce(any_value(customer_index), -1)::INTEGER AS customer_index, month::INTEGER AS month, (${orderCount})::INTEGER AS orders,
       CAST(round(sum(amount), 2) * 100 AS BIGINT)::DOUBLE AS net_cents,
       (coalesce(any_value(first_month) < month, false))::INTEGER AS ordered_before
FROM rows_up_to JOIN first_months USING (customer_id) LEFT JOIN positions USING (customer_id)
GROUP BY customer_id, month
ORDER BY customer_id, month`;
}
