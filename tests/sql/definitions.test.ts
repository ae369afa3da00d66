import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics, loadOrders } from '../../src/lib/data';
import { buildCustomerMetricsSql } from '../../src/lib/data/queries/build-orders-sql';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { rfmInputs } from '../../src/lib/domain/metric-definitions';
import { syntheticRetailCsv } from '../../src/lib/domain/synthetic-retail';
import { runPipeline } from '../support/pipeline';
import { sharedBytes, sharedText } from '../support/shared-files';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date) / 86_400_000;

/** Per customer, from raw rows by plain loops: orders, distinct purchase days, net cents. */
interface Expected {
  orders: number;
  days: number;
  netCents: number;
}

/** Net cents ÷ orders, halves away from zero, worked with integers only (no division rounding to trust). */
function averageByHand(netCents: number, orders: number): number {
  const sign = netCents < 0 ? -1 : 1;
  const absolute = Math.abs(netCents);
  const quotient = Math.floor(absolute / orders);
  const rest = absolute - quotient * orders;
  return sign * (2 * rest >= orders ? quotient + 1 : quotient) || 0;
}

function compare(metrics: Awaited<ReturnType<typeof customerMetrics>>, expected: Map<string, Expected>) {
  const withOrders = [...expected].filter(([, value]) => value.orders > 0);
  expect(metrics.ids.length).toBe(withOrders.length);
  const average = rfmInputs(metrics, { frequency: 'days', monetary: 'average' });
  expect(average.definitions.frequency).toBe('days');
  const problems: string[] = [];
  metrics.ids.forEach((id, index) => {
    const want = expected.get(id);
    if (!want) return problems.push(`${id}: not expected`);
    if (metrics.purchaseDays![index] !== want.days) problems.push(`${id}: purchase days ${metrics.purchaseDays![index]} ≠ ${want.days}`);
    if (metrics.frequency[index] !== want.orders) problems.push(`${id}: orders ${metrics.frequency[index]} ≠ ${want.orders}`);
    const wantAverage = averageByHand(want.netCents, want.orders);
    if (average.monetaryCents[index] !== wantAverage) problems.push(`${id}: average ${average.monetaryCents[index]} ≠ ${wantAverage}`);
    if (average.frequency[index] !== want.days) problems.push(`${id}: scored frequency ${average.frequency[index]} ≠ ${want.days}`);
  });
  expect(problems.slice(0, 10)).toEqual([]);
}

describe('purchase days in the metrics query', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('is added only when asked', () => {
    expect(buildCustomerMetricsSql('orders', 10, true)).not.toContain('purchase_days');
    expect(buildCustomerMetricsSql('orders', 10, true, true)).toContain('count(DISTINCT order_day) FILTER (WHERE opens_order)::INTEGER AS purchase_days');
  });

  it.each([
    // a: o1 and o2 on day 10, o3 on day 12 → 3 orders on 2 days. o4 spans days 14 and 20: it counts once, on its first day.
    // A return alone on day 16 is no purchase day. b: rows without order ids on days 10, 10, 11 → 3 orders, 2 days.
    { asOf: 30, expected: { a: [4, 3], b: [3, 2] } },
    // Before o4's second row: o4 is already an order (opened on day 14), and day 14 a purchase day.
    { asOf: 15, expected: { a: [4, 3], b: [3, 2] } },
    { asOf: 11, expected: { a: [2, 1], b: [3, 2] } },
  ])('counts distinct order days as of day $asOf', async ({ asOf, expected }) => {
    await loadOrders(
      db,
      csv(
        HEADER +
          '1,"a",10,"o1",5,,,false\n2,"a",10,"o2",5,,,false\n3,"a",12,"o3",5,,,false\n4,"a",14,"o4",1,,,false\n' +
          '5,"a",20,"o4",1,,,false\n6,"a",16,"C5",-2,,,true\n7,"b",10,,1,,,false\n8,"b",10,,1,,,false\n9,"b",11,,1,,,false\n',
      ),
    );
    const metrics = await customerMetrics(db, asOf, true, 'current', true);
    const pairs = Object.fromEntries(metrics.ids.map((id, index) => [id, [metrics.frequency[index], metrics.purchaseDays![index]]]));
    expect(pairs).toEqual(expected);
  });

  it('leaves purchase days out unless asked', async () => {
    expect((await customerMetrics(db, 30, true)).purchaseDays).toBeUndefined();
  });
});

