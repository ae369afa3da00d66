import type { CustomerMetrics } from '../../domain/customer-metrics';
import type { LifecycleInputs } from '../../domain/lifecycle/inputs';
import { float64Column, int32Column, stringColumn } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildLifecycleInputsSql } from './build-lifecycle-sql';
import { customerMetrics, ORDERS_TABLE } from './orders';

/** Lifecycle inputs of every customer with orders as of `asOfDay`, aligned with customerMetrics of that day. */
export async function lifecycleInputs(db: SqlDb, asOfDay: number, hasOrderIds: boolean, table = ORDERS_TABLE): Promise<LifecycleInputs> {
  const sql = buildLifecycleInputsSql(table, asOfDay, hasOrderIds);
  const result = await runQuery(db, sql);
  return {
    asOfDay,
    ids: stringColumn(result, 'customer_id'),
    firstDay: int32Column(result, 'first_day'),
    lastDay: int32Column(result, 'last_day'),
    orderDays: int32Column(result, 'order_days'),
    lastGapDays: int32Column(result, 'last_gap'),
    medianGapDays: float64Column(result, 'median_gap'),
    orders: int32Column(result, 'orders'),
  };
}

/** Metrics at the review date of the "converted" rule; null when nobody had ordered by then. */
export async function reviewMetrics(db: SqlDb, reviewDay: number, hasOrderIds: boolean): Promise<CustomerMetrics | null> {
  const metrics = await customerMetrics(db, reviewDay, hasOrderIds);
  return metrics.ids.length === 0 ? null : metrics;
}
