import { describe, expect, it } from 'vitest';
import { featureColumn } from '../../../src/lib/domain/clustering/feature-columns';
import { buildFeatures, type FeatureOptions } from '../../../src/lib/domain/clustering/features';
import { scalingParams, sortedQuantile } from '../../../src/lib/domain/clustering/scaling';
import { rfmOf } from './helpers';

// Four customers as of day 100: recency 10/20/40/80 days, frequency 1/2/4/8, monetary 10/20/−5/160 currency units.
const rfm = rfmOf([
  { firstDay: 50, lastDay: 90, frequency: 1, monetaryCents: 1000 },
  { firstDay: 60, lastDay: 80, frequency: 2, monetaryCents: 2000 },
  { firstDay: 10, lastDay: 60, frequency: 4, monetaryCents: -500 },
  { firstDay: 0, lastDay: 20, frequency: 8, monetaryCents: 16000 },
]);
const column = (matrix: Float64Array, d: number, j: number) => Array.from({ length: matrix.length / d }, (_, i) => matrix[i * d + j]);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const populationStd = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));

describe('featureColumn: original units', () => {
  it.each([
    { name: 'recency_days', expected: [10, 20, 40, 80] },
    { name: 'frequency', expected: [1, 2, 4, 8] },
    { name: 'monetary', expected: [10, 20, -5, 160] },
    { name: 'avg_order_value', expected: [10, 10, -1.25, 20] },
    { name: 'tenure_days', expected: [50, 40, 90, 100] },
  ] as const)('$name', ({ name, expected }) => {
    expect(Array.from(featureColumn(rfm, name))).toEqual(expected);
  });
});

describe('buildFeatures', () => {
  it('defaults: log1p R, F, M, z-scored with the population std (mean 0, std 1, no NaN)', () => {
    const features = buildFeatures(rfm);
    expect(features).toMatchObject({ n: 4, d: 3, names: ['recency_days', 'frequency', 'monetary'], dropped: [] });
    for (let j = 0; j < 3; j++) {
      const values = column(features.matrix, 3, j);
      expect(mean(values)).toBeCloseTo(0, 12);
      expect(populationStd(values)).toBeCloseTo(1, 12);
    }
    expect(features.matrix.every(Number.isFinite)).toBe(true);
  });

  it('clamps a negative net monetary at 0 before log1p (it ranks with zero spend, not NaN)', () => {
    const features = buildFeatures(rfm, { features: [{ name: 'monetary', transform: 'log1p' }], scaling: 'zscore' });
    const logs = [Math.log1p(10), Math.log1p(20), 0, Math.log1p(160)];
    expect(features.scaling[0].center).toBeCloseTo(mean(logs), 12);
    expect(features.scaling[0].scale).toBeCloseTo(populationStd(logs), 12);
  });

  it('leaves a constant feature out with a note', () => {
    const sameFrequency = rfmOf([1, 2, 3].map((day) => ({ firstDay: day, lastDay: day * 10, frequency: 3, monetaryCents: day * 100 })));
    const options: FeatureOptions = { features: [{ name: 'frequency', transform: 'log1p' }, { name: 'monetary', transform: 'none' }], scaling: 'zscore' };
    const features = buildFeatures(sameFrequency, options);
    expect(features).toMatchObject({ d: 1, names: ['monetary'], dropped: [{ name: 'frequency', reason: 'constant' }] });
    expect(features.matrix.every(Number.isFinite)).toBe(true);
  });

  it('robust scaling: (x − median) / IQR with linear quantiles', () => {
    const features = buildFeatures(rfm, { features: [{ name: 'frequency', transform: 'none' }], scaling: 'robust' });
    // frequency 1, 2, 4, 8: median 3, q25 = 1.75, q75 = 5 → IQR 3.25
    expect(features.scaling[0]).toMatchObject({ center: 3, scale: 3.25, method: 'robust', transform: 'none' });
    expect(Array.from(features.matrix)).toEqual([1, 2, 4, 8].map((f) => (f - 3) / 3.25));
  });
});

describe('scalingParams edge cases', () => {
  it.each([
    { name: 'constant column', values: [5, 5, 5], method: 'zscore', expected: null },
    { name: 'robust on a varying column with IQR 0 falls back to the std', values: [1, 1, 1, 1, 1, 9], method: 'robust', expected: { center: 1, method: 'iqr_zero_std' } },
    { name: 'z-score', values: [1, 3], method: 'zscore', expected: { center: 2, scale: 1, method: 'zscore' } },
  ] as const)('$name', ({ values, method, expected }) => {
    const params = scalingParams(Float64Array.from(values), method);
    if (expected === null) expect(params).toBeNull();
    else expect(params).toMatchObject(expected);
  });

  it('quantiles interpolate like NumPy', () => {
    const sorted = Float64Array.from([1, 2, 4, 8]);
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => sortedQuantile(sorted, p))).toEqual([1, 1.75, 3, 5, 8]);
  });
});
