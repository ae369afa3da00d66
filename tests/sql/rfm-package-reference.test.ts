import { beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/domain/dates';
import { computeRfm, type RfmResult } from '../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES, type SegmentRule } from '../../src/lib/domain/segments';
import { runPipeline } from '../support/pipeline';
import { sharedBytes } from '../support/shared-files';
import { openNodeDb } from './node-db';

// Expected numbers come from ../shared/reference/README.md ("R rfm package compatibility"), computed outside this project.

/** The rule set of the rfm package's tests (first match wins), as data. */
const RFM_PACKAGE_TEST_RULES: SegmentRule[] = [
  { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { name: 'Loyal Customers', r: [2, 5], f: [3, 5], m: [3, 5] },
  { name: 'Potential Loyalist', r: [3, 5], f: [1, 3], m: [1, 3] },
  { name: 'New Customers', r: [4, 5], f: [1, 1], m: [1, 1] },
  { name: 'Promising', r: [3, 4], f: [1, 1], m: [1, 1] },
  { name: 'Need Attention', r: [2, 3], f: [2, 3], m: [2, 3] },
  { name: 'About To Sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
  { name: 'At Risk', r: [1, 2], f: [2, 5], m: [2, 5] },
  { name: "Can't Lose Them", r: [1, 1], f: [4, 5], m: [4, 5] },
  { name: 'Lost', r: [1, 2], f: [1, 2], m: [1, 2] },
];

/** Customers, orders and revenue (currency units) per segment name. */
function segmentTotals(rfm: RfmResult): Record<string, { customers: number; orders: number; revenue: number }> {
  const totals = Object.fromEntries(rfm.segmentNames.map((name) => [name, { customers: 0, orders: 0, revenueCents: 0 }]));
  rfm.segment.forEach((segment, index) => {
    const total = totals[rfm.segmentNames[segment]];
    total.customers++;
    total.orders += rfm.metrics.frequency[index];
    total.revenueCents += rfm.metrics.monetaryCents[index];
  });
  return Object.fromEntries(Object.entries(totals).map(([name, total]) => [name, { customers: total.customers, orders: total.orders, revenue: total.revenueCents / 100 }]));
}

describe('rfm_data_orders.csv scored like the R rfm package (analysis date 2006-12-31)', () => {
  let asOfDay: number;
  let packageRules: RfmResult;
  let appRules: RfmResult;

  beforeAll(async () => {
    const db = await openNodeDb();
    const result = await runPipeline(db, 'rfm_data_orders.csv', sharedBytes('datasets/rfm_data_orders.csv'));
    asOfDay = result.asOfDay;
    packageRules = computeRfm(result.rfm.metrics, asOfDay, RFM_PACKAGE_TEST_RULES, { kind: 'r-rfm' });
    appRules = computeRfm(result.rfm.metrics, asOfDay, DEFAULT_SEGMENT_RULES, { kind: 'r-rfm' });
  });

  it('needs no as-of change: the last order is 2006-12-30, so the default as-of day is the analysis date', () => {
    // recency = as-of − last order, the package's analysis_date − last order; orders on the as-of day would count too.
    expect(formatDay(asOfDay)).toBe('2006-12-31');
    expect(packageRules.metrics.ids.length).toBe(995);
  });

  it('finds the package cut points (type-7 quantiles + 1)', () => {
    expect(packageRules.binning.recency.cutPoints).toEqual([115, 181, 297.4, 482]);
    expect(packageRules.binning.frequency.cutPoints).toEqual([4, 5, 6, 8]);
    expect(packageRules.binning.monetary.cutPoints).toEqual([255.8, 382, 506.4, 666]);
  });

  it.each([
    { name: "Abbey O'Reilly", recency: 205, orders: 6, revenue: 472, scores: '343' },
    { name: 'Add Senger', recency: 140, orders: 3, revenue: 340, scores: '412' },
    { name: 'Aden Lesch', recency: 194, orders: 4, revenue: 405, scores: '323' },
    { name: 'Aden Murphy', recency: 98, orders: 7, revenue: 596, scores: '544' },
    { name: 'Admiral Senger', recency: 132, orders: 5, revenue: 448, scores: '433' },
  ])('scores $name $scores', ({ name, recency, orders, revenue, scores }) => {
    const index = Array.from(packageRules.metrics.ids).indexOf(name);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(packageRules.recencyDays[index]).toBe(recency);
    expect(packageRules.metrics.frequency[index]).toBe(orders);
    expect(packageRules.metrics.monetaryCents[index]).toBe(revenue * 100);
    expect(`${packageRules.rScore[index]}${packageRules.fScore[index]}${packageRules.mScore[index]}`).toBe(scores);
  });

  it('reproduces the segments of the package test rule set', () => {
    const totals = segmentTotals(packageRules);
    expect(totals['Champions']).toEqual({ customers: 158, orders: 1234, revenue: 120178 });
    expect(totals['Loyal Customers']).toEqual({ customers: 278, orders: 1708, revenue: 166712 });
    expect(totals['Potential Loyalist']).toEqual({ customers: 229, orders: 801, revenue: 65873 });
    expect(totals['Others']).toEqual({ customers: 48, orders: 210, revenue: 22061 });
    const customers = Object.fromEntries(Object.entries(totals).map(([name, total]) => [name, total.customers]));
    expect(customers).toMatchObject({ 'Need Attention': 35, 'About To Sleep': 50, 'At Risk': 86, Lost: 111, 'New Customers': 0, Promising: 0, "Can't Lose Them": 0 });
  });

  it("gives the README's counts under the app's default rule table", () => {
    const totals = segmentTotals(appRules);
    expect(totals['Champions']).toEqual({ customers: 35, orders: 316, revenue: 31646 });
    const customers = Object.fromEntries(Object.entries(totals).map(([name, total]) => [name, total.customers]));
    expect(customers).toEqual({
      Champions: 35,
      'Potential Loyalist': 342,
      'Loyal Customers': 170,
      Promising: 9,
      'New Customers': 104,
      "Can't Lose Them": 47,
      'At Risk': 28,
      'Need Attention': 10,
      'About To Sleep': 102,
      Lost: 148,
      Others: 0,
    });
  });
});
