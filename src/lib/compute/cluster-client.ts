import { proxy, transfer } from 'comlink';
import type { ClusterApi } from '../../../workers/cluster.worker';
import type { FitOutcome } from '../domain/clustering/jobs';
import type { KMeansOptions } from '../domain/clustering/kmeans';
import type { SweepOptions, SweepOutcome, SweepProgress } from '../domain/clustering/sweep';
import { SupersedingWorker, type Cancelled } from './superseding-worker';

export { CANCELLED, type Cancelled } from './superseding-worker';

/** Owns the cluster worker (see SupersedingWorker: one request at a time, a newer one supersedes). */
export class ClusterClient {
  #worker = new SupersedingWorker<ClusterApi>(() => new Worker(new URL('../../../workers/cluster.worker.ts', import.meta.url), { type: 'module' }));

  /** Inertia and silhouette for each K; `matrix` is copied, then the copy is transferred. */
  sweep(matrix: Float64Array, n: number, d: number, options: SweepOptions, onProgress?: SweepProgress): Promise<SweepOutcome | Cancelled> {
    const copy = matrix.slice();
    return this.#worker.run<SweepOutcome>((api) => api.sweep(transfer(copy, [copy.buffer]), n, d, options, onProgress && proxy(onProgress)));
  }

  /** Labels, centroids, inertia and PCA coordinates at one K; `matrix` is copied, then transferred. */
  fit(matrix: Float64Array, n: number, d: number, k: number, options: KMeansOptions): Promise<FitOutcome | Cancelled> {
    const copy = matrix.slice();
    return this.#worker.run<FitOutcome>((api) => api.fit(transfer(copy, [copy.buffer]), n, d, k, options));
  }

  /** Stops the running request, if any; the next request starts a fresh worker. */
  cancel(): void {
    this.#worker.cancel();
  }
}
