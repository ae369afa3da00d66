import { quoteIdent, quoteLiteral, sqlInt } from '../sql-text';

/**
 * Columns of the normalized customer-table file the ingest worker writes (src/lib/ingest/attributes-csv.ts).
 * Unknown values are empty (NULL); `extra` holds the free attributes as one JSON object text.
 */
export const ATTRIBUTE_FILE_COLUMNS = {
  customer_id: 'VARCHAR',
  customer_name: 'VARCHAR',
  industry: 'VARCHAR',
  company_size: 'VARCHAR',
  region: 'VARCHAR',
  preferred_channel: 'VARCHAR',
  since_day: 'INTEGER',
  satisfaction: 'DOUBLE',
  complaints: 'DOUBLE',
  nps: 'DOUBLE',
  margin_rate: 'DOUBLE',
  extra: 'VARCHAR',
} as const;

/** Loads a normalized customer-table CSV into `table` (ids are unique: the worker kept the first row of each). */
export function buildLoadAttributesSql(fileName: string, table: string): string {
  const columns = Object.entries(ATTRIBUTE_FILE_COLUMNS)
    .map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`)
    .join(', ');
  return `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
SELECT * FROM read_csv(${quoteLiteral(fileName)}, header = true, auto_detect = false, delim = ',',
                       quote = '"', escape = '"', columns = {${columns}})`;
}

/**
 * The customers of the metrics as of `asOfDay`: those with a non-return row up to that day,
 * the same set and the same ORDER BY customer_id as the customer-metrics query.
 */
function buyersSql(ordersTable: string, asOfDay: number): string {
  return `SELECT customer_id FROM ${quoteIdent(ordersTable)}
  WHERE order_day <= ${sqlInt(asOfDay)}
  GROUP BY customer_id
  HAVING bool_or(NOT is_return)`;
}

/**
 * Attribute columns aligned with the customer metrics as of `asOfDay`: the buyers LEFT JOINed with
 * the customer table, ordered like the metrics. Unknown numbers are NaN, never NULL (Arrow would read
 * NULL as 0), unknown names ''.
 */
/** Text columns a cross-tab can group by; `extra` holds the free columns as JSON. */
export const TEXT_COLUMNS = ['industry', 'company_size', 'region', 'preferred_channel', 'extra'] as const;

export function buildAttributeColumnsSql(ordersTable: string, attributesTable: string, asOfDay: number): string {
  const number = (column: string) => `coalesce(a.${column}::DOUBLE, 'NaN'::DOUBLE) AS ${column}`;
  return `WITH buyers AS (${buyersSql(ordersTable, asOfDay)})
SELECT b.customer_id, ${number('since_day')}, ${number('satisfaction')}, ${number('complaints')}, ${number('nps')}, ${number('margin_rate')},
       coalesce(a.customer_name, '') AS customer_name, ${TEXT_COLUMNS.map((column) => `coalesce(a.${column}, '') AS ${column}`).join(', ')}
FROM buyers b LEFT JOIN ${quoteIdent(attributesTable)} a ON a.customer_id = b.customer_id
ORDER BY b.customer_id`;
}

/**
 * How the customer table and the orders meet as of `asOfDay`: customers in both, only with orders
 * (not in the customer table), only in the customer table (prospects: no order up to that day).
 */
export function buildAttributeMatchSql(ordersTable: string, attributesTable: string, asOfDay: number): string {
  return `WITH buyers AS (${buyersSql(ordersTable, asOfDay)})
SELECT (count(*) FILTER (WHERE b.customer_id IS NOT NULL AND a.customer_id IS NOT NULL))::INTEGER AS in_both,
       (count(*) FILTER (WHERE a.customer_id IS NULL))::INTEGER AS orders_only,
       (count(*) FILTER (WHERE b.customer_id IS NULL))::INTEGER AS attributes_only
FROM buyers b FULL OUTER JOIN ${quoteIdent(attributesTable)} a ON a.customer_id = b.customer_id`;
}

/** Every column of one customer's row, as text ('' when unknown); no row when the id is not in the table. */
export function buildCustomerAttributesSql(attributesTable: string, customerId: string): string {
  const text = (column: string) => `coalesce(${column}::VARCHAR, '') AS ${column}`;
  return `SELECT ${Object.keys(ATTRIBUTE_FILE_COLUMNS).map(text).join(', ')}
FROM ${quoteIdent(attributesTable)}
WHERE customer_id = ${quoteLiteral(customerId)}`;
}
