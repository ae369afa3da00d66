// The model worker keeps a value basis per set of customers and reuses it for threshold, weight and segment-rule
// edits: that is only right if the basis does not depend on the segments or the choices. Checked here against a
// full evaluation of each edited case.
import { describe, expect, it } from 'vitest';
import { evaluateCustomerValue, healthOf, valueBasis, valueFromBasis } from '../../../src/lib/domain/customer-value';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { DEFAULT_HEALTH_BANDS } from '../../../src/lib/domain/health';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { assignSegments, DEFAULT_SEGMENT_RULES, segmentNames } from '../../../src/lib/domain/segments';
import { RFM_SEGMENTS, SERVICE_LEVELS, VALUE_LEVELS_SPEND } from '../../../src/lib/domain/tiers';

const metrics = metricsFromRows(
  Array.from({ length: 40 }, (_, index) => ({
    id: `c${index}`,
    firstDay: 9000 + ((index * 37) % 400),
    lastDay: 9500 + ((index * 53) % 490),
    frequency: 1 + ((index * 7) % 11),
    monetaryCents: 1000 + ((index * 7919) % 250_000),
  })),
);
const rfm = computeRfm(metrics, 10_000, DEFAULT_SEGMENT_RULES);
const windows = {
  annualSpendCents: Float64Array.from(metrics.monetaryCents, (cents) => cents / 2),
  ordersPerYear: Float64Array.from(metrics.frequency),
  spendLast180Cents: Float64Array.from(metrics.monetaryCents, (cents, index) => (index % 3 ? cents / 4 : 0)),
  spendPrior180Cents: Float64Array.from(metrics.monetaryCents, (cents) => cents / 5),
};
const plain = <T>(value: T) => JSON.parse(JSON.stringify(value, (_, item) => (ArrayBuffer.isView(item) ? Array.from(item as Float64Array) : item)));

describe('value basis reuse', () => {
  const basis = valueBasis(rfm, windows);

  it.each([
    { name: 'another tier scheme', choices: { scheme: VALUE_LEVELS_SPEND, healthWeights: {}, healthBands: DEFAULT_HEALTH_BANDS } },
    { name: 'other health weights', choices: { scheme: SERVICE_LEVELS, healthWeights: { recency: 3 }, healthBands: DEFAULT_HEALTH_BANDS } },
  ])('$name: the kept basis gives the full evaluation', ({ choices }) => {
    const { rfm: _a, ...reused } = valueFromBasis(rfm, basis, choices);
    const { rfm: _b, ...full } = evaluateCustomerValue(rfm, windows, choices);
    expect(plain(reused)).toEqual(plain(full));
  });

  it('edited segment rules: the basis of the old segments gives the full evaluation of the new ones', () => {
    const rules = DEFAULT_SEGMENT_RULES.map((rule, index) => (index === 1 ? { ...rule, r: [4, 5] as [number, number] } : rule));
    const edited = { ...rfm, segment: assignSegments(rfm.rScore, rfm.fScore, rfm.mScore, rules), segmentNames: segmentNames(rules) };
    expect(Array.from(edited.segment)).not.toEqual(Array.from(rfm.segment));
    const choices = { scheme: RFM_SEGMENTS, healthWeights: {}, healthBands: DEFAULT_HEALTH_BANDS };
    const health = healthOf(basis, choices);
    const { rfm: _a, ...reused } = valueFromBasis(edited, basis, choices, health);
    const { rfm: _b, ...full } = evaluateCustomerValue(edited, windows, choices);
    expect(plain(reused)).toEqual(plain(full));
    expect(Array.from(reused.tiers.tier)).toEqual(Array.from(edited.segment));
  });
});

describe('per-group concentration from a kept revenue order', () => {
  it('equals sorting each group, negatives and unnamed groups included', async () => {
    const { concentrationByGroup, revenueOrder } = await import('../../../src/lib/domain/concentration');
    let seed = 5;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const monetary = Float64Array.from({ length: 3000 }, () => Math.round((next() - 0.15) * 50_000));
    const group = Uint8Array.from({ length: 3000 }, () => (next() < 0.05 ? 255 : Math.floor(next() * 4)));
    const names = ['A', 'B', 'C', 'Empty'].slice(0, 4);
    const sorted = concentrationByGroup(monetary, group, names);
    const ordered = concentrationByGroup(monetary, group, names, {}, revenueOrder(monetary));
    expect(plain(ordered)).toEqual(plain(sorted));
    expect(sorted[0].customers).toBeGreaterThan(0);
  });
});
