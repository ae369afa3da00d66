// K-means sweeps and fits off the main thread; the math lives in src/lib/domain/clustering.
import { expose, transfer } from 'comlink';
import { fitWithProjection, type FitOutcome } from '../src/lib/domain/clustering/jobs';
import type { KMeansOptions } from '../src/lib/domain/clustering/kmeans';
import { sweepK, type SweepOptions, type SweepOutcome, type SweepProgress } from '../src/lib/domain/clustering/sweep';

const api = {
  /** Inertia and silhouette for every K in range; progress goes back through a Comlink proxy. */
  sweep(matrix: Float64Array, n: number, d: number, options: SweepOptions, onProgress?: SweepProgress): SweepOutcome {
    // A Comlink proxy call returns a promise; progress is fire-and-forget, the sweep never waits for the page.
    const outcome = sweepK({ matrix, n, d }, options, onProgress && ((done, total) => void onProgress(done, total)));
    if (!outcome.ok) return outcome;
    return transfer(outcome, outcome.points.map((point) => point.centroids.buffer));
  },

  /** Labels, centroids and inertia at one K, plus the PCA coordinates for the scatter. */
  fit(matrix: Float64Array, n: number, d: number, k: number, options: KMeansOptions): FitOutcome {
    const outcome = fitWithProjection({ matrix, n, d }, k, options);
    if (!outcome.ok) return outcome;
    const { labels, centroids, projection } = outcome;
    return transfer(outcome, [labels.buffer, centroids.buffer, projection.coordinates.buffer, projection.components.buffer]);
  },
};

expose(api);
export type ClusterApi = typeof api;
