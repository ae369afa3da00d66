import type { CustomerMetrics } from '../../domain/customer-metrics';
import { float64Column, firstRow, int32Column, stringColumn } from '../arrow';
import { DataError } from '../errors';
import type { SqlDb } from '../sql-db';
import {
  buildAsOfExclusionsSql,
  buildCustomerMetricsSql,
  buildLoadOrdersSql,
  buildOrderDayRangeSql,
  buildSwapTableSql,
} from './build-orders-sql';

export const ORDERS_TABLE = 'orders';
const STAGING_TABLE = 'orders_next';

async function run(db: SqlDb, sql: string, messageKey: string) {
  try {
    return await db.query(sql);
  } catch (cause) {
    throw new DataError(messageKey, cause, sql);
  }
}

/**
 * Loads a normalized orders CSV into the staging table. The current orders are untouched until
 * `commitStagedOrders`, so a failed import (or one the user abandons) leaves them usable.
 */
export async function stageOrders(db: SqlDb, csv: Uint8Array): Promise<void> {
  const fileName = `orders-${Date.now()}.csv`;
  await db.registerBuffer(fileName, csv);
  try {
    await run(db, buildLoadOrdersSql(fileName, STAGING_TABLE), 'error.load_failed');
  } finally {
    await db.dropFile(fileName);
  }
}

/** Makes the staged orders the current ones. */
export async function commitStagedOrders(db: SqlDb): Promise<void> {
  await run(db, buildSwapTableSql(STAGING_TABLE, ORDERS_TABLE), 'error.load_failed');
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
  const table = await run(db, buildOrderDayRangeSql(tableOf(source), todayDay), 'error.query_failed');
  const row = firstRow<{ min_day: number; max_day: number; max_past_day: number | null; future_rows: number; rows: number }>(table);
  return { minDay: row.min_day, maxDay: row.max_day, maxPastDay: row.max_past_day, futureRows: row.future_rows, rows: row.rows };
}

/** Per-customer first/last order day, frequency and net monetary (cents) as of `asOfDay`. */
export async function customerMetrics(
  db: SqlDb,
  asOfDay: number,
  hasOrderIds: boolean,
  source: OrdersSource = 'current',
): Promise<CustomerMetrics> {
  const table = await run(db, buildCustomerMetricsSql(tableOf(source), asOfDay, hasOrderIds), 'error.query_failed');
  return {
    ids: stringColumn(table, 'customer_id'),
    firstDay: int32Column(table, 'first_day'),
    lastDay: int32Column(table, 'last_day'),
    frequency: int32Column(table, 'frequency'),
    monetaryCents: float64Column(table, 'monetary_cents'),
  };
}

export interface AsOfExclusions {
  rowsAfterAsOf: number;
  returnsOnlyCustomers: number;
}

/** Rows after the as-of date and customers with nothing but returns up to it (both left out of RFM). */
export async function asOfExclusions(
  db: SqlDb,
  asOfDay: number,
  source: OrdersSource = 'current',
): Promise<AsOfExclusions> {
  const table = await run(db, buildAsOfExclusionsSql(tableOf(source), asOfDay), 'error.query_failed');
  const row = firstRow<{ rows_after_as_of: number; returns_only_customers: number }>(table);
  return { rowsAfterAsOf: row.rows_after_as_of, returnsOnlyCustomers: row.returns_only_customers };
}
