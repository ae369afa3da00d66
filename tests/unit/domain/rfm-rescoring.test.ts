import { describe, expect, it } from 'vitest';
import type { CustomerMetrics } from '../../../src/lib/domain/customer-metrics';
import { seededRandom } from '../../../src/lib/domain/random';
import { computeRfm, computeRfmInSteps, type RfmResult } from '../../../src/lib/domain/rfm';
import { sameMetricMethod, scoreWith, sortedFromWorseCounts, type CutPoints, type ScoreMethod } from '../../../src/lib/domain/score-methods';
import { worseCounts } from '../../../src/lib/domain/scores';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';

/** Skewed random customers: many one-order buyers, long-tailed money (cents, some negative), recency over three years. */
function randomMetrics(count: number, seed: number): CustomerMetrics {
  const next = seededRandom(seed);
  const frequency = Int32Array.from({ length: count }, () => 1 + Math.floor(next() ** 3 * 30));
  const lastDay = Int32Array.from({ length: count }, () => 19_000 + Math.floor(next() * 1_100));
  return {
    ids: Array.from({ length: count }, (_, index) => `C${index}`),
    firstDay: lastDay.map((day) => day - Math.floor(next() * 400)),
    lastDay,
    frequency,
    monetaryCents: Float64Array.from(frequency, (orders) => Math.round((next() - 0.03) * 20_000 * orders)),
    purchaseDays: frequency.map((orders) => Math.max(1, orders - Math.floor(next() * 3))),
  };
}

const AS_OF = 20_101;
const CUTS: CutPoints = { recency: [60, 180, 365, 700], frequency: [2, 3, 6, 12], monetary: [50, 200, 800, 3_000] };
const fixed = (cuts: Partial<CutPoints>): ScoreMethod => ({ kind: 'fixed', cuts: { ...CUTS, ...cuts } });

/** Runs the generator to its end. */
function finish(steps: Generator<void, RfmResult>): { result: RfmResult; pauses: number } {
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  return { result: step.value, pauses };
}

/** The parts of a result that views and exports read (arrays as plain lists). */
function shown(result: RfmResult) {
  return {
    recencyDays: [...result.recencyDays],
    rScore: [...result.rScore],
    fScore: [...result.fScore],
    mScore: [...result.mScore],
    segment: [...result.segment],
    segmentNames: result.segmentNames,
    binning: result.binning,
    definitions: result.inputs.definitions,
    frequency: [...result.inputs.frequency],
    monetaryCents: [...result.inputs.monetaryCents],
  };
}

describe('rescoring with the previous result', () => {
  const metrics = randomMetrics(3_000, 7);
  const defaults = { frequency: 'orders', monetary: 'total' } as const;

  it.each([
    { name: 'tie-sharing → fixed cuts', from: { kind: 'tie-sharing' } as ScoreMethod, to: fixed({}), pauses: 3 },
    { name: 'one monetary cut moved', from: fixed({}), to: fixed({ monetary: [50, 250, 800, 3_000] }), pauses: 1 },
    { name: 'one recency cut moved', from: fixed({}), to: fixed({ recency: [30, 180, 365, 700] }), pauses: 1 },
    { name: 'frequency and monetary cuts moved', from: fixed({}), to: fixed({ frequency: [2, 4, 6, 12], monetary: [10, 200, 800, 3_000] }), pauses: 2 },
    { name: 'fixed → R rfm', from: fixed({}), to: { kind: 'r-rfm' } as ScoreMethod, pauses: 3 },
    { name: 'same method again', from: fixed({}), to: fixed({}), pauses: 0 },
  ])('$name: the same numbers as scoring from scratch, pausing only for rescored metrics', ({ from, to, pauses }) => {
    const previous = computeRfm(metrics, AS_OF, DEFAULT_SEGMENT_RULES, from, defaults);
    const rescored = finish(computeRfmInSteps(metrics, AS_OF, DEFAULT_SEGMENT_RULES, to, defaults, previous));
    const fresh = computeRfm(metrics, AS_OF, DEFAULT_SEGMENT_RULES, to, defaults);
    expect(shown(rescored.result)).toEqual(shown(fresh));
    expect(rescored.pauses).toBe(pauses);
  });

  it('keeps the arrays of the metrics whose cuts did not move (views and workers see them unchanged)', () => {
    const previous = computeRfm(metrics, AS_OF, DEFAULT_SEGMENT_RULES, fixed({}), defaults);
    const { result } = finish(computeRfmInSteps(metrics, AS_OF, DEFAULT_SEGMENT_RULES, fixed({ monetary: [50, 250, 800, 3_000] }), defaults, previous));
    expect(result.recencyDays).toBe(previous.recencyDays);
    expect(result.inputs).toBe(previous.inputs);
    expect(result.rScore).toBe(previous.rScore);
    expect(result.fScore).toBe(previous.fScore);
    expect(result.mScore).not.toBe(previous.mScore);
    // by hand: a customer's M score is 1 + the number of cuts (in cents) at or below their money
    const cents = [5_000, 25_000, 80_000, 300_000];
    metrics.monetaryCents.forEach((value, index) => expect(result.mScore[index]).toBe(1 + cents.filter((cut) => value >= cut).length));
  });

  it('rescores everything for other metrics or another as-of date, F and M for other definitions', () => {
    const previous = computeRfm(metrics, AS_OF, DEFAULT_SEGMENT_RULES, fixed({}), defaults);
    const cases = [
      { metrics: randomMetrics(3_000, 7), asOf: AS_OF, definitions: defaults, pauses: 3 },
      { metrics, asOf: AS_OF - 30, definitions: defaults, pauses: 3 },
      { metrics, asOf: AS_OF, definitions: { frequency: 'days', monetary: 'average' } as const, pauses: 2 },
    ];
    for (const next of cases) {
      const rescored = finish(computeRfmInSteps(next.metrics, next.asOf, DEFAULT_SEGMENT_RULES, fixed({}), next.definitions, previous));
      expect(rescored.pauses).toBe(next.pauses);
      expect(shown(rescored.result)).toEqual(shown(computeRfm(next.metrics, next.asOf, DEFAULT_SEGMENT_RULES, fixed({}), next.definitions)));
    }
  });
});

