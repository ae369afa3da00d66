import { describe, expect, it } from 'vitest';
import { evaluateCustomerValue } from '../../../src/lib/domain/customer-value';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import { B2B_ACCOUNT_TIERS, RFM_SEGMENTS, VALUE_LEVELS_SPEND } from '../../../src/lib/domain/tiers';
import { DEFAULT_HEALTH_BANDS } from '../../../src/lib/domain/health';

const AS_OF = 10_000;
// Four customers: trailing-year spend 12,000 / 5,000 / 2,999.99 / 10,000.00 (in cents below).
const rfm = computeRfm(
  metricsFromRows([
    { id: 'a', firstDay: 9000, lastDay: 9990, frequency: 20, monetaryCents: 2_000_000 },
    { id: 'b', firstDay: 9500, lastDay: 9900, frequency: 5, monetaryCents: 500_000 },
    { id: 'c', firstDay: 9990, lastDay: 9990, frequency: 1, monetaryCents: 299_999 },
    { id: 'd', firstDay: 9100, lastDay: 9950, frequency: 8, monetaryCents: 1_000_000 },
  ]),
  AS_OF,
  DEFAULT_SEGMENT_RULES,
);
const windows = {
  annualSpendCents: Float64Array.of(1_200_000, 500_000, 299_999, 1_000_000),
  ordersPerYear: Float64Array.of(12, 5, 1, 8),
  spendLast180Cents: Float64Array.of(600_000, 0, 299_999, 500_000),
  spendPrior180Cents: Float64Array.of(600_000, 500_000, 0, 500_000),
};
const choices = { healthWeights: {}, healthBands: DEFAULT_HEALTH_BANDS };

describe('evaluateCustomerValue', () => {
  it('tiers by the scheme, summarises them and scores health for every customer', () => {
    const value = evaluateCustomerValue(rfm, windows, { ...choices, scheme: VALUE_LEVELS_SPEND });
    expect(Array.from(value.tiers.tier, (tier) => value.tiers.names[tier])).toEqual(['High', 'Mid', 'Low', 'High']);
    expect(value.summary.map((row) => [row.tier, row.customers])).toEqual([
      ['High', 2],
      ['Mid', 1],
      ['Low', 1],
      ['No data', 0],
    ]);
    expect(value.missing).toEqual([]);
    expect(value.health.index).toHaveLength(4);
    for (const score of value.health.index) expect(score).toBeGreaterThanOrEqual(0);
    // Without a customer table only the order-based components exist, weighted equally.
    expect(value.health.available.sort()).toEqual(['frequency', 'recency', 'trend']);
    expect(value.health.weights.recency).toBeCloseTo(1 / 3, 12);
    expect(value.concentration.customers).toBe(4);
    expect(value.concentrationByTier.map((group) => group.customers)).toEqual([2, 1, 1, 0]);
  });

  it('names the attributes a scheme needs but nobody has', () => {
    const value = evaluateCustomerValue(rfm, windows, { ...choices, scheme: B2B_ACCOUNT_TIERS });
    expect(value.missing).toContain('satisfaction');
  });

  it('the RFM-segments scheme reuses the segments of the result', () => {
    const value = evaluateCustomerValue(rfm, windows, { ...choices, scheme: RFM_SEGMENTS });
    expect(Array.from(value.tiers.tier)).toEqual(Array.from(rfm.segment));
    expect(value.tiers.names).toEqual(rfm.segmentNames);
  });
});
