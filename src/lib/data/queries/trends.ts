import type { SegmentMonthCells } from '../../domain/lifecycle/segment-trends';
import { float64Column, int32Column } from '../arrow';
import { runQuery } from '../run-query';
import type { SqlDb } from '../sql-db';
import { buildLoadSegmentsSql, buildSegmentMonthsSql } from './build-trends-sql';
import { ORDERS_TABLE } from './orders';

const SEGMENTS_TABLE = 'customer_segments';

/**
 * Monthly totals per segment as of `asOfDay`; `segment[i]` is the segment of the i-th customer of
 * the metrics of that day. The grouping runs in the database, so only a few hundred cells come back.
 */
export async function segmentMonths(db: SqlDb, segment: ArrayLike<number>, asOfDay: number, hasOrderIds: boolean, table = ORDERS_TABLE): Promise<SegmentMonthCells> {
  const lines = ['customer_index,segment'];
  for (let index = 0; index < segment.length; index++) lines.push(`${index},${segment[index]}`);
  const fileName = `segments-${Date.now()}.csv`;
  await db.registerBuffer(fileName, new TextEncoder().encode(lines.join('\n')));
  try {
    await runQuery(db, buildLoadSegmentsSql(fileName, SEGMENTS_TABLE));
  } finally {
    await db.dropFile(fileName);
  }
  const result = await runQuery(db, buildSegmentMonthsSql(table, SEGMENTS_TABLE, asOfDay, hasOrderIds));
  return {
    segment: int32Column(result, 'segment'),
    month: int32Column(result, 'month'),
    active: int32Column(result, 'active'),
    returning: int32Column(result, 'returning'),
    orders: int32Column(result, 'orders'),
    revenueCents: float64Column(result, 'revenue_cents'),
  };
}
