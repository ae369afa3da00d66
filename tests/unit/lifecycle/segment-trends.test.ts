import { describe, expect, it } from 'vitest';
import { segmentSizes, segmentTrends, type SegmentMonthCells, type TrendSeries } from '../../../src/lib/domain/lifecycle/segment-trends';

const JAN = 1997 * 12; // January 1997 as a month number
const NAMES = ['Champions', 'Loyal', 'New'];

/** Cells from readable tuples: [segment index or −1 for everyone, month offset, active, returning, orders, cents]. */
function cells(...tuples: [number, number, number, number, number, number][]): SegmentMonthCells {
  const column = (at: number) => Int32Array.from(tuples, (tuple) => tuple[at]);
  return { segment: column(0), month: Int32Array.from(tuples, ([, month]) => JAN + month), active: column(2), returning: column(3), orders: column(4), revenueCents: Float64Array.from(tuples, (tuple) => tuple[5]) };
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
      name: 'rates from the totals: returning ÷ active, revenue ÷ orders',
      input: cells([-1, 0, 1, 0, 1, 1000], [-1, 1, 2, 1, 3, 3500]),
      all: { active: [1, 2], repurchase: [0, 0.5], orders: [1, 3], revenue: [1000, 3500], aov: [1000, 3500 / 3] },
    },
    {
      name: 'a month without rows is kept: nobody active, rate and average undefined',
      input: cells([-1, 0, 1, 0, 1, 1000], [-1, 2, 1, 1, 1, 2000]),
      all: { active: [1, 0, 1], repurchase: [0, NaN, 1], orders: [1, 0, 1], revenue: [1000, 0, 2000], aov: [1000, NaN, 2000] },
    },
    {
      name: 'a month of returns only: revenue below zero, nobody active',
      input: cells([-1, 0, 2, 0, 3, 5800], [-1, 1, 0, 0, 0, -1500]),
      all: { active: [2, 0], repurchase: [0, NaN], orders: [3, 0], revenue: [5800, -1500], aov: [5800 / 3, NaN] },
    },
    { name: 'no cells at all', input: cells(), all: { active: [], repurchase: [], orders: [], revenue: [], aov: [] } },
  ])('$name', ({ input, all }) => {
    expect(plain(segmentTrends(input, [1, 0, 2], NAMES, NAMES).all)).toEqual(all);
  });

  const trends = segmentTrends(
    cells([-1, 0, 1, 0, 1, 1000], [-1, 1, 3, 1, 4, 2500], [0, 0, 1, 0, 1, 1000], [0, 1, 1, 1, 1, 1200], [2, 1, 2, 0, 3, 1300]),
    segmentSizes(Uint16Array.of(0, 2, 2), NAMES.length),
    NAMES,
    ['New', 'Champions'],
  );

  it('one series per segment with customers today, in the given order, sized by current membership', () => {
    expect(trends.months).toEqual([JAN, JAN + 1]);
    expect(trends.segments.map((series) => [series.segment, series.customers])).toEqual([
      ['New', 2],
      ['Champions', 1],
    ]);
    expect(trends.all.segment).toBeNull();
    expect(trends.all.customers).toBe(3);
  });

  it('each segment reads its own cells', () => {
    expect(plain(trends.segments[0])).toEqual({ active: [0, 2], repurchase: [NaN, 0], orders: [0, 3], revenue: [0, 1300], aov: [NaN, 1300 / 3] });
    expect(plain(trends.segments[1]).repurchase).toEqual([0, 1]);
  });
});
