import { describe, expect, it } from 'vitest';
import { HEALTH_COMPONENTS, type HealthComponent } from '../../../src/lib/domain/health';
import { equalWeights, nothingWeighted, parseWeight, weightRows } from '../../../src/views/value/health-weights';

const available: HealthComponent[] = ['recency', 'frequency', 'trend'];
const applied = { recency: 0.5, frequency: 0, trend: 0.5, satisfaction: 0, complaints: 0, nps: 0 };

describe('weightRows', () => {
  const rows = weightRows(available, applied, { frequency: 0, satisfaction: 3 });

  it('lists every component in display order, the unavailable ones too', () => {
    expect(rows.map((row) => row.component)).toEqual([...HEALTH_COMPONENTS]);
    expect(rows.filter((row) => row.available).map((row) => row.component)).toEqual(available);
  });

  it('shows 1 for a component without a weight (the equal default) and the applied share from the result', () => {
    expect(rows[0]).toEqual({ component: 'recency', available: true, relative: 1, applied: 0.5 });
    expect(rows[1]).toEqual({ component: 'frequency', available: true, relative: 0, applied: 0 });
    expect(rows[3]).toEqual({ component: 'satisfaction', available: false, relative: 3, applied: 0 });
  });
});

describe('parseWeight', () => {
  it.each([
    { input: 0, weight: 0 },
    { input: 2.5, weight: 2.5 },
    { input: -1, weight: null },
    { input: NaN, weight: null },
    { input: Infinity, weight: null },
  ])('$input → $weight', ({ input, weight }) => {
    expect(parseWeight(input)).toBe(weight);
  });
});

describe('nothingWeighted and equalWeights', () => {
  it.each([
    { name: 'the default', weights: {}, nothing: false, equal: true },
    { name: 'all available at 2 (still equal)', weights: { recency: 2, frequency: 2, trend: 2 }, nothing: false, equal: true },
    { name: 'frequency at 0', weights: { frequency: 0 }, nothing: false, equal: false },
    { name: 'every available at 0', weights: { recency: 0, frequency: 0, trend: 0 }, nothing: true, equal: false },
    { name: 'only an unavailable component weighted', weights: { recency: 0, frequency: 0, trend: 0, nps: 4 }, nothing: true, equal: false },
  ])('$name', ({ weights, nothing, equal }) => {
    const rows = weightRows(available, applied, weights);
    expect(nothingWeighted(rows)).toBe(nothing);
    expect(equalWeights(rows)).toBe(equal);
  });
});
