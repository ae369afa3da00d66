import type { CustomerMonths } from '../../domain/lifecycle/segment-trends';
import { float64Column, int32Column, stringColumn } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildCustomerMonthsSql } from './build-trends-sql';
import { ORDERS_TABLE } from './orders';

/** Customer × month order counts and net money as of `asOfDay`; segmentTrends turns them into series. */
export async function customerMonths(db: SqlDb, asOfDay: number, hasOrderIds: boolean, table = ORDERS_TABLE): Promise<CustomerMonths> {
  const result = await runQuery(db, buildCustomerMonthsSql(table, asOfDay, hasOrderIds));
  return {
    ids: stringColumn(result, 'customer_id'),
    month: int32Column(result, 'month'),
    orders: int32Column(result, 'orders'),
    netCents: float64Column(result, 'net_cents'),
    orderedBefore: Uint8Array.from(int32Column(result, 'ordered_before')),
  };
}
