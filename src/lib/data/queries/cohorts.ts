import type { CohortCells } from '../../domain/lifecycle/cohorts';
import type { CohortPeriod } from '../../domain/lifecycle/periods';
import { float64Column, int32Column } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildCohortCellsSql } from './build-cohort-sql';
import { ORDERS_TABLE } from './orders';

/** Non-empty acquisition cohort × period cells as of `asOfDay`; retentionMatrix turns them into the heatmap. */
export async function cohortCells(db: SqlDb, asOfDay: number, period: CohortPeriod, table = ORDERS_TABLE): Promise<CohortCells> {
  const sql = buildCohortCellsSql(table, asOfDay, period);
  const result = await runQuery(db, sql);
  return {
    period,
    cohort: int32Column(result, 'cohort'),
    offset: int32Column(result, 'period_offset'),
    customers: int32Column(result, 'customers'),
    revenueCents: float64Column(result, 'revenue_cents'),
  };
}