// CDNOW has no order id: every row is an order; a negative amount would be a return.
describe.each([
  { name: 'default as-of date 1998-07-01', asOfDay: null },
  { name: 'as of 1997-06-30', asOfDay: day(1997, 6, 30) },
])('CDNOW purchase days and average per order against a plain loop, $name', ({ asOfDay }) => {
  let db: SqlDb;
  let asOf: number;
  const expected = new Map<string, Expected>();

  beforeAll(async () => {
    db = await openNodeDb();
    const result = await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'));
    asOf = asOfDay ?? result.asOfDay;
    expect(asOf === day(1998, 7, 1) || asOfDay !== null).toBe(true);
    const daysOf = new Map<string, Set<string>>();
    for (const line of sharedText('datasets/cdnow_master.csv').trim().split(/\r?\n/).slice(1)) {
      const [id, date, , dollars] = line.split(',');
      if (day(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))) > asOf) continue;
      const cents = Math.round(Number(dollars) * 100);
      const entry = expected.get(id) ?? { orders: 0, days: 0, netCents: 0 };
      entry.netCents += cents;
      if (cents >= 0) {
        entry.orders++;
        const days = daysOf.get(id) ?? new Set<string>();
        days.add(date);
        daysOf.set(id, days);
        entry.days = days.size;
      }
      expected.set(id, entry);
    }
  });

  it('matches every customer', async () => {
    const metrics = await customerMetrics(db, asOf, false, 'current', true);
    compare(metrics, expected);
    // Several orders on one day do happen in CDNOW: the two definitions really differ.
    const fewer = [...expected.values()].filter((value) => value.days < value.orders).length;
    expect(fewer).toBeGreaterThan(100);
  });
});

// Synthetic retail has order ids (one per row) and returns (negative amounts, ids starting with R).
describe('synthetic retail with order ids against a plain loop', () => {
  it('matches every customer', async () => {
    const db = await openNodeDb();
    const text = syntheticRetailCsv({ rows: 20_000, seed: 7 });
    const result = await runPipeline(db, 'retail.csv', csv(text));
    const expected = new Map<string, Expected>();
    const firstDay = new Map<string, string>(); // order id → its first non-return date
    const ordersOf = new Map<string, Set<string>>();
    const daysOf = new Map<string, Set<string>>();
    for (const line of text.trim().split('\n').slice(1)) {
      const [id, orderId, date, amount] = line.split(',');
      const cents = Math.round(Number(amount) * 100);
      const entry = expected.get(id) ?? { orders: 0, days: 0, netCents: 0 };
      entry.netCents += cents;
      if (cents >= 0) {
        const key = `${id}|${orderId}`;
        if (!firstDay.has(key) || date < firstDay.get(key)!) firstDay.set(key, date);
        ordersOf.set(id, (ordersOf.get(id) ?? new Set()).add(orderId));
      }
      expected.set(id, entry);
    }
    for (const [key, date] of firstDay) {
      const id = key.split('|')[0];
      daysOf.set(id, (daysOf.get(id) ?? new Set()).add(date));
    }
    for (const [id, entry] of expected) {
      entry.orders = ordersOf.get(id)?.size ?? 0;
      entry.days = daysOf.get(id)?.size ?? 0;
    }
    compare(await customerMetrics(db, result.asOfDay, true, 'current', true), expected);
  });
});
