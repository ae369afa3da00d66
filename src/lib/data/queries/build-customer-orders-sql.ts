import { quoteIdent, quoteLiteral } from '../sql-text';

/**
 * Every row of one customer, oldest first (file line breaks ties), for the profile's timeline.
 * Money leaves the database as whole cents, rounded in DECIMAL like the RFM monetary total. The id
 * is spliced as a quoted literal: it comes from our own query results, and the runQuery surface has
 * no prepared statements.
 */
export function buildCustomerOrdersSql(table: string, customerId: string): string {
  return `SELECT order_day::INTEGER AS order_day, order_key,
       CAST(round(amount, 2) * 100 AS BIGINT)::DOUBLE AS amount_cents,
       is_return::INTEGER AS is_return
FROM ${quoteIdent(table)}
WHERE customer_id = ${quoteLiteral(customerId)}
ORDER BY order_day, line`;
}
