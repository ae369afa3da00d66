import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics, loadOrders } from '../../src/lib/data';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { customerMonths } from '../../src/lib/data/queries/trends';
import { dayFromParts } from '../../src/lib/domain/dates';
import { segmentTrends, type CustomerMonths } from '../../src/lib/domain/lifecycle/segment-trends';
import { runPipeline } from '../support/pipeline';
import { sharedBytes } from '../support/shared-files';
import { cdnowRows } from '../unit/lifecycle/cdnow-raw';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const JAN_1970 = 1970 * 12;
/** customer id/month → [orders, cents, ordered before]; positions read back through the metrics' ids. */
const keyed = (rows: CustomerMonths, ids: readonly string[]) =>
  new Map(Array.from(rows.customer, (customer, row) => [`${ids[customer] ?? 'returns-only'}/${rows.month[row]}`, [rows.orders[row], rows.netCents[row], rows.orderedBefore[row]]]));
/** The app's pairing: metrics and customer-months of the same day. */
async function monthsAsOf(db: SqlDb, asOfDay: number, hasOrderIds: boolean) {
  const metrics = await customerMetrics(db, asOfDay, hasOrderIds);
  return { metrics, rows: await customerMonths(db, metrics, asOfDay, hasOrderIds) };
}

describe('customerMonths on hand-made orders', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
    await loadOrders(
      db,
      csv(
        HEADER +
          // a: January, order o1 on two lines and o2; February a return only; March o3 (its second month with orders).
          '2,"a",0,"o1",10.005,,,false\n3,"a",5,"o1",2,,,false\n4,"a",9,"o2",3,,,false\n5,"a",40,"C1",-4,,,true\n6,"a",60,"o3",7,,,false\n' +
          // r: a return in January before any order, then its first order in February; z: only after the as-of day.
          '7,"r",3,"C2",-1.5,,,true\n8,"r",45,"o4",6,,,false\n9,"z",100,"o5",5,,,false\n' +
          // x: returns only, so no position among the customers with orders.
          '10,"x",20,"C3",-2,,,true\n',
      ),
    );
  });

  it.each([
    {
      name: 'distinct order ids; returns only move money and never make a month "ordered before"',
      hasOrderIds: true,
      expected: { 'a/0': [2, 1501, 0], 'a/1': [0, -400, 1], 'a/2': [1, 700, 1], 'r/0': [0, -150, 0], 'r/1': [1, 600, 0], 'returns-only/0': [0, -200, 0] },
    },
    {
      name: 'rows count as orders without order ids',
      hasOrderIds: false,
      expected: { 'a/0': [3, 1501, 0], 'a/1': [0, -400, 1], 'a/2': [1, 700, 1], 'r/0': [0, -150, 0], 'r/1': [1, 600, 0], 'returns-only/0': [0, -200, 0] },
    },
  ])('$name', async ({ hasOrderIds, expected }) => {
    const { metrics, rows } = await monthsAsOf(db, 90, hasOrderIds);
    const shifted = Object.entries(expected).map(([key, value]) => {
      const [id, month] = key.split('/');
      return [`${id}/${JAN_1970 + Number(month)}`, value];
    });
    expect(keyed(rows, metrics.ids)).toEqual(new Map(shifted as [string, number[]][]));
  });
});

/** customer/month → [orders, cents, ordered before], by a plain loop over the raw CDNOW rows (no returns, no order ids). */
function handCustomerMonths(asOfDay: number) {
  const rows = cdnowRows().filter((row) => row.day <= asOfDay);
  const monthOf = (row: (typeof rows)[number]) => row.year * 12 + row.month - 1;
  const firstMonth = new Map<string, number>();
  for (const row of rows) firstMonth.set(row.id, Math.min(firstMonth.get(row.id) ?? Infinity, monthOf(row)));
  const cells = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.id}/${monthOf(row)}`;
    const cell = cells.get(key) ?? [0, 0, firstMonth.get(row.id)! < monthOf(row) ? 1 : 0];
    cell[0] += 1;
    cell[1] += row.cents;
    cells.set(key, cell);
  }
  return cells;
}

describe('CDNOW customer-months against a hand loop over the raw rows', () => {
  let db: SqlDb;
  let pipeline: Awaited<ReturnType<typeof runPipeline>>;
  beforeAll(async () => {
    db = await openNodeDb();
    pipeline = await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'));
  });

  it.each([
    { name: 'as of the default date (the day after the last order)', asOf: () => pipeline.asOfDay },
    { name: 'as of 1997-02-15: later rows left out, February partial', asOf: () => dayFromParts(1997, 2, 15)! },
  ])('every customer-month matches $name', async ({ asOf }) => {
    const { metrics, rows } = await monthsAsOf(db, asOf(), false);
    expect(keyed(rows, metrics.ids)).toEqual(handCustomerMonths(asOf()));
  });

  it('monthly totals of all customers', async () => {
    const { rfm } = pipeline;
    const rows = await customerMonths(db, rfm.metrics, pipeline.asOfDay, false);
    const trends = segmentTrends(rows, rfm.segment, rfm.segmentNames, rfm.segmentNames);
    expect(trends.months.length).toBe(18); // January 1997 to June 1998
    const raw = cdnowRows();
    const january = raw.filter((row) => row.year === 1997 && row.month === 1);
    const february = raw.filter((row) => row.year === 1997 && row.month === 2);
    const januaryIds = new Set(january.map((row) => row.id));
    const februaryIds = new Set(february.map((row) => row.id));
    const cents = (list: typeof raw) => list.reduce((sum, row) => sum + row.cents, 0);
    expect(trends.all.activeCustomers[0]).toBe(januaryIds.size);
    expect(trends.all.activeCustomers[1]).toBe(februaryIds.size);
    expect(trends.all.repurchaseRate[0]).toBe(0);
    expect(trends.all.repurchaseRate[1]).toBe([...februaryIds].filter((id) => januaryIds.has(id)).length / februaryIds.size);
    expect(trends.all.orders[1]).toBe(february.length);
    expect(trends.all.revenueCents[1]).toBe(cents(february));
    expect(trends.all.averageOrderCents[1]).toBe(cents(february) / february.length);
    // Every customer is in exactly one segment, so the segments add up to all customers each month.
    trends.months.forEach((_, at) => {
      expect(trends.segments.reduce((sum, series) => sum + series.activeCustomers[at], 0)).toBe(trends.all.activeCustomers[at]);
    });
    expect(trends.all.activeCustomers.reduce((a, b) => a + b, 0)).toBe(new Set(raw.map((row) => `${row.id}/${row.year}-${row.month}`)).size);
    expect(trends.all.customers).toBe(23_570);
  });
});
