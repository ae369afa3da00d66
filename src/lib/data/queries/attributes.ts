import { attributeText, type AttributeText } from '../../domain/attribute-text';
import type { CustomerMetrics } from '../../domain/customer-metrics';
import { firstRow, float64Column, stringColumn } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import {
  ATTRIBUTE_FILE_COLUMNS,
  buildAttributeColumnsSql,
  buildAttributeMatchSql,
  buildCustomerAttributesSql,
  buildLoadAttributesSql,
  TEXT_COLUMNS,
} from './build-attributes-sql';
import { buildSwapTableSql } from './build-orders-sql';
import { ORDERS_TABLE } from './orders';

export const ATTRIBUTES_TABLE = 'customer_attributes';
const STAGING_TABLE = 'customer_attributes_next';

/** Loads a normalized customer-table CSV into the staging table; the current one stays until commit. */
export async function stageAttributes(db: SqlDb, csv: Uint8Array): Promise<void> {
  const fileName = `attributes-${Date.now()}.csv`;
  await db.registerBuffer(fileName, csv);
  try {
    await runQuery(db, buildLoadAttributesSql(fileName, STAGING_TABLE), 'error.load_failed');
  } finally {
    await db.dropFile(fileName);
  }
}

/** Makes the staged customer table the current one. */
export async function commitStagedAttributes(db: SqlDb): Promise<void> {
  await runQuery(db, buildSwapTableSql(STAGING_TABLE, ATTRIBUTES_TABLE), 'error.load_failed');
}

/** Stages and commits in one step (tests and scripted loads). */
export async function loadAttributes(db: SqlDb, csv: Uint8Array): Promise<void> {
  await stageAttributes(db, csv);
  await commitStagedAttributes(db);
}

/** Customer-table columns aligned with `metrics` (row i is metrics.ids[i]); NaN / '' where unknown. */
export interface AttributeColumnsResult {
  sinceDay: Float64Array;
  satisfaction: Float64Array;
  complaints: Float64Array;
  nps: Float64Array;
  marginRate: Float64Array;
  /** Customer names, '' when unknown. */
  names: string[];
  /** Text attributes by column (named ones and the free JSON ones), '' when unknown. */
  text: AttributeText;
}

/** The customer table's columns for the customers of `metrics`, computed as of `asOfDay` (the metrics' day). */
export async function attributeColumns(db: SqlDb, metrics: CustomerMetrics, asOfDay: number): Promise<AttributeColumnsResult> {
  const result = await runQuery(db, buildAttributeColumnsSql(ORDERS_TABLE, ATTRIBUTES_TABLE, asOfDay));
  const ids = stringColumn(result, 'customer_id');
  const count = metrics.ids.length;
  if (ids.length !== count || (count > 0 && (ids[0] !== metrics.ids[0] || ids[count - 1] !== metrics.ids[count - 1]))) {
    throw new Error('customer attributes do not line up with the customer metrics');
  }
  return {
    sinceDay: float64Column(result, 'since_day'),
    satisfaction: float64Column(result, 'satisfaction'),
    complaints: float64Column(result, 'complaints'),
    nps: float64Column(result, 'nps'),
    marginRate: float64Column(result, 'margin_rate'),
    names: stringColumn(result, 'customer_name'),
    text: attributeText(
      Object.fromEntries(TEXT_COLUMNS.filter((column) => column !== 'extra').map((column) => [column, stringColumn(result, column)])),
      stringColumn(result, 'extra'),
    ),
  };
}

/** How the customer table and the orders meet as of a day. */
export interface AttributeMatch {
  both: number;
  ordersOnly: number;
  /** In the customer table without an order up to the day: prospects. */
  attributesOnly: number;
}

/** Counts of customers in both files, only with orders, only in the customer table, as of `asOfDay`. */
export async function attributeMatch(db: SqlDb, asOfDay: number): Promise<AttributeMatch> {
  const row = firstRow<{ in_both: number; orders_only: number; attributes_only: number }>(
    await runQuery(db, buildAttributeMatchSql(ORDERS_TABLE, ATTRIBUTES_TABLE, asOfDay)),
  );
  return { both: row.in_both, ordersOnly: row.orders_only, attributesOnly: row.attributes_only };
}

/** One customer's row of the customer table, column → text ('' unknown); null when the id is not there. */
export async function customerAttributes(db: SqlDb, customerId: string): Promise<Record<keyof typeof ATTRIBUTE_FILE_COLUMNS, string> | null> {
  const result = await runQuery(db, buildCustomerAttributesSql(ATTRIBUTES_TABLE, customerId));
  return result.numRows ? firstRow(result) : null;
}
