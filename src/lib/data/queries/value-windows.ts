import type { CustomerMetrics } from '../../domain/customer-metrics';
import { float64Column } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildValueWindowsSql } from './build-value-windows-sql';
import { ORDERS_TABLE } from './orders';

/** Spend and orders in the trailing year and the two spend-trend windows, aligned with `metrics`. */
export interface ValueWindows {
  annualSpendCents: Float64Array;
  ordersPerYear: Float64Array;
  spendLast180Cents: Float64Array;
  spendPrior180Cents: Float64Array;
}

/** The windows as of `asOfDay`, the day of `metrics` (row i is metrics.ids[i]). */
export async function valueWindows(db: SqlDb, metrics: CustomerMetrics, asOfDay: number, hasOrderIds: boolean, table = ORDERS_TABLE): Promise<ValueWindows> {
  const result = await runQuery(db, buildValueWindowsSql(table, asOfDay, hasOrderIds));
  if (result.numRows !== metrics.ids.length) throw new Error('value windows do not line up with the customer metrics');
  return {
    annualSpendCents: float64Column(result, 'year_cents'),
    ordersPerYear: float64Column(result, 'year_orders'),
    spendLast180Cents: float64Column(result, 'last_window_cents'),
    spendPrior180Cents: float64Column(result, 'prior_window_cents'),
  };
}
