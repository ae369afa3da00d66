import { squaredDistance, type Points } from './points';

/** Index of the first cumulative weight above `target` (binary search). */
function drawIndex(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Greedy k-means++ seeding (Arthur & Vassilvitskii; greedy variant as in scikit-learn): each new centre is the best,
 * by total squared distance, of 2 + ⌊ln k⌋ candidates drawn with probability ∝ D². Returns k × d centroids.
 */
export function kmeansPlusPlus(points: Points, k: number, random: () => number): Float64Array {
  const { matrix, n, d } = points;
  const centroids = new Float64Array(k * d);
  const first = Math.floor(random() * n);
  centroids.set(matrix.subarray(first * d, first * d + d), 0);
  let closest = new Float64Array(n);
  for (let i = 0; i < n; i++) closest[i] = squaredDistance(points, i, centroids, 0);
  const trials = 2 + Math.floor(Math.log(k));
  const cumulative = new Float64Array(n);
  let candidateDistances = new Float64Array(n);
  let bestDistances = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) cumulative[i] = total += closest[i];
    let bestRow = -1;
    let bestPotential = Infinity;
    for (let trial = 0; trial < trials; trial++) {
      // Potential 0 means every row already sits on a centre (fewer distinct rows than k): any row will do.
      const row = total > 0 ? drawIndex(cumulative, random() * total) : Math.floor(random() * n);
      let potential = 0;
      for (let i = 0; i < n; i++) {
        const distance = Math.min(closest[i], squaredDistance(points, i, matrix, row));
        candidateDistances[i] = distance;
        potential += distance;
      }
      if (potential < bestPotential) {
        [bestDistances, candidateDistances] = [candidateDistances, bestDistances];
        bestPotential = potential;
        bestRow = row;
      }
    }
    centroids.set(matrix.subarray(bestRow * d, bestRow * d + d), c * d);
    [closest, bestDistances] = [bestDistances, closest];
  }
  return centroids;
}
