import { symmetricEigen } from './eigen';
import type { Points } from './points';

/** A 2-D projection for the scatter: x, y per customer interleaved, and what the two axes are. */
export interface Projection {
  /** n × 2, interleaved; float32 is plenty for drawing and halves what crosses the worker boundary. */
  coordinates: Float32Array;
  /** 2 × d loadings of the axes; a missing axis (d < 2) is all zeros. */
  components: Float64Array;
  /** Share of the total variance on each axis. */
  explainedRatio: [number, number];
}

/** Column means and the population covariance matrix (d × d). */
function covariance({ matrix, n, d }: Points): { mean: Float64Array; cov: Float64Array } {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += matrix[i * d + j] / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const da = matrix[i * d + a] - mean[a];
      for (let b = a; b < d; b++) cov[a * d + b] += (da * (matrix[i * d + b] - mean[b])) / n;
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  return { mean, cov };
}

/** Principal-component projection onto the two largest axes. Signs are fixed (largest loading positive). */
export function projectPca(points: Points): Projection {
  const { matrix, n, d } = points;
  const { mean, cov } = covariance(points);
  const { values, vectors } = symmetricEigen(cov, d);
  const components = new Float64Array(2 * d);
  for (let axis = 0; axis < Math.min(2, d); axis++) {
    const row = vectors.subarray(axis * d, axis * d + d);
    const largest = row.reduce((best, value, at) => (Math.abs(value) > Math.abs(row[best]) ? at : best), 0);
    const sign = row[largest] < 0 ? -1 : 1; // eigenvectors are defined up to sign: pick one so runs agree
    for (let j = 0; j < d; j++) components[axis * d + j] = sign * row[j];
  }
  const coordinates = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    for (let axis = 0; axis < 2; axis++) {
      let sum = 0;
      for (let j = 0; j < d; j++) sum += (matrix[i * d + j] - mean[j]) * components[axis * d + j];
      coordinates[i * 2 + axis] = sum;
    }
  }
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  const ratio = (axis: number) => (axis < d && total > 0 ? Math.max(0, values[axis]) / total : 0);
  return { coordinates, components, explainedRatio: [ratio(0), ratio(1)] };
}
