import { minCostAssignment } from './assignment';

/**
 * For each new cluster, the old cluster it continues (or −1), matching centroids one-to-one so that the total
 * Euclidean distance is smallest. Keeps names and colours attached to "the same" cluster across re-runs.
 */
export function matchClusters(oldCentroids: Float64Array, newCentroids: Float64Array, d: number): Int32Array {
  const oldCount = d > 0 ? oldCentroids.length / d : 0;
  const newCount = d > 0 ? newCentroids.length / d : 0;
  const cost = new Float64Array(newCount * oldCount);
  for (let fresh = 0; fresh < newCount; fresh++) {
    for (let old = 0; old < oldCount; old++) {
      let squared = 0;
      for (let j = 0; j < d; j++) squared += (newCentroids[fresh * d + j] - oldCentroids[old * d + j]) ** 2;
      cost[fresh * oldCount + old] = Math.sqrt(squared);
    }
  }
  return minCostAssignment(cost, newCount, oldCount);
}

/** Values (names, colours) for new clusters: the matched old cluster's, else the fresh one's. */
export function carryOver<T>(oldValues: readonly T[], match: Int32Array, freshValues: readonly T[]): T[] {
  return freshValues.map((fresh, cluster) => (match[cluster] >= 0 ? oldValues[match[cluster]] : fresh));
}
