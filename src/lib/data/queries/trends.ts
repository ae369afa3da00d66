import type { CustomerMonths } from '../../domain/lifecycle/segment-trends';
import type { CustomerMetrics } from '../../domain/customer-metrics';
import { float64Column, int32Column } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildCustomerMonthsSql } from './build-trends-sql';
import { ORDERS_TABLE } from './orders';

/**
 * Customer × month order counts and net money as of `metrics`' day, customers as positions in
 * `metrics` (−1: returns only); segmentTrends turns them into series.
 */
export async function customerMonths(db: SqlDb, metrics: CustomerMetrics, asOfDay: number, hasOrderIds: boolean, table = ORDERS_TABLE): Promise<CustomerMonths> {
  const result = await runQuery(db, buildCustomerMonthsSql(table, asOfDay, hasOrderIds));
  const customer = int32Column(result, 'customer_index');
  let customers = 0;
  for (const index of customer) if (index >= customers) customers = index + 1;
  // Same customers as the metrics, or the positions would point at the wrong people.
  if (customers !== metrics.ids.length) throw new Error('customer months do not line up with the customer metrics');
  return {
    customer,
    month: int32Column(result, 'month'),
    orders: int32Column(result, 'orders'),
    netCents: float64Column(result, 'net_cents'),
    orderedBefore: Uint8Array.from(int32Column(result, 'ordered_before')),
  };
}
