import type { CustomerMetrics } from '../../domain/customer-metrics';
import { float64Column, firstRow, int32Column, stringColumn } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import {
  buildCustomerMetricsSql,
  buildLoadOrdersSql,
  buildOrderDayRangeSql,
  buildSwapTableSql,
} from './build-orders-sql';

export const ORDERS_TABLE = 'orders';
const STAGING_TABLE = 'orders_next';

/**
 * Loads a normalized orders CSV into the staging table. The current orders are untouched until
 * `commitStagedOrders`, so a failed import (or one the user abandons) leaves them usable.
 */
export async function stageOrders(db: SqlDb, csv: Uint8Array): Promise<void> {
  const fileName = `orders-${Date.now()}.csv`;
  await db.registerBuffer(fileName, csv);
  try {
    await runQuery(db, buildLoadOrdersSql(fileName, STAGING_TABLE), 'error.load_failed');
  } finally {
    await db.dropFile(fileName);
  }
}

/** Makes the staged orders the current ones. */
export async function commitStagedOrders(db: SqlDb): Promise<void> {
  await runQuery(db, buildSwapTableSql(STAGING_TABLE, ORDERS_TABLE), 'error.load_failed');
}

/** Stages and commits in one step (tests and scripted loads). */
export async function loadOrders(db: SqlDb, csv: Uint8Array): Promise<void> {
  await stageOrders(db, csv);
  await commitStagedOrders(db);
}

/** Which orders table a query reads: the current one, or the one being imported. */
export type OrdersSource = 'current' | 'staged';
const tableOf = (source: OrdersSource) => (source === 'staged' ? STAGING_TABLE : ORDERS_TABLE);

export interface OrderDayRange {
  minDay: number;
  maxDay: number;
  /** Latest order day not after today, or null when every order is in the future. */
  maxPastDay: number | null;
  futureRows: number;
  rows: number;
}

/** First and last order day, and how many rows lie after today. */
export async function orderDayRange(db: SqlDb, todayDay: number, source: OrdersSource = 'current'): Promise<OrderDayRange> {
  const table = await runQuery(db, buildOrderDayRangeSql(tableOf(source), todayDay), 'error.query_failed');
  const row = firstRow<{ min_day: number; max_day: number; max_past_day: number | null; future_rows: number; rows: number }>(table);
  return { minDay: row.min_day, maxDay: row.max_day, maxPastDay: row.max_past_day, futureRows: row.future_rows, rows: row.rows };
}

/** What the as-of date leaves out of RFM. */
export interface AsOfExclusions {
  rowsAfterAsOf: number;
  /** Customers whose rows up to the as-of date are all returns: no order, so no scores. */
  returnsOnlyCustomers: number;
}

/**
 * Per-customer first/last order day, frequency and net monetary (cents) as of `asOfDay`, with what was
 * left out; with `purchaseDays` also the distinct days with an order (an extra cost, so only when asked).
 */
export async function metricsAsOf(
  db: SqlDb,
  asOfDay: number,
  hasOrderIds: boolean,
  totalRows: number,
  source: OrdersSource = 'current',
  purchaseDays = false,
): Promise<{ metrics: CustomerMetrics; exclusions: AsOfExclusions }> {
  const table = await runQuery(db, buildCustomerMetricsSql(tableOf(source), asOfDay, hasOrderIds, purchaseDays), 'error.query_failed');
  const all: CustomerMetrics = {
    ids: stringColumn(table, 'customer_id'),
    firstDay: int32Column(table, 'first_day'),
    lastDay: int32Column(table, 'last_day'),
    frequency: int32Column(table, 'frequency'),
    monetaryCents: float64Column(table, 'monetary_cents'),
  };
  if (purchaseDays) all.purchaseDays = int32Column(table, 'purchase_days');
  const rows = int32Column(table, 'rows');
  let rowsUpToAsOf = 0;
  for (const count of rows) rowsUpToAsOf += count;
  const metrics = withOrders(all);
  return { metrics, exclusions: { rowsAfterAsOf: totalRows - rowsUpToAsOf, returnsOnlyCustomers: all.ids.length - metrics.ids.length } };
}

/** Per-customer metrics only (tests and callers that need no exclusion counts). */
export async function customerMetrics(db: SqlDb, asOfDay: number, hasOrderIds: boolean, source: OrdersSource = 'current', purchaseDays = false): Promise<CustomerMetrics> {
  return (await metricsAsOf(db, asOfDay, hasOrderIds, 0, source, purchaseDays)).metrics;
}

/** Keeps the customers with at least one order (plain loops: this runs on the main thread at 100k rows). */
function withOrders(all: CustomerMetrics): CustomerMetrics {
  const count = all.ids.length;
  const keep = new Uint32Array(count);
  let kept = 0;
  for (let index = 0; index < count; index++) if (all.frequency[index] > 0) keep[kept++] = index;
  if (kept === count) return all;
  const out: CustomerMetrics = {
    ids: new Array<string>(kept),
    firstDay: new Int32Array(kept),
    lastDay: new Int32Array(kept),
    frequency: new Int32Array(kept),
    monetaryCents: new Float64Array(kept),
  };
  if (all.purchaseDays) out.purchaseDays = new Int32Array(kept);
  for (let at = 0; at < kept; at++) {
    const index = keep[at];
    out.ids[at] = all.ids[index];
    out.firstDay[at] = all.firstDay[index];
    out.lastDay[at] = all.lastDay[index];
    out.frequency[at] = all.frequency[index];
    out.monetaryCents[at] = all.monetaryCents[index];
    if (out.purchaseDays) out.purchaseDays[at] = all.purchaseDays![index];
  }
  return out;
}