describe('fixed cut scoring on random values', () => {
  it('matches a plain loop over the values, also when the same values are scored again with other cuts', () => {
    const next = seededRandom(11);
    const values = Float64Array.from({ length: 5_000 }, () => Math.round(next() ** 2 * 100_000 - 2_000));
    scoreWith({ kind: 'tie-sharing' }, values, false, 'frequency'); // the sorted copy now comes from its worse counts
    for (const cuts of [
      [0, 1_000, 10_000, 50_000],
      [100, 200, 300, 400],
      [-5_000, 5, 6, 90_000],
    ]) {
      for (const higherIsBetter of [true, false]) {
        const scored = scoreWith({ kind: 'fixed', cuts: { ...CUTS, frequency: cuts } }, values, higherIsBetter, 'frequency');
        const sizes = [0, 0, 0, 0, 0];
        values.forEach((value, index) => {
          let bin = 0;
          for (const cut of cuts) if (value >= cut) bin++;
          const score = higherIsBetter ? bin + 1 : 5 - bin;
          expect(scored.scores[index]).toBe(score);
          sizes[score - 1]++;
        });
        expect(scored.binSizes).toEqual(sizes);
        expect(scored.cutPoints).toEqual(cuts);
      }
    }
  });

  it('largest ties per score: the most common value, the smallest of equally common ones', () => {
    // by hand, cuts 2, 3, 4, 5: score 1 holds 1 ×2; score 2 holds 2 ×3; score 5 holds 7 ×2 and 9 ×2 → 7
    const values = [1, 9, 2, 7, 2, 1, 9, 2, 7];
    scoreWith({ kind: 'tie-sharing' }, values, true, 'frequency');
    const scored = scoreWith({ kind: 'fixed', cuts: { ...CUTS, frequency: [2, 3, 4, 5] } }, values, true, 'frequency');
    expect(scored.largestTies).toEqual([{ value: 1, customers: 2 }, { value: 2, customers: 3 }, null, null, { value: 7, customers: 2 }]);
    // scored again (sorted copy cached) and on a fresh copy of the values: the same answer
    expect(scoreWith({ kind: 'fixed', cuts: { ...CUTS, frequency: [2, 3, 4, 5] } }, [...values], true, 'frequency').largestTies).toEqual(scored.largestTies);
    expect(scoreWith({ kind: 'fixed', cuts: { ...CUTS, frequency: [2, 3, 4, 5] } }, values, true, 'frequency').largestTies).toEqual(scored.largestTies);
  });
});

describe('sameMetricMethod', () => {
  it.each([
    { name: 'tie-sharing twice', a: { kind: 'tie-sharing' } as ScoreMethod, b: { kind: 'tie-sharing' } as ScoreMethod, metric: 'recency' as const, expected: true },
    { name: 'different kinds', a: { kind: 'tie-sharing' } as ScoreMethod, b: fixed({}), metric: 'recency' as const, expected: false },
    { name: 'fixed, another metric moved', a: fixed({}), b: fixed({ monetary: [1, 2, 3, 4] }), metric: 'recency' as const, expected: true },
    { name: 'fixed, this metric moved', a: fixed({}), b: fixed({ monetary: [1, 2, 3, 4] }), metric: 'monetary' as const, expected: false },
    { name: 'R rfm twice', a: { kind: 'r-rfm' } as ScoreMethod, b: { kind: 'r-rfm' } as ScoreMethod, metric: 'frequency' as const, expected: true },
  ])('$name → $expected', ({ a, b, metric, expected }) => {
    expect(sameMetricMethod(a, b, metric)).toBe(expected);
  });
});

describe('sortedFromWorseCounts', () => {
  it.each([
    { name: 'higher is better, with ties', values: [5, 1, 5, 3, 1, 5, 9], higherIsBetter: true },
    { name: 'lower is better (recency), with ties', values: [5, 1, 5, 3, 1, 5, 9], higherIsBetter: false },
    { name: 'all equal', values: [4, 4, 4], higherIsBetter: false },
    { name: 'negative and fractional values', values: [-2.5, 0, -2.5, 7.25, 0.5], higherIsBetter: true },
  ])('$name: the values ascending', ({ values, higherIsBetter }) => {
    expect([...sortedFromWorseCounts(values, worseCounts(values, higherIsBetter), higherIsBetter)]).toEqual([...values].sort((a, b) => a - b));
  });

  it('random values at 20,000 customers: equal to a sort', () => {
    const next = seededRandom(3);
    const values = Float64Array.from({ length: 20_000 }, () => Math.floor(next() ** 3 * 500));
    for (const higherIsBetter of [true, false]) {
      expect(sortedFromWorseCounts(values, worseCounts(values, higherIsBetter), higherIsBetter)).toEqual(Float64Array.from(values).sort());
    }
  });
});
