/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations (exact enough for d ≤ ~20).
 * Returns eigenvalues in descending order and the matching unit eigenvectors as rows (row-major d × d).
 */
export function symmetricEigen(matrix: Float64Array, d: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let offDiagonal = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) offDiagonal += a[p * d + q] ** 2;
    if (offDiagonal < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        if (a[p * d + q] === 0) continue;
        // Rotation angle that zeroes a[p][q] (Numerical Recipes' stable form).
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * a[p * d + q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const [akp, akq] = [a[k * d + p], a[k * d + q]];
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const [apk, aqk] = [a[p * d + k], a[q * d + k]];
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const [vkp, vkq] = [v[k * d + p], v[k * d + q]];
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: d }, (_, i) => i).sort((x, y) => a[y * d + y] - a[x * d + x]);
  const values = Float64Array.from(order, (i) => a[i * d + i]);
  // Columns of v are the eigenvectors; return them as rows in the sorted order.
  const vectors = new Float64Array(d * d);
  order.forEach((column, row) => {
    for (let k = 0; k < d; k++) vectors[row * d + k] = v[k * d + column];
  });
  return { values, vectors };
}
