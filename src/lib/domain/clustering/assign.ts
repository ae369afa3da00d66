import { squaredDistance, type Points } from './points';

/** Nearest centroid of every row and the inertia (sum of squared distances to it). Ties go to the lower index. */
export function assignNearest(points: Points, centroids: Float64Array, k: number, labels = new Int32Array(points.n)): { labels: Int32Array; inertia: number } {
  let inertia = 0;
  for (let i = 0; i < points.n; i++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const distance = squaredDistance(points, i, centroids, c);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    labels[i] = best;
    inertia += bestDistance;
  }
  return { labels, inertia };
}
