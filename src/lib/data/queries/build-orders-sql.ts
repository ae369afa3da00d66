import { quoteIdent, quoteLiteral, sqlInt } from '../sql-text';

/**
 * Columns of the normalized orders file the ingest worker writes (see src/lib/ingest/orders-csv.ts).
 * Day numbers are days since 1970-01-01; money is DECIMAL so sums are exact.
 */
export const ORDER_FILE_COLUMNS = {
  line: 'INTEGER',
  customer_id: 'VARCHAR',
  order_day: 'INTEGER',
  order_key: 'VARCHAR',
  amount: 'DECIMAL(18,4)',
  quantity: 'DECIMAL(18,4)',
  unit_price: 'DECIMAL(18,4)',
  is_return: 'BOOLEAN',
} as const;

/**
 * Loads a normalized orders CSV into `table`, deriving amount = quantity × unit price where needed.
 * `opens_order` marks the first non-return row (earliest day, then line) of each order of a
 * customer, and every non-return row of a file without order ids: counting these rows up to a day
 * equals counting distinct order ids up to it, without a costly count(DISTINCT) on every as-of change.
 */
export function buildLoadOrdersSql(fileName: string, table: string): string {
  const columns = Object.entries(ORDER_FILE_COLUMNS)
    .map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`)
    .join(', ');
  return `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
WITH loaded AS (
  SELECT line, customer_id, order_day, order_key,
         coalesce(amount, CAST(round(quantity * unit_price, 4) AS DECIMAL(18,4))) AS amount,
         is_return
  FROM read_csv(${quoteLiteral(fileName)}, header = true, auto_detect = false, delim = ',',
                quote = '"', escape = '"', columns = {${columns}})
)
SELECT line, customer_id, order_day, order_key, amount, is_return,
       NOT is_return AND (order_key IS NULL
         OR row_number() OVER (PARTITION BY customer_id, order_key, is_return ORDER BY order_day, line) = 1) AS opens_order
FROM loaded`;
}

/** Swaps a freshly loaded table in place of the current one, so a failed load never leaves us without data. */
export function buildSwapTableSql(fresh: string, current: string): string {
  return `DROP TABLE IF EXISTS ${quoteIdent(current)};
ALTER TABLE ${quoteIdent(fresh)} RENAME TO ${quoteIdent(current)}`;
}

/** Day range of the orders, and the latest day not after `todayDay` (for the default as-of date). */
export function buildOrderDayRangeSql(table: string, todayDay: number): string {
  return `SELECT min(order_day)::INTEGER AS min_day, max(order_day)::INTEGER AS max_day,
       max(order_day) FILTER (WHERE order_day <= ${sqlInt(todayDay)})::INTEGER AS max_past_day,
       count(*) FILTER (WHERE order_day > ${sqlInt(todayDay)})::INTEGER AS future_rows,
       count(*)::INTEGER AS rows
FROM ${quoteIdent(table)}`;
}

/**
 * Per-customer RFM inputs as of `asOfDay` (later orders left out). Returns are part of the net
 * monetary total but are not orders. Frequency counts distinct order ids when the file has them,
 * otherwise rows. Monetary is rounded to whole cents in DECIMAL before leaving the database.
 * Customers whose rows are all returns come back with frequency 0 (the caller counts and drops
 * them), and `rows` lets the caller count rows after the as-of date without another scan.
 * With `purchaseDays`, also the distinct days on which an order opened (so never more than the
 * orders); a distinct count costs about +70% at 1M rows, so it is only added when a definition needs it.
 */
export function buildCustomerMetricsSql(table: string, asOfDay: number, hasOrderIds: boolean, purchaseDays = false): string {
  const orderCount = hasOrderIds ? 'count(*) FILTER (WHERE opens_order)' : 'count(*) FILTER (WHERE NOT is_return)';
  const dayCount = purchaseDays ? `,\n       count(DISTINCT order_day) FILTER (WHERE opens_order)::INTEGER AS purchase_days` : '';
  return `SELECT customer_id,
       coalesce(min(order_day) FILTER (WHERE NOT is_return), 0)::INTEGER AS first_day,
       coalesce(max(order_day) FILTER (WHERE NOT is_return), 0)::INTEGER AS last_day,
       (${orderCount})::INTEGER AS frequency,
       CAST(round(sum(amount), 2) * 100 AS BIGINT)::DOUBLE AS monetary_cents,
       count(*)::INTEGER AS rows${dayCount}
FROM ${quoteIdent(table)}
WHERE order_day <= ${sqlInt(asOfDay)}
GROUP BY customer_id
ORDER BY customer_id`;
}
