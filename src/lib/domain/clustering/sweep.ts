import { checkClusterable, type ClusteringProblem } from './guards';
import { DEFAULT_KMEANS_OPTIONS, fitKMeans, type KMeansOptions } from './kmeans';
import type { Points } from './points';
import { DEFAULT_SILHOUETTE_OPTIONS, silhouetteScore, type SilhouetteOptions } from './silhouette';

/** K range and the fit and silhouette settings of a sweep. */
export interface SweepOptions {
  kMin: number;
  kMax: number;
  kmeans: KMeansOptions;
  silhouette: SilhouetteOptions;
}

/** The default range 3–8 with default K-means and silhouette settings. */
export const DEFAULT_SWEEP_OPTIONS: SweepOptions = { kMin: 3, kMax: 8, kmeans: DEFAULT_KMEANS_OPTIONS, silhouette: DEFAULT_SILHOUETTE_OPTIONS };

/** One K of the sweep: the elbow (inertia) and the silhouette. */
export interface SweepPoint {
  k: number;
  inertia: number;
  silhouette: number;
  iterations: number;
  /** k × d centroids, so a later fit can be matched to this one. */
  centroids: Float64Array;
}

/** A finished sweep, or why it could not run. */
export type SweepOutcome =
  | { ok: true; points: SweepPoint[]; recommendedK: number; silhouetteSampled: boolean; silhouetteRows: number; sampledRestarts: boolean; kMin: number; kMax: number }
  | { ok: false; reason: ClusteringProblem; customers: number; distinct: number };

/** Reports progress as (steps done, total steps); two steps per K (fit, silhouette). */
export type SweepProgress = (done: number, total: number) => void;

/** Fits every K in range and recommends the highest silhouette (the lowest K on a tie). Never throws on data. */
export function sweepK(points: Points, options: SweepOptions = DEFAULT_SWEEP_OPTIONS, onProgress?: SweepProgress): SweepOutcome {
  const check = checkClusterable(points, options.kMin, options.kMax);
  if (!check.ok) return check;
  const total = 2 * (check.kMax - check.kMin + 1);
  const results: SweepPoint[] = [];
  let silhouetteSampled = false;
  let silhouetteRows = points.n;
  let sampledRestarts = false;
  for (let k = check.kMin; k <= check.kMax; k++) {
    const fit = fitKMeans(points, k, options.kmeans);
    onProgress?.(2 * results.length + 1, total);
    const silhouette = silhouetteScore(points, fit.labels, k, options.silhouette);
    ({ sampled: silhouetteSampled, rows: silhouetteRows } = silhouette);
    sampledRestarts = fit.sampledRestarts;
    results.push({ k, inertia: fit.inertia, silhouette: silhouette.score, iterations: fit.iterations, centroids: fit.centroids });
    onProgress?.(2 * results.length, total);
  }
  const recommended = results.reduce((best, point) => (point.silhouette > best.silhouette ? point : best));
  return { ok: true, points: results, recommendedK: recommended.k, silhouetteSampled, silhouetteRows, sampledRestarts, kMin: check.kMin, kMax: check.kMax };
}
