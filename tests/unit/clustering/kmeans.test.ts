import { describe, expect, it } from 'vitest';
import { assignNearest } from '../../../src/lib/domain/clustering/assign';
import { DEFAULT_KMEANS_OPTIONS, fitKMeans, type KMeansOptions } from '../../../src/lib/domain/clustering/kmeans';
import { kmeansPlusPlus } from '../../../src/lib/domain/clustering/kmeans-init';
import { seededRandom } from '../../../src/lib/domain/random';
import { blobs, pointsOf } from './helpers';

const threeBlobs = blobs([[0, 0], [10, 0], [0, 10]], 40);
const options = (overrides: Partial<KMeansOptions> = {}): KMeansOptions => ({ ...DEFAULT_KMEANS_OPTIONS, ...overrides });

describe('fitKMeans', () => {
  it('same data and seed give identical labels, centroids and inertia', () => {
    const spread = blobs([[0, 0], [3, 1], [1, 4], [5, 5]], 60, 2, 11);
    const first = fitKMeans(spread, 4, options({ seed: 42 }));
    const second = fitKMeans(spread, 4, options({ seed: 42 }));
    expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
    expect(Array.from(second.centroids)).toEqual(Array.from(first.centroids));
    expect(second.inertia).toBe(first.inertia);
  });

  it('finds well-separated blobs, one label per blob', () => {
    const fit = fitKMeans(threeBlobs, 3);
    const labelOfBlob = [0, 40, 80].map((start) => fit.labels[start]);
    expect(new Set(labelOfBlob).size).toBe(3);
    [0, 1, 2].forEach((blob) => expect(fit.labels.subarray(blob * 40, blob * 40 + 40).every((label) => label === labelOfBlob[blob])).toBe(true));
  });

  it('reports the inertia of its own labels and centroids', () => {
    const fit = fitKMeans(threeBlobs, 3);
    expect(assignNearest(threeBlobs, fit.centroids, 3).inertia).toBeCloseTo(fit.inertia, 9);
  });

  it('keeps the best restart: 10 restarts never lose to the first one alone', () => {
    const spread = blobs([[0, 0], [3, 1], [1, 4], [5, 5], [2, 2]], 50, 2, 3);
    for (const seed of [1, 2, 3]) {
      expect(fitKMeans(spread, 6, options({ seed, nInit: 10 })).inertia).toBeLessThanOrEqual(fitKMeans(spread, 6, options({ seed, nInit: 1 })).inertia);
    }
  });

  it('above the sampling threshold, restarts run on a sample and the winner is refined on all rows', () => {
    const fit = fitKMeans(threeBlobs, 3, options({ restartSample: { above: 100, size: 30 } }));
    expect(fit.sampledRestarts).toBe(true);
    expect(fit.labels).toHaveLength(120);
    expect(new Set(fit.labels).size).toBe(3);
  });
});

describe('kmeansPlusPlus', () => {
  it('picks k distinct data rows, the same ones for the same seed', () => {
    const points = pointsOf([[0], [0], [0], [5], [9]]);
    const first = kmeansPlusPlus(points, 3, seededRandom(5));
    expect(Array.from(first).sort((a, b) => a - b)).toEqual([0, 5, 9]);
    expect(Array.from(kmeansPlusPlus(points, 3, seededRandom(5)))).toEqual(Array.from(first));
  });
});
