import type { CustomerMetrics } from '../../domain/customer-metrics';
import type { LifecycleInputs } from '../../domain/lifecycle/inputs';
import { float64Column, int32Column } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildLifecycleInputsSql } from './build-lifecycle-sql';
import { ORDERS_TABLE } from './orders';

/**
 * Lifecycle inputs of every customer with orders as of `metrics`' day, aligned with those metrics
 * (their frequency is the order count); `reviewDay` is the review date of the "converted" rule.
 */
export async function lifecycleInputs(db: SqlDb, metrics: CustomerMetrics, asOfDay: number, reviewDay: number, table = ORDERS_TABLE): Promise<LifecycleInputs> {
  const result = await runQuery(db, buildLifecycleInputsSql(table, asOfDay, reviewDay));
  // Both queries select the customers with an order and sort by customer_id in the same engine, so
  // row i is metrics.ids[i]; a different count is a bug, never shown as data.
  if (result.numRows !== metrics.ids.length) throw new Error('lifecycle inputs do not line up with the customer metrics');
  return {
    asOfDay,
    ids: metrics.ids,
    firstDay: int32Column(result, 'first_day'),
    lastDay: int32Column(result, 'last_day'),
    orderDays: int32Column(result, 'order_days'),
    lastGapDays: int32Column(result, 'last_gap'),
    medianGapDays: float64Column(result, 'median_gap'),
    orders: metrics.frequency,
    reviewDay,
    reviewMonetaryCents: float64Column(result, 'review_cents'),
    orderedByReview: Uint8Array.from(int32Column(result, 'ordered_by_review')),
  };
}
