import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics, loadOrders, segmentMonths } from '../../src/lib/data';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { dayFromParts } from '../../src/lib/domain/dates';
import type { SegmentMonthCells } from '../../src/lib/domain/lifecycle';
import { computeRfm } from '../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../src/lib/domain/segments';
import { runPipeline } from '../support/pipeline';
import { sharedBytes } from '../support/shared-files';
import { cdnowRows } from '../unit/lifecycle/cdnow-raw';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const JAN_1970 = 1970 * 12;
/** "segment/month" → [active, returning, orders, cents]. */
const keyed = (cells: SegmentMonthCells) =>
  new Map(Array.from(cells.segment, (segment, at) => [`${segment}/${cells.month[at]}`, [cells.active[at], cells.returning[at], cells.orders[at], cells.revenueCents[at]]]));

describe('segmentMonths on hand-made orders', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
    await loadOrders(
      db,
      csv(
        HEADER +
          // a: January, order o1 on two lines and o2; February a return only; March o3 (a returning month).
          '2,"a",0,"o1",10.005,,,false\n3,"a",5,"o1",2,,,false\n4,"a",9,"o2",3,,,false\n5,"a",40,"C1",-4,,,true\n6,"a",60,"o3",7,,,false\n' +
          // r: a return in January before any order, then its first order in February; z: only after the as-of day.
          '7,"r",3,"C2",-1.5,,,true\n8,"r",45,"o4",6,,,false\n9,"z",100,"o5",5,,,false\n' +
          // x: returns only, so no position among the customers with orders and no series.
          '10,"x",20,"C3",-2,,,true\n',
      ),
    );
  });

  it.each([
    { name: 'distinct order ids, counted in the month of their first row', hasOrderIds: true, januaryOrders: 2 },
    { name: 'rows count as orders without order ids', hasOrderIds: false, januaryOrders: 3 },
  ])('$name; returns move money only and never make a month "returning"', async ({ hasOrderIds, januaryOrders }) => {
    const metrics = await customerMetrics(db, 90, hasOrderIds);
    expect(metrics.ids).toEqual(['a', 'r']);
    const cells = await segmentMonths(db, Uint16Array.of(0, 1), 90, hasOrderIds);
    const [jan, feb, mar] = [JAN_1970, JAN_1970 + 1, JAN_1970 + 2];
    expect(keyed(cells)).toEqual(
      new Map([
        [`-1/${jan}`, [1, 0, januaryOrders, 1351]],
        [`-1/${feb}`, [1, 0, 1, 200]],
        [`-1/${mar}`, [1, 1, 1, 700]],
        [`0/${jan}`, [1, 0, januaryOrders, 1501]],
        [`0/${feb}`, [0, 0, 0, -400]],
        [`0/${mar}`, [1, 1, 1, 700]],
        [`1/${jan}`, [0, 0, 0, -150]],
        [`1/${feb}`, [1, 0, 1, 600]],
      ]),
    );
  });
});

/** The same cells by a plain loop over the raw CDNOW rows (no returns, no order ids); segments from `segmentOf`. */
function handCells(asOfDay: number, segmentOf: Map<string, number>) {
  const rows = cdnowRows().filter((row) => row.day <= asOfDay);
  const monthOf = (row: (typeof rows)[number]) => row.year * 12 + row.month - 1;
  const firstMonth = new Map<string, number>();
  for (const row of rows) firstMonth.set(row.id, Math.min(firstMonth.get(row.id) ?? Infinity, monthOf(row)));
  const customerMonths = new Map<string, { id: string; month: number; orders: number; cents: number }>();
  for (const row of rows) {
    const key = `${row.id}/${monthOf(row)}`;
    const cell = customerMonths.get(key) ?? { id: row.id, month: monthOf(row), orders: 0, cents: 0 };
    cell.orders += 1;
    cell.cents += row.cents;
    customerMonths.set(key, cell);
  }
  const cells = new Map<string, number[]>();
  for (const { id, month, orders, cents } of customerMonths.values()) {
    for (const segment of [-1, segmentOf.get(id)!]) {
      const cell = cells.get(`${segment}/${month}`) ?? [0, 0, 0, 0];
      cell[0] += 1;
      cell[1] += firstMonth.get(id)! < month ? 1 : 0;
      cell[2] += orders;
      cell[3] += cents;
      cells.set(`${segment}/${month}`, cell);
    }
  }
  return cells;
}

describe('CDNOW segment months against a plain loop over the raw rows', () => {
  let db: SqlDb;
  let pipeline: Awaited<ReturnType<typeof runPipeline>>;
  beforeAll(async () => {
    db = await openNodeDb();
    pipeline = await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'));
  });

  it.each([
    { name: 'as of the default date (the day after the last order)', asOf: () => pipeline.asOfDay },
    { name: 'as of 1997-02-15: later rows left out, February partial', asOf: () => dayFromParts(1997, 2, 15)! },
  ])('every segment × month cell matches $name', async ({ asOf }) => {
    const rfm = computeRfm(await customerMetrics(db, asOf(), false), asOf(), DEFAULT_SEGMENT_RULES);
    const segmentOf = new Map(rfm.metrics.ids.map((id, index) => [id, rfm.segment[index]]));
    expect(keyed(await segmentMonths(db, rfm.segment, asOf(), false))).toEqual(handCells(asOf(), segmentOf));
  });
});
