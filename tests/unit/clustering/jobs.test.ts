import { describe, expect, it } from 'vitest';
import { fitWithProjection } from '../../../src/lib/domain/clustering/jobs';
import { blobs, pointsOf } from './helpers';

describe('fitWithProjection (what the worker runs)', () => {
  it('returns labels, centroids, inertia and one scatter point per customer', () => {
    const outcome = fitWithProjection(blobs([[0, 0, 0], [9, 9, 9]], 20), 2);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.labels).toHaveLength(40);
    expect(outcome.centroids).toHaveLength(6);
    expect(outcome.projection.coordinates).toHaveLength(80);
    expect(outcome.inertia).toBeGreaterThan(0);
  });

  it.each([
    { name: 'K larger than the customers allow', points: pointsOf([[0], [1]]), k: 3, reason: 'too_few_customers' },
    { name: 'identical customers', points: pointsOf([[1], [1], [1], [1]]), k: 2, reason: 'identical_customers' },
  ])('$name ⇒ $reason', ({ points, k, reason }) => {
    expect(fitWithProjection(points, k)).toMatchObject({ ok: false, reason });
  });
});
