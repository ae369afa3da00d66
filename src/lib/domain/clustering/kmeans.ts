import { kmeans } from 'ml-kmeans';
import { seededRandom } from '../random';
import { assignNearest } from './assign';
import { kmeansPlusPlus } from './kmeans-init';
import { pickRows, type Points } from './points';
import { derivedSeed, seededSample } from './sample';
import { meanAndStd } from './scaling';

/** Knobs of one K-means fit; see DEFAULT_KMEANS_OPTIONS. */
export interface KMeansOptions {
  seed: number;
  /** Restarts from different k-means++ seeds; the lowest inertia wins. */
  nInit: number;
  maxIterations: number;
  /** Relative like scikit-learn's `tol`: stop when centres move less than tolerance × mean feature variance. */
  tolerance: number;
  /** Above `above` rows, restarts run on a seeded sample of `size` rows and only the winner is refined on all. */
  restartSample: { above: number; size: number } | null;
}

/** scikit-learn's defaults (n_init 10, 300 iterations, tol 1e-4) plus the restart plan for large inputs. */
export const DEFAULT_KMEANS_OPTIONS: KMeansOptions = { seed: 0, nInit: 10, maxIterations: 300, tolerance: 1e-4, restartSample: { above: 50_000, size: 20_000 } };

/** The best of the restarts: labels per row, k × d centroids, inertia of those labels. */
export interface KMeansFit {
  k: number;
  labels: Int32Array;
  centroids: Float64Array;
  inertia: number;
  /** Lloyd iterations of the winning run (plus its refinement on all rows when restarts were sampled). */
  iterations: number;
  sampledRestarts: boolean;
}

// ml-kmeans wants number[][]: convert each matrix once and reuse it across restarts and K (≈15 ms per 25k × 3).
const rowCache = new WeakMap<Float64Array, number[][]>();
function rowsOf({ matrix, n, d }: Points): number[][] {
  let rows = rowCache.get(matrix);
  if (!rows) rowCache.set(matrix, (rows = Array.from({ length: n }, (_, i) => Array.from(matrix.subarray(i * d, i * d + d)))));
  return rows;
}

/** Mean of the per-feature variances: scikit-learn's unit for `tol`. */
function meanVariance({ matrix, n, d }: Points): number {
  let total = 0;
  for (let j = 0; j < d; j++) total += meanAndStd(Float64Array.from({ length: n }, (_, i) => matrix[i * d + j])).std ** 2;
  return total / d;
}

/** Lloyd iterations by ml-kmeans from given centroids; our final assignment gives labels and inertia. */
function lloyd(points: Points, start: Float64Array, k: number, maxIterations: number, tolerance: number) {
  const { d } = points;
  const initialization = Array.from({ length: k }, (_, c) => Array.from(start.subarray(c * d, c * d + d)));
  const result = kmeans(rowsOf(points), k, { initialization, maxIterations, tolerance });
  const centroids = Float64Array.from(result.centroids.flat());
  return { centroids, iterations: result.iterations, ...assignNearest(points, centroids, k) };
}

/** Best of `nInit` seeded k-means++ restarts. Same points + same options ⇒ identical result. Needs 1 ≤ k ≤ n (the guards check first). */
export function fitKMeans(points: Points, k: number, options: KMeansOptions = DEFAULT_KMEANS_OPTIONS): KMeansFit {
  const sampled = options.restartSample !== null && points.n > options.restartSample.above;
  const restartPoints = sampled ? pickRows(points, seededSample(points.n, options.restartSample!.size, options.seed)) : points;
  // ml-kmeans stops when every centre moves less than `tolerance` (squared); ÷k bounds the sum like scikit-learn.
  const tolerance = (options.tolerance * meanVariance(points)) / k;
  let best: ReturnType<typeof lloyd> | null = null;
  for (let restart = 0; restart < Math.max(1, options.nInit); restart++) {
    const start = kmeansPlusPlus(restartPoints, k, seededRandom(derivedSeed(options.seed, restart)));
    const run = lloyd(restartPoints, start, k, options.maxIterations, tolerance);
    if (!best || run.inertia < best.inertia) best = run; // strict: the earliest restart wins ties
  }
  const winner = sampled ? lloyd(points, best!.centroids, k, options.maxIterations, tolerance) : best!;
  const iterations = sampled ? best!.iterations + winner.iterations : winner.iterations;
  return { k, labels: winner.labels, centroids: winner.centroids, inertia: winner.inertia, iterations, sampledRestarts: sampled };
}
