import { pickRows, type Points } from './points';
import { seededSample } from './sample';
import { groupRows, pairDistanceSums } from './silhouette-sums';

/** When to stop computing exactly and sample instead (the thresholds). */
export interface SilhouetteOptions {
  exactLimit: number;
  sampleSize: number;
  seed: number;
}

/** Exact up to 20,000 rows, else a seeded random sample of 10,000. */
export const DEFAULT_SILHOUETTE_OPTIONS: SilhouetteOptions = { exactLimit: 20_000, sampleSize: 10_000, seed: 0 };

/** Mean silhouette and whether it came from a sample (the chart says so). */
export interface SilhouetteResult {
  score: number;
  sampled: boolean;
  rows: number;
}

/**
 * Exact mean silhouette (Euclidean), as scikit-learn's silhouette_score: a row alone in its cluster scores 0.
 * With fewer than two non-empty clusters the silhouette is undefined; 0 is returned (no structure).
 */
export function exactSilhouette({ matrix, n, d }: Points, labels: Int32Array, k: number): number {
  const grouped = groupRows(matrix, n, d, labels, k);
  const { start } = grouped;
  let nonEmpty = 0;
  for (let c = 0; c < k; c++) if (start[c + 1] > start[c]) nonEmpty++;
  if (n === 0 || nonEmpty < 2) return 0;
  const sums = pairDistanceSums(grouped);
  let total = 0;
  for (let own = 0; own < k; own++) {
    const size = start[own + 1] - start[own];
    if (size < 2) continue;
    for (let p = start[own]; p < start[own + 1]; p++) {
      const within = sums[p * k + own] / (size - 1);
      let nearest = Infinity;
      for (let c = 0; c < k; c++) {
        const count = start[c + 1] - start[c];
        if (c !== own && count > 0) nearest = Math.min(nearest, sums[p * k + c] / count);
      }
      const spread = Math.max(within, nearest);
      total += spread > 0 ? (nearest - within) / spread : 0; // identical rows across clusters: no separation
    }
  }
  return total / n;
}

/** Mean silhouette: exact up to `exactLimit` rows, else on a seeded random sample (same rows for every K). */
export function silhouetteScore(points: Points, labels: Int32Array, k: number, options: SilhouetteOptions = DEFAULT_SILHOUETTE_OPTIONS): SilhouetteResult {
  if (points.n <= options.exactLimit) return { score: exactSilhouette(points, labels, k), sampled: false, rows: points.n };
  const sample = seededSample(points.n, options.sampleSize, options.seed);
  const sampleLabels = Int32Array.from(sample, (row) => labels[row]);
  return { score: exactSilhouette(pickRows(points, sample), sampleLabels, k), sampled: true, rows: sample.length };
}
