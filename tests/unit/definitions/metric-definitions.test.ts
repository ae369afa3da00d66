import { describe, expect, it } from 'vitest';
import { featureColumn } from '../../../src/lib/domain/clustering/feature-columns';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import {
  averageOrderCents,
  customersWithFewerDays,
  defaultDefinitions,
  needsPurchaseDays,
  normalizeDefinitions,
  rfmInputs,
} from '../../../src/lib/domain/metric-definitions';
import { computeRfm, rfmCell } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';

describe('normalizeDefinitions', () => {
  it.each([
    { name: 'a missing field (settings written before the switch) is the default', input: undefined, expected: { frequency: 'orders', monetary: 'total' } },
    { name: 'an empty object is the default', input: {}, expected: { frequency: 'orders', monetary: 'total' } },
    { name: 'valid choices stay', input: { frequency: 'days', monetary: 'average' }, expected: { frequency: 'days', monetary: 'average' } },
    { name: 'an unknown choice falls back per field', input: { frequency: 'weeks', monetary: 'average' }, expected: { frequency: 'orders', monetary: 'average' } },
    { name: 'a wrong type is the default', input: 'days', expected: { frequency: 'orders', monetary: 'total' } },
  ])('$name', ({ input, expected }) => {
    expect(normalizeDefinitions(input)).toEqual(expected);
  });

  it('only purchase days need the extra query', () => {
    expect(needsPurchaseDays(defaultDefinitions())).toBe(false);
    expect(needsPurchaseDays({ frequency: 'days', monetary: 'total' })).toBe(true);
    expect(needsPurchaseDays({ frequency: 'orders', monetary: 'average' })).toBe(false);
  });
});

describe('averageOrderCents', () => {
  it.each([
    { name: 'divides exactly', cents: 1200, orders: 4, expected: 300 },
    { name: 'rounds a third down', cents: 1000, orders: 3, expected: 333 },
    { name: 'rounds two thirds up', cents: 2000, orders: 3, expected: 667 },
    { name: 'rounds an exact half up', cents: 1005, orders: 2, expected: 503 },
    { name: 'rounds a negative half away from zero', cents: -1005, orders: 2, expected: -503 },
    { name: 'half a cent becomes one', cents: 1, orders: 2, expected: 1 },
    { name: 'a net loss below half a cent is 0, not −0', cents: -1, orders: 3, expected: 0 },
    { name: 'no orders (cannot reach the scores) gives 0', cents: 500, orders: 0, expected: 0 },
  ])('$name: $cents / $orders → $expected', ({ cents, orders, expected }) => {
    const [average] = averageOrderCents([cents], [orders]);
    expect(Object.is(average, expected)).toBe(true);
  });
});

// Four customers, worked by hand: orders 1/2/3/4, purchase days 1/1/1/4 (customers 2 and 3 ordered several
// times on one day), net 4.00/8.00/3.00/12.00, so per order 4.00/4.00/1.00/3.00.
const metrics = metricsFromRows([
  { id: 'a', firstDay: 80, lastDay: 90, frequency: 1, monetaryCents: 400, purchaseDays: 1 },
  { id: 'b', firstDay: 70, lastDay: 80, frequency: 2, monetaryCents: 800, purchaseDays: 1 },
  { id: 'c', firstDay: 60, lastDay: 70, frequency: 3, monetaryCents: 300, purchaseDays: 1 },
  { id: 'd', firstDay: 50, lastDay: 60, frequency: 4, monetaryCents: 1200, purchaseDays: 4 },
]);

describe('rfmInputs', () => {
  it('the default definitions score the metrics themselves (no copy)', () => {
    const inputs = rfmInputs(metrics, defaultDefinitions());
    expect(inputs.frequency).toBe(metrics.frequency);
    expect(inputs.monetaryCents).toBe(metrics.monetaryCents);
  });

  it('frequency as days takes the purchase days; monetary as average divides by orders', () => {
    const inputs = rfmInputs(metrics, { frequency: 'days', monetary: 'average' });
    expect(inputs.definitions).toEqual({ frequency: 'days', monetary: 'average' });
    expect(Array.from(inputs.frequency)).toEqual([1, 1, 1, 4]);
    expect(Array.from(inputs.monetaryCents)).toEqual([400, 400, 100, 300]);
  });

  it('days without counted purchase days fall back to orders and say so', () => {
    const withoutDays = { ...metrics, purchaseDays: undefined };
    const inputs = rfmInputs(withoutDays, { frequency: 'days', monetary: 'total' });
    expect(inputs.definitions.frequency).toBe('orders');
    expect(inputs.frequency).toBe(metrics.frequency);
  });

  it('counts the customers with fewer purchase days than orders', () => {
    expect(customersWithFewerDays(metrics)).toBe(2);
    expect(customersWithFewerDays({ ...metrics, purchaseDays: undefined })).toBeNull();
  });
});

// score = 1 + floor(5 × strictly worse / 4). Recency 10/20/30/40 days → R 4/3/2/1.
// F: orders 1/2/3/4 → 1/2/3/4; days 1/1/1/4 → 1/1/1/4.
// M: total 400/800/300/1200 (worse 1/2/0/3) → 2/3/1/4; average 400/400/100/300 (worse 2/2/0/1) → 3/3/1/2.
describe('computeRfm under each definition', () => {
  const cells = (definitions: Parameters<typeof computeRfm>[4]) => {
    const result = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES, undefined, definitions);
    return [0, 1, 2, 3].map((index) => rfmCell(result, index));
  };

  it.each([
    { name: 'orders and total (default)', definitions: undefined, expected: ['412', '323', '231', '144'] },
    { name: 'purchase days and total', definitions: { frequency: 'days', monetary: 'total' }, expected: ['412', '313', '211', '144'] },
    { name: 'orders and average per order', definitions: { frequency: 'orders', monetary: 'average' }, expected: ['413', '323', '231', '142'] },
    { name: 'purchase days and average per order', definitions: { frequency: 'days', monetary: 'average' }, expected: ['413', '313', '211', '142'] },
  ] as const)('$name', ({ definitions, expected }) => {
    expect(cells(definitions)).toEqual(expected);
  });

  it('segments follow the new scores', () => {
    const before = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES);
    const after = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES, undefined, { frequency: 'days', monetary: 'total' });
    const name = (result: typeof before, index: number) => result.segmentNames[result.segment[index]];
    // b: 323 is Loyal Customers (R 2–4, F 2–4, M 2–4); 313 fails F ≥ 2 there and is the first match of Promising (R 3–4, F 1–3, M 3–5).
    expect(name(before, 1)).toBe('Loyal Customers');
    expect(name(after, 1)).toBe('Promising');
  });

  it('the metrics keep their meaning: frequency is still orders, monetary still the total', () => {
    const result = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES, undefined, { frequency: 'days', monetary: 'average' });
    expect(Array.from(result.metrics.frequency)).toEqual([1, 2, 3, 4]);
    expect(Array.from(result.metrics.monetaryCents)).toEqual([400, 800, 300, 1200]);
  });

  it('clustering reads F and M as scored', () => {
    const result = computeRfm(metrics, 100, DEFAULT_SEGMENT_RULES, undefined, { frequency: 'days', monetary: 'average' });
    expect(Array.from(featureColumn(result, 'frequency'))).toEqual([1, 1, 1, 4]);
    expect(Array.from(featureColumn(result, 'monetary'))).toEqual([4, 4, 1, 3]);
    // Average order value stays net ÷ orders whatever the definitions.
    expect(Array.from(featureColumn(result, 'avg_order_value'))).toEqual([4, 4, 1, 3]);
  });
});
