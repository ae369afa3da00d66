import { describe, expect, it } from 'vitest';
import {
  HEALTH_BANDS,
  healthBands,
  healthComponents,
  healthHistogram,
  healthIndex,
  NO_HEALTH_BAND,
  normalisedWeights,
  type HealthComponents,
  type HealthWeights,
} from '../../../src/lib/domain/health';
import { expectClose } from './expect-close';

const NaN = Number.NaN;
// Three available components, two customers; the second lacks a trend.
const components: HealthComponents = {
  customers: 2,
  scores: { recency: Float64Array.of(1, 0.9), frequency: Float64Array.of(0.5, 0.3), trend: Float64Array.of(0.6, NaN) },
  npsScale: null,
};

describe('healthIndex', () => {
  it.each([
    // (1 + 0.5 + 0.6) / 3 = 0.7; (0.9 + 0.3) / 2 = 0.6 over what the second customer has.
    { name: 'default: equal weights over the available components', weights: undefined, expected: [70, 60] },
    // (2·1 + 0.5 + 0.6) / 4 = 0.775; (2·0.9 + 0.3) / 3 = 0.7.
    { name: 'relative weights are normalised', weights: { recency: 2 }, expected: [77.5, 70] },
    { name: 'scaling every weight changes nothing', weights: { recency: 4, frequency: 2, trend: 2 }, expected: [77.5, 70] },
    { name: 'weights of unavailable components are ignored', weights: { nps: 5, satisfaction: 1 }, expected: [70, 60] },
    // (1 + 0.5) / 2 = 0.75; (0.9 + 0.3) / 2 = 0.6.
    { name: 'a zero weight leaves the component out', weights: { trend: 0 }, expected: [75, 60] },
    // Only recency keeps a weight: [1, 0.9].
    { name: 'a negative or non-finite weight counts as 0', weights: { trend: -1, frequency: Infinity }, expected: [100, 90] },
    { name: 'a customer with only an unweighted component left has no index', weights: { recency: 0, frequency: 0 }, expected: [60, NaN] },
    { name: 'nothing weighted: no index for anyone', weights: { recency: 0, frequency: 0, trend: 0 }, expected: [NaN, NaN] },
  ] satisfies { name: string; weights: HealthWeights | undefined; expected: number[] }[])('$name', ({ weights, expected }) => {
    const index = healthIndex(components, weights);
    expect(index).toBeInstanceOf(Float64Array);
    Array.from(index).forEach((score, at) => expectClose(score, expected[at]));
  });

  it('is exactly 70 where the formula says 70 (no float noise at the band edge)', () => {
    const sevens: HealthComponents = { customers: 1, scores: { recency: Float64Array.of(0.7), frequency: Float64Array.of(0.7), trend: Float64Array.of(0.7) }, npsScale: null };
    expect(healthIndex(sevens)[0]).toBe(70);
    expect(healthBands(healthIndex(sevens))[0]).toBe(0);
  });

  it('runs from inputs to bands', () => {
    const inputs = {
      recencyDays: Int32Array.of(0, 10, 400),
      frequency: Int32Array.of(5, 2, 1),
      daysSinceFirstOrder: Int32Array.of(500, 500, 30),
      spendLast180Cents: Float64Array.of(200, 100, 50),
      spendPrior180Cents: Float64Array.of(100, 100, 0),
      satisfaction: Float64Array.of(5, NaN, 1),
    };
    // recency [1, 0.5, 0], frequency [1, 0.5, 0], trend [0.8, 0.5, new], satisfaction [1, missing, 0]:
    // (1 + 1 + 0.8 + 1) / 4 = 0.95, (0.5 + 0.5 + 0.5) / 3 = 0.5, (0 + 0 + 0) / 3 = 0.
    const index = healthIndex(healthComponents(inputs));
    expect(Array.from(index)).toEqual([95, 50, 0]);
    expect(Array.from(healthBands(index), (band) => HEALTH_BANDS[band])).toEqual(['healthy', 'watch', 'at_risk']);
  });
});

describe('normalisedWeights', () => {
  it.each([
    { name: 'default: 1 / 3 each over three available', weights: undefined, expected: { recency: 1 / 3, frequency: 1 / 3, trend: 1 / 3, satisfaction: 0, complaints: 0, nps: 0 } },
    { name: 'relative weights sum to 1', weights: { recency: 2, nps: 3 }, expected: { recency: 0.5, frequency: 0.25, trend: 0.25, satisfaction: 0, complaints: 0, nps: 0 } },
    { name: 'nothing weighted: all 0', weights: { recency: 0, frequency: 0, trend: 0 }, expected: { recency: 0, frequency: 0, trend: 0, satisfaction: 0, complaints: 0, nps: 0 } },
  ] satisfies { name: string; weights: HealthWeights | undefined; expected: Record<string, number> }[])('$name', ({ weights, expected }) => {
    const applied = normalisedWeights(components, weights);
    expect(Object.keys(applied)).toEqual(Object.keys(expected));
    for (const [component, weight] of Object.entries(expected)) expectClose(applied[component as keyof typeof applied], weight);
  });
});

describe('healthBands', () => {
  it.each([
    { name: 'top of the scale', score: 100, band: 'healthy' },
    { name: 'exactly 70 is healthy', score: 70, band: 'healthy' },
    { name: 'just under 70 is watch', score: 69.999, band: 'watch' },
    { name: 'exactly 40 is watch', score: 40, band: 'watch' },
    { name: 'just under 40 is at risk', score: 39.999, band: 'at_risk' },
    { name: 'bottom of the scale', score: 0, band: 'at_risk' },
  ])('$name', ({ score, band }) => {
    expect(HEALTH_BANDS[healthBands(Float64Array.of(score))[0]]).toBe(band);
  });

  it('gives no band to a customer without an index', () => {
    expect(healthBands(Float64Array.of(NaN))[0]).toBe(NO_HEALTH_BAND);
  });

  it('takes other thresholds', () => {
    const bands = healthBands(Float64Array.of(80, 70, 50, 49), { healthyFrom: 80, watchFrom: 50 });
    expect(Array.from(bands, (band) => HEALTH_BANDS[band])).toEqual(['healthy', 'watch', 'watch', 'at_risk']);
  });
});

describe('healthHistogram', () => {
  it('counts bins of 10, the last one holding 100, and the unscored apart', () => {
    const { bins, unscored } = healthHistogram(Float64Array.of(0, 9.99, 10, 39.5, 40, 70, 99, 100, NaN));
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual(Array.from({ length: 10 }, (_, at) => [at * 10, at * 10 + 10]));
    expect(bins.map((bin) => bin.customers)).toEqual([2, 1, 0, 1, 1, 0, 0, 1, 0, 2]);
    expect(unscored).toBe(1);
  });

  it.each([
    { name: 'bins of 25', width: 25, edges: [[0, 25], [25, 50], [50, 75], [75, 100]] },
    { name: 'a width that does not divide 100 ends at 100', width: 30, edges: [[0, 30], [30, 60], [60, 90], [90, 100]] },
    { name: 'a width that is not positive falls back to 10', width: 0, edges: Array.from({ length: 10 }, (_, at) => [at * 10, at * 10 + 10]) },
  ])('$name', ({ width, edges }) => {
    expect(healthHistogram(new Float64Array(0), width).bins.map((bin) => [bin.from, bin.to])).toEqual(edges);
  });
});
