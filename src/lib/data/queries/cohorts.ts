import type { CohortCells } from '../../domain/lifecycle/cohorts';
import type { CohortPeriod } from '../../domain/lifecycle/periods';
import { float64Column, int32Column } from '../arrow';
import { DataError } from '../errors';
import type { SqlDb } from '../sql-db';
import { buildCohortCellsSql } from './build-cohort-sql';
import { ORDERS_TABLE } from './orders';

/** Non-empty acquisition cohort × period cells as of `asOfDay`; retentionMatrix turns them into the heatmap. */
export async function cohortCells(db: SqlDb, asOfDay: number, period: CohortPeriod, table = ORDERS_TABLE): Promise<CohortCells> {
  const sql = buildCohortCellsSql(table, asOfDay, period);
  let result;
  try {
    result = await db.query(sql);
  } catch (cause) {
    throw new DataError('error.query_failed', cause, sql);
  }
  return {
    period,
    cohort: int32Column(result, 'cohort'),
    offset: int32Column(result, 'period_offset'),
    customers: int32Column(result, 'customers'),
    revenueCents: float64Column(result, 'revenue_cents'),
  };
}
