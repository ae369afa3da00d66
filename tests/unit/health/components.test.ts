import { describe, expect, it } from 'vitest';
import { detectNpsScale, healthComponents, trendScores, type HealthInputs } from '../../../src/lib/domain/health';
import { expectClose } from './expect-close';

const NaN = Number.NaN;
const base: HealthInputs = {
  recencyDays: Int32Array.of(0, 10, 400),
  frequency: Int32Array.of(1, 5, 2),
  daysSinceFirstOrder: Int32Array.of(500, 500, 500),
  spendLast180Cents: Float64Array.of(0, 0, 0),
  spendPrior180Cents: Float64Array.of(0, 0, 0),
};
const column = (name: string, inputs: HealthInputs) => Array.from(healthComponents(inputs).scores[name as 'recency'] ?? []);
const expectColumn = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, at) => expectClose(value, expected[at]));
};

describe('healthComponents', () => {
  it.each([
    { name: 'recency: most recent 1, least recent 0', component: 'recency', inputs: base, expected: [1, 0.5, 0] },
    { name: 'frequency: most orders 1, fewest 0', component: 'frequency', inputs: base, expected: [0, 1, 0.5] },
    { name: 'satisfaction: 1 → 0, 5 → 1, 3 → 0.5', component: 'satisfaction', inputs: { ...base, satisfaction: Float64Array.of(1, 5, 3) }, expected: [0, 1, 0.5] },
    { name: 'satisfaction outside 1–5 is clamped, missing stays missing', component: 'satisfaction', inputs: { ...base, satisfaction: Float64Array.of(0, 6, NaN) }, expected: [0, 1, NaN] },
    { name: 'complaints: 0 → 1, 1 → 0.5, 3 → 0.25', component: 'complaints', inputs: { ...base, complaints: Float64Array.of(0, 1, 3) }, expected: [1, 0.5, 0.25] },
    { name: 'complaints: a negative count reads as 0, missing stays missing', component: 'complaints', inputs: { ...base, complaints: Float64Array.of(-2, NaN, 0) }, expected: [1, NaN, 1] },
    { name: 'NPS on 0–10: value / 10', component: 'nps', inputs: { ...base, nps: Float64Array.of(0, 10, 7) }, expected: [0, 1, 0.7] },
    { name: 'NPS on −100…100: (value + 100) / 200', component: 'nps', inputs: { ...base, nps: Float64Array.of(-100, 100, 50) }, expected: [0, 1, 0.75] },
    { name: 'NPS on −100…100 read from one value outside 0–10', component: 'nps', inputs: { ...base, nps: Float64Array.of(0, 10, 100) }, expected: [0.5, 0.55, 1] },
  ])('$name', ({ component, inputs, expected }) => {
    expectColumn(column(component, inputs), expected);
  });

  it.each([
    { name: 'no optional columns: recency, frequency and trend only', inputs: base, available: ['recency', 'frequency', 'trend'] },
    {
      name: 'every column mapped',
      inputs: { ...base, satisfaction: Float64Array.of(1, 2, 3), complaints: Float64Array.of(0, 0, 1), nps: Float64Array.of(1, 2, 3) },
      available: ['recency', 'frequency', 'trend', 'satisfaction', 'complaints', 'nps'],
    },
    { name: 'a column with no finite value is not available', inputs: { ...base, satisfaction: Float64Array.of(NaN, NaN, NaN), nps: Float64Array.of(NaN, NaN, NaN) }, available: ['recency', 'frequency', 'trend'] },
    { name: 'one finite value makes it available', inputs: { ...base, complaints: Float64Array.of(NaN, 2, NaN) }, available: ['recency', 'frequency', 'trend', 'complaints'] },
    { name: 'only new customers: no trend', inputs: { ...base, daysSinceFirstOrder: Int32Array.of(1, 2, 3) }, available: ['recency', 'frequency'] },
  ])('available: $name', ({ inputs, available }) => {
    expect(Object.keys(healthComponents(inputs).scores)).toEqual(available);
  });

  it.each([
    { name: '0–10', nps: [0, 10, 7, NaN], expected: '0-10' },
    { name: '−100…100 from a negative value', nps: [-5, 3], expected: '-100-100' },
    { name: '−100…100 from a value above 10', nps: [11, 3], expected: '-100-100' },
    { name: 'no finite value: none', nps: [NaN], expected: null },
  ])('NPS scale: $name', ({ nps, expected }) => {
    expect(detectNpsScale(Float64Array.from(nps))).toBe(expected);
  });

  it.each([
    { name: 'the scale it read', inputs: { ...base, nps: Float64Array.of(-100, 0, 100) }, expected: '-100-100' },
    { name: 'none without an NPS column', inputs: base, expected: null },
  ])('reports $name', ({ inputs, expected }) => {
    expect(healthComponents(inputs).npsScale).toBe(expected);
  });
});

describe('trendScores', () => {
  it.each([
    { name: 'both windows zero: no change, 0.5', last: 0, prior: 0, since: 400, expected: 0.5 },
    { name: 'flat: 0.5', last: 100, prior: 100, since: 400, expected: 0.5 },
    // L² / (L² + P²) = 4 / 5 and 1 / 5.
    { name: 'doubled: 0.8', last: 200, prior: 100, since: 400, expected: 0.8 },
    { name: 'halved: 0.2', last: 100, prior: 200, since: 400, expected: 0.2 },
    { name: 'stopped: 0', last: 0, prior: 100, since: 400, expected: 0 },
    { name: 'returning from nothing: 1', last: 100, prior: 0, since: 400, expected: 1 },
    { name: 'new customer (first order inside the last window): missing', last: 100, prior: 0, since: 30, expected: NaN },
    { name: 'first order 179 days ago is still new', last: 100, prior: 0, since: 179, expected: NaN },
    { name: 'first order 180 days ago is not new', last: 100, prior: 0, since: 180, expected: 1 },
    { name: 'net returns in a window count as no spend', last: -50, prior: 100, since: 400, expected: 0 },
    { name: 'net returns in both windows: no change', last: -50, prior: -20, since: 400, expected: 0.5 },
  ])('$name', ({ last, prior, since, expected }) => {
    expectClose(trendScores(Float64Array.of(last), Float64Array.of(prior), [since])[0], expected);
  });

  it('uses the window length it is given', () => {
    expectClose(trendScores(Float64Array.of(100), Float64Array.of(0), [60], 90)[0], NaN);
    expectClose(trendScores(Float64Array.of(100), Float64Array.of(0), [90], 90)[0], 1);
  });
});
