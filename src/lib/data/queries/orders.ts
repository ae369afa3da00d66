import type { CustomerMetrics } from '../../domain/customer-metrics';
import type { LifecycleInputs } from '../../domain/lifecycle/inputs';
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

/** What one as-of query returns: the metrics, what was left out and, when asked for, the lifecycle inputs. */
export interface MetricsAsOf {
  metrics: CustomerMetrics;
  exclusions: AsOfExclusions;
  /** Aligned with `metrics`; only when a review day was passed. */
  lifecycle: LifecycleInputs | null;
}

/**
 * Per-customer first/last order day, frequency and net monetary (cents) as of `asOfDay`, with what
 * was left out; with `reviewDay`, also the lifecycle inputs from the same scan.
 */
export async function metricsAsOf(
  db: SqlDb,
  asOfDay: number,
  hasOrderIds: boolean,
  totalRows: number,
  source: OrdersSource = 'current',
  reviewDay: number | null = null,
): Promise<MetricsAsOf> {
  const table = await runQuery(db, buildCustomerMetricsSql(tableOf(source), asOfDay, hasOrderIds, reviewDay), 'error.query_failed');
  const frequency = int32Column(table, 'frequency');
  const keep = withOrders(frequency);
  const metrics: CustomerMetrics = {
    ids: pick(stringColumn(table, 'customer_id'), keep),
    firstDay: pick(int32Column(table, 'first_day'), keep),
    lastDay: pick(int32Column(table, 'last_day'), keep),
    frequency: pick(frequency, keep),
    monetaryCents: pick(float64Column(table, 'monetary_cents'), keep),
  };
  let rowsUpToAsOf = 0;
  for (const count of int32Column(table, 'rows')) rowsUpToAsOf += count;
  const exclusions = { rowsAfterAsOf: totalRows - rowsUpToAsOf, returnsOnlyCustomers: frequency.length - metrics.ids.length };
  if (reviewDay === null) return { metrics, exclusions, lifecycle: null };
  const lifecycle: LifecycleInputs = {
    asOfDay,
    ids: metrics.ids,
    firstDay: metrics.firstDay,
    lastDay: metrics.lastDay,
    orderDays: pick(int32Column(table, 'order_days'), keep),
    lastGapDays: pick(int32Column(table, 'last_gap'), keep),
    medianGapDays: pick(float64Column(table, 'median_gap'), keep),
    orders: metrics.frequency,
    reviewDay,
    reviewMonetaryCents: pick(float64Column(table, 'review_cents'), keep),
    orderedByReview: Uint8Array.from(pick(int32Column(table, 'ordered_by_review'), keep)),
  };
  return { metrics, exclusions, lifecycle };
}

/** Per-customer metrics only (tests and callers that need no exclusion counts). */
export async function customerMetrics(db: SqlDb, asOfDay: number, hasOrderIds: boolean, source: OrdersSource = 'current'): Promise<CustomerMetrics> {
  return (await metricsAsOf(db, asOfDay, hasOrderIds, 0, source)).metrics;
}

/** Positions of the customers with at least one order; null when that is everyone (plain loops: main thread at 100k rows). */
function withOrders(frequency: Int32Array): Uint32Array | null {
  const keep = new Uint32Array(frequency.length);
  let kept = 0;
  for (let index = 0; index < frequency.length; index++) if (frequency[index] > 0) keep[kept++] = index;
  return kept === frequency.length ? null : keep.subarray(0, kept);
}

/** The kept entries of a column, in order (the column itself when everyone is kept). */
function pick<T extends Int32Array | Float64Array | string[]>(column: T, keep: Uint32Array | null): T {
  if (!keep) return column;
  const out = (Array.isArray(column) ? new Array<string>(keep.length) : new (column.constructor as new (length: number) => T)(keep.length)) as T;
  for (let at = 0; at < keep.length; at++) out[at] = column[keep[at]];
  return out;
}
