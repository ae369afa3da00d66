import { describe, expect, it } from 'vitest';
import { checkClusterable, distinctRows } from '../../../src/lib/domain/clustering/guards';
import { DEFAULT_SWEEP_OPTIONS, sweepK } from '../../../src/lib/domain/clustering/sweep';
import { blobs, pointsOf } from './helpers';

describe('sweepK guards: a result value, never an exception', () => {
  it.each([
    { name: 'no customers', points: { matrix: new Float64Array(0), n: 0, d: 3 }, range: [3, 8], reason: 'no_customers' },
    { name: 'a single customer', points: pointsOf([[1, 2, 3]]), range: [3, 8], reason: 'single_customer' },
    { name: 'all customers identical', points: pointsOf(Array(50).fill([1, 2, 3])), range: [3, 8], reason: 'identical_customers' },
    { name: 'every feature dropped as constant', points: { matrix: new Float64Array(0), n: 40, d: 0 }, range: [3, 8], reason: 'identical_customers' },
    { name: 'fewer customers than K', points: pointsOf([[0], [1], [2]]), range: [3, 8], reason: 'too_few_customers' },
    { name: 'fewer distinct customers than K', points: pointsOf([[0], [0], [1], [1], [1]]), range: [3, 8], reason: 'too_few_distinct_customers' },
    { name: 'K below 2', points: pointsOf([[0], [1], [2]]), range: [1, 3], reason: 'invalid_k_range' },
    { name: 'K above 12', points: pointsOf([[0], [1], [2]]), range: [3, 13], reason: 'invalid_k_range' },
    { name: 'an inverted range', points: pointsOf([[0], [1], [2]]), range: [5, 4], reason: 'invalid_k_range' },
  ])('$name ⇒ $reason', ({ points, range: [kMin, kMax], reason }) => {
    expect(sweepK(points, { ...DEFAULT_SWEEP_OPTIONS, kMin, kMax })).toMatchObject({ ok: false, reason, customers: points.n });
  });

  it('cuts the range at the number of distinct customers and still runs', () => {
    expect(checkClusterable(pointsOf([[0], [0], [1], [2], [3], [3]]), 2, 8)).toEqual({ ok: true, kMin: 2, kMax: 4 });
  });

  it('counts distinct rows only up to the limit', () => {
    expect(distinctRows(pointsOf([[0, 1], [0, 1], [1, 0], [2, 2], [3, 3]]), 10)).toBe(4);
    expect(distinctRows(pointsOf([[0, 1], [0, 1], [1, 0], [2, 2], [3, 3]]), 2)).toBe(2);
  });
});

describe('sweepK on three separated blobs', () => {
  const points = blobs([[0, 0, 0], [8, 0, 0], [0, 8, 0]], 50, 1, 4);
  const progress: [number, number][] = [];
  const outcome = sweepK(points, { ...DEFAULT_SWEEP_OPTIONS, kMin: 2, kMax: 6 }, (done, total) => progress.push([done, total]));

  it('recommends K = 3, the highest silhouette', () => {
    expect(outcome.ok && outcome.recommendedK).toBe(3);
    if (!outcome.ok) return;
    expect(outcome.points.map((point) => point.k)).toEqual([2, 3, 4, 5, 6]);
    const best = Math.max(...outcome.points.map((point) => point.silhouette));
    expect(outcome.points.find((point) => point.k === 3)!.silhouette).toBe(best);
  });

  it('inertia falls as K grows (the elbow chart)', () => {
    if (!outcome.ok) throw new Error('sweep failed');
    const inertias = outcome.points.map((point) => point.inertia);
    expect(inertias.every((value, at) => at === 0 || value <= inertias[at - 1])).toBe(true);
    expect(outcome.silhouetteSampled).toBe(false);
  });

  it('reports progress twice per K, ending at total', () => {
    expect(progress).toEqual(Array.from({ length: 10 }, (_, at) => [at + 1, 10]));
  });
});
