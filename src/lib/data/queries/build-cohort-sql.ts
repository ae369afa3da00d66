import type { CohortPeriod } from '../../domain/lifecycle/periods';
import { quoteIdent, sqlInt } from '../sql-text';

/** SQL of periodNumber (src/lib/domain/lifecycle/periods.ts) over the order_day column. */
export function periodNumberSql(period: CohortPeriod): string {
  const date = `(DATE '1970-01-01' + order_day)`;
  if (period === 'week') return 'CAST(floor((order_day - 4) / 7) AS INTEGER)'; // Monday weeks: day 4 is 1970-01-05
  if (period === 'month') return `(year(${date}) * 12 + month(${date}) - 1)`;
  return `(year(${date}) * 4 + quarter(${date}) - 1)`;
}

/**
 * Acquisition cohorts as of `asOfDay`: the cohort is the period of a customer's first non-return
 * order; each cell counts the cohort's customers with an order in a later period (offset 0 = the
 * first order's period, hence the cohort size) and its net money there in cents, returns included.
 * Returns dated before the first order's period belong to no cell. Only non-empty cells come back.
 */
export function buildCohortCellsSql(table: string, asOfDay: number, period: CohortPeriod): string {
  return `WITH rows_up_to AS (
  SELECT customer_id, amount, is_return, ${periodNumberSql(period)} AS period_no
  FROM ${quoteIdent(table)} WHERE order_day <= ${sqlInt(asOfDay)}
), cohorts AS (
  SELECT customer_id, min(period_no) FILTER (WHERE NOT is_return) AS cohort
  FROM rows_up_to GROUP BY customer_id
)
SELECT cohort::INTEGER AS cohort, (period_no - cohort)::INTEGER AS period_offset,
       (count(DISTINCT customer_id) FILTER (WHERE NOT is_return))::INTEGER AS customers,
       CAST(round(sum(amount), 2) * 100 AS BIGINT)::DOUBLE AS revenue_cents
FROM rows_up_to JOIN cohorts USING (customer_id)
WHERE cohort IS NOT NULL AND period_no >= cohort
GROUP BY cohort, period_offset
ORDER BY cohort, period_offset`;
}
