import { describe, expect, it } from 'vitest';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { rfGrid, customersInCell } from '../../../src/lib/domain/rf-grid';
import { computeRfm, rfmCell } from '../../../src/lib/domain/rfm';
import { summarizeSegments } from '../../../src/lib/domain/segment-summary';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';

const customer = (id: string, lastDay: number, frequency: number, monetaryCents: number) => ({ id, firstDay: lastDay - 10, lastDay, frequency, monetaryCents });

describe('computeRfm', () => {
  // By hand, n = 3: a has 1 customer with worse recency → 1 + floor(5·1/3) = 2; b has 2 → 4; c has 0 → 1.
  it('measures recency to the as-of day and scores all three metrics', () => {
    const metrics = metricsFromRows([customer('a', 100, 1, 500), customer('b', 109, 5, 90000), customer('c', 50, 2, 2000)]);
    const result = computeRfm(metrics, 110, DEFAULT_SEGMENT_RULES);
    expect(Array.from(result.recencyDays)).toEqual([10, 1, 60]);
    expect([0, 1, 2].map((index) => rfmCell(result, index))).toEqual(['211', '444', '122']);
  });

  it('a single customer gets 111 and no NaN anywhere', () => {
    const result = computeRfm(metricsFromRows([customer('only', 10, 8, 36000)]), 11, DEFAULT_SEGMENT_RULES);
    expect(rfmCell(result, 0)).toBe('111');
    const summary = summarizeSegments(result);
    const lost = summary.find((row) => row.segment === 'Lost')!;
    expect(lost).toMatchObject({ customers: 1, customerShare: 1, orders: 8, revenueCents: 36000, revenueShare: 1, averageOrderValueCents: 4500, medianRecencyDays: 1 });
  });

  it('all orders on one day: everyone shares recency and its score', () => {
    const metrics = metricsFromRows([customer('a', 5, 1, 100), customer('b', 5, 2, 200), customer('c', 5, 3, 300)]);
    const result = computeRfm(metrics, 6, DEFAULT_SEGMENT_RULES);
    expect(Array.from(result.recencyDays)).toEqual([1, 1, 1]);
    expect(Array.from(result.rScore)).toEqual([1, 1, 1]);
  });
});

describe('segment summary and grid', () => {
  const metrics = metricsFromRows([customer('a', 100, 1, 1000), customer('b', 100, 1, 3000), customer('c', 10, 4, -500), customer('d', 99, 2, 6500)]);
  const result = computeRfm(metrics, 101, DEFAULT_SEGMENT_RULES);

  it('keeps every segment, in rule order, with shares of the net total', () => {
    const summary = summarizeSegments(result);
    expect(summary.map((row) => row.segment)).toEqual([...DEFAULT_SEGMENT_RULES.map((rule) => rule.name), 'Others']);
    expect(summary.reduce((sum, row) => sum + row.customers, 0)).toBe(4);
    expect(summary.reduce((sum, row) => sum + row.revenueShare, 0)).toBeCloseTo(1, 10);
    expect(summary.filter((row) => row.customers === 0).every((row) => Number.isNaN(row.medianFrequency))).toBe(true);
  });

  it('counts customers and averages monetary per R × F cell', () => {
    const grid = rfGrid(result);
    expect(grid).toHaveLength(25);
    expect(grid.reduce((sum, cell) => sum + cell.customers, 0)).toBe(4);
    const cellOfA = grid.find((cell) => cell.r === result.rScore[0] && cell.f === result.fScore[0])!;
    const members = customersInCell(result, cellOfA.r, cellOfA.f);
    expect(cellOfA.customers).toBe(members.length);
    expect(cellOfA.averageMonetaryCents).toBe(members.reduce((sum, index) => sum + metrics.monetaryCents[index], 0) / members.length);
  });
});

describe('computeRfmInSteps', () => {
  it('pauses after each of the three scores and ends with the same result as computeRfm', async () => {
    const { computeRfmInSteps } = await import('../../../src/lib/domain/rfm');
    const metrics = metricsFromRows([customer('a', 100, 1, 500), customer('b', 109, 5, 90000), customer('c', 50, 2, 2000)]);
    const steps = computeRfmInSteps(metrics, 110, DEFAULT_SEGMENT_RULES);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(3);
    expect(step.value).toEqual(computeRfm(metrics, 110, DEFAULT_SEGMENT_RULES));
  });
});
