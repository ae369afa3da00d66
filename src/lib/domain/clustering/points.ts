/** A row-major n × d matrix of customers (rows) by scaled features (columns). */
export interface Points {
  matrix: Float64Array;
  n: number;
  d: number;
}

/** The rows at `indices`, copied into a new matrix (a sample, in index order). */
export function pickRows(points: Points, indices: Int32Array): Points {
  const { matrix, d } = points;
  const picked = new Float64Array(indices.length * d);
  indices.forEach((row, at) => picked.set(matrix.subarray(row * d, row * d + d), at * d));
  return { matrix: picked, n: indices.length, d };
}

/** Squared Euclidean distance between row `row` of `points` and row `other` of a centroid matrix. */
export function squaredDistance(points: Points, row: number, centroids: Float64Array, other: number): number {
  const { matrix, d } = points;
  let sum = 0;
  for (let j = 0, a = row * d, b = other * d; j < d; j++) {
    const delta = matrix[a + j] - centroids[b + j];
    sum += delta * delta;
  }
  return sum;
}
