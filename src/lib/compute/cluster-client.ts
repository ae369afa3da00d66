import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { ClusterApi } from '../../../workers/cluster.worker';
import type { FitOutcome } from '../domain/clustering/jobs';
import type { KMeansOptions } from '../domain/clustering/kmeans';
import type { SweepOptions, SweepOutcome, SweepProgress } from '../domain/clustering/sweep';

/** The value a request settles with when it was cancelled or superseded by a newer one. */
export const CANCELLED = { ok: false, reason: 'cancelled' } as const;
export type Cancelled = typeof CANCELLED;

/**
 * Owns the cluster worker: created on first use; one request at a time. A new request, or `cancel()`,
 * terminates a running one (a busy worker cannot be interrupted otherwise) and settles it with CANCELLED.
 * Options must be plain objects: pass `$state.snapshot(x)`, never a `$state` proxy.
 */
export class ClusterClient {
  #worker: Worker | null = null;
  #api: Remote<ClusterApi> | null = null;
  #cancelRunning: (() => void) | null = null;

  /** Inertia and silhouette for each K; `matrix` is copied, then the copy is transferred. */
  sweep(matrix: Float64Array, n: number, d: number, options: SweepOptions, onProgress?: SweepProgress): Promise<SweepOutcome | Cancelled> {
    const copy = matrix.slice();
    return this.#run<SweepOutcome>((api) => api.sweep(transfer(copy, [copy.buffer]), n, d, options, onProgress && proxy(onProgress)));
  }

  /** Labels, centroids, inertia and PCA coordinates at one K; `matrix` is copied, then transferred. */
  fit(matrix: Float64Array, n: number, d: number, k: number, options: KMeansOptions): Promise<FitOutcome | Cancelled> {
    const copy = matrix.slice();
    return this.#run<FitOutcome>((api) => api.fit(transfer(copy, [copy.buffer]), n, d, k, options));
  }

  /** Stops the running request, if any; the next request starts a fresh worker. */
  cancel(): void {
    if (!this.#cancelRunning) return;
    this.#cancelRunning();
    this.#cancelRunning = null;
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }

  #run<T>(call: (api: Remote<ClusterApi>) => Promise<T>): Promise<T | Cancelled> {
    this.cancel(); // the newer request supersedes the running one
    this.#api ??= this.#create();
    return new Promise<T | Cancelled>((resolve, reject) => {
      const cancelThis = () => resolve(CANCELLED);
      // Only the request still registered as running clears the slot; a superseded one already lost it.
      const finish = () => {
        if (this.#cancelRunning === cancelThis) this.#cancelRunning = null;
      };
      this.#cancelRunning = cancelThis;
      call(this.#api!).then(
        (value) => (finish(), resolve(value)),
        (error: unknown) => (finish(), reject(error)),
      );
    });
  }

  #create(): Remote<ClusterApi> {
    this.#worker = new Worker(new URL('../../../workers/cluster.worker.ts', import.meta.url), { type: 'module' });
    return wrap<ClusterApi>(this.#worker);
  }
}
