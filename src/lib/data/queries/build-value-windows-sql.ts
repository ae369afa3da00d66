import { quoteIdent, sqlInt } from '../sql-text';

/** Days of the trailing year (rows with as-of − order day ≤ this) and of each spend-trend window. */
export const TRAILING_YEAR_DAYS = 365;
export const TREND_WINDOW_DAYS = 180;

/**
 * Money and orders of each customer in windows ending on `asOfDay`, for value tiers and the health
 * index: the trailing year (0 ≤ as-of − order day ≤ 365, as the lifecycle's "within 365 days"),
 * the last 180 days (as-of − 179 … as-of) and the 180 before them. Money is net of returns and
 * rounded to cents like RFM monetary; orders are counted as RFM frequency. Same customers and order
 * as the customer metrics of that day (customers with an order), without the id column.
 */
export function buildValueWindowsSql(table: string, asOfDay: number, hasOrderIds: boolean): string {
  const age = `(${sqlInt(asOfDay)} - order_day)`;
  const cents = (filter: string) => `CAST(round(coalesce(sum(amount) FILTER (WHERE ${filter}), 0), 2) * 100 AS BIGINT)::DOUBLE`;
  const opens = hasOrderIds ? 'opens_order' : 'NOT is_return';
  return `SELECT ${cents(`${age} <= ${TRAILING_YEAR_DAYS}`)} AS year_cents,
       (count(*) FILTER (WHERE ${opens} AND ${age} <= ${TRAILING_YEAR_DAYS}))::DOUBLE AS year_orders,
       ${cents(`${age} < ${TREND_WINDOW_DAYS}`)} AS last_window_cents,
       ${cents(`${age} >= ${TREND_WINDOW_DAYS} AND ${age} < ${2 * TREND_WINDOW_DAYS}`)} AS prior_window_cents
FROM ${quoteIdent(table)}
WHERE order_day <= ${sqlInt(asOfDay)}
GROUP BY customer_id
HAVING bool_or(NOT is_return)
ORDER BY customer_id`;
}
