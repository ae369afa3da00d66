import { describe, expect, it } from 'vitest';
import { segmentTrends, type CustomerMonths, type TrendSeries } from '../../../src/lib/domain/lifecycle/segment-trends';

const JAN = 1997 * 12; // January 1997 as a month number

/** Customers a, b, c in metrics order; anyone else has returns only (position −1). */
const CUSTOMERS = ['a', 'b', 'c'];
const NAMES = ['Champions', 'Loyal', 'New'];
/** Segment index per customer from a readable id → name map. */
const segmentsOf = (segmentOf: Record<string, string>) => Uint16Array.from(CUSTOMERS, (id) => NAMES.indexOf(segmentOf[id] ?? 'Loyal'));

/** Rows from readable tuples: [customer, month offset from January 1997, orders, net cents, ordered before]. */
function rows(...tuples: [string, number, number, number, 0 | 1][]): CustomerMonths {
  return {
    customer: Int32Array.from(tuples, ([id]) => CUSTOMERS.indexOf(id)),
    month: Int32Array.from(tuples, ([, month]) => JAN + month),
    orders: Int32Array.from(tuples, ([, , orders]) => orders),
    netCents: Float64Array.from(tuples, ([, , , cents]) => cents),
    orderedBefore: Uint8Array.from(tuples, ([, , , , before]) => before),
  };
}

const plain = (series: TrendSeries) => ({
  active: Array.from(series.activeCustomers),
  repurchase: Array.from(series.repurchaseRate),
  orders: Array.from(series.orders),
  revenue: Array.from(series.revenueCents),
  aov: Array.from(series.averageOrderCents),
});

describe('segmentTrends', () => {
  it.each([
    {
      name: "a customer's first month is not a repurchase, a later one is",
      input: rows(['a', 0, 1, 1000, 0], ['a', 1, 2, 3000, 1], ['b', 1, 1, 500, 0]),
      all: { active: [1, 2], repurchase: [0, 0.5], orders: [1, 3], revenue: [1000, 3500], aov: [1000, 3500 / 3] },
    },
    {
      name: 'a month without orders is kept: nobody active, rate and average undefined',
      input: rows(['a', 0, 1, 1000, 0], ['a', 2, 1, 2000, 1]),
      all: { active: [1, 0, 1], repurchase: [0, NaN, 1], orders: [1, 0, 1], revenue: [1000, 0, 2000], aov: [1000, NaN, 2000] },
    },
    {
      name: 'returns lower revenue but are not orders, and a returns-only month makes nobody active',
      input: rows(['a', 0, 2, 5000, 0], ['a', 1, 0, -1500, 1], ['b', 0, 1, 800, 0]),
      all: { active: [2, 0], repurchase: [0, NaN], orders: [3, 0], revenue: [5800, -1500], aov: [5800 / 3, NaN] },
    },
    {
      name: 'a returns-only customer has no segment and counts nowhere, not even in the months',
      input: rows(['a', 1, 1, 1000, 0], ['ghost', 0, 0, -900, 0], ['ghost', 3, 0, -100, 0]),
      all: { active: [1], repurchase: [0], orders: [1], revenue: [1000], aov: [1000] },
    },
    {
      name: 'no rows at all',
      input: rows(),
      all: { active: [], repurchase: [], orders: [], revenue: [], aov: [] },
    },
  ])('$name', ({ input, all }) => {
    // c has no rows here: a customer of the segment who did not order.
    expect(plain(segmentTrends(input, segmentsOf({ a: 'Champions', b: 'New', c: 'New' }), NAMES, ['Champions', 'New']).all)).toEqual(all);
  });

  const trends = segmentTrends(
    rows(['a', 0, 1, 1000, 0], ['a', 1, 1, 1200, 1], ['b', 1, 1, 400, 0], ['c', 1, 2, 900, 1]),
    segmentsOf({ a: 'Champions', b: 'New', c: 'New' }),
    NAMES,
    ['New', 'Champions'],
  );

  it('one series per segment with customers, in the given order, sized by current membership', () => {
    expect(trends.months).toEqual([JAN, JAN + 1]);
    expect(trends.segments.map((series) => [series.segment, series.customers])).toEqual([
      ['New', 2],
      ['Champions', 1],
    ]);
    expect(trends.all.segment).toBeNull();
    expect(trends.all.customers).toBe(3);
  });

  it('each segment counts only its own customers', () => {
    expect(plain(trends.segments[0])).toEqual({ active: [0, 2], repurchase: [NaN, 0.5], orders: [0, 3], revenue: [0, 1300], aov: [NaN, 1300 / 3] });
    expect(plain(trends.segments[1]).repurchase).toEqual([0, 1]);
  });
});
