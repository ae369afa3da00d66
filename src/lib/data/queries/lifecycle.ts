import type { LifecycleInputs } from '../../domain/lifecycle/inputs';
import { float64Column, int32Column, stringColumn } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildLifecycleInputsSql } from './build-lifecycle-sql';
import { ORDERS_TABLE } from './orders';

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
