/**
 * Rows grouped by cluster: `matrix` holds the rows sorted by label (row-major), cluster c owns rows
 * start[c] ≤ p < start[c + 1]. Grouping lets the distance loops run over contiguous memory.
 */
export interface GroupedRows {
  matrix: Float64Array;
  d: number;
  k: number;
  start: Int32Array;
}

/** Sorts rows by label with a counting sort (stable, O(n)). */
export function groupRows(matrix: Float64Array, n: number, d: number, labels: Int32Array, k: number): GroupedRows {
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) start[labels[i] + 1]++;
  for (let c = 0; c < k; c++) start[c + 1] += start[c];
  const next = start.slice(0, k);
  const grouped = new Float64Array(n * d);
  for (let i = 0; i < n; i++) grouped.set(matrix.subarray(i * d, i * d + d), next[labels[i]]++ * d);
  return { matrix: grouped, d, k, start };
}

/**
 * sums[p·k + c] = Σ Euclidean distance from grouped row p to every row of cluster c (p itself adds 0).
 * Each pair is measured once and added to both sides, which halves the square roots of the O(n²) pass.
 */
export function pairDistanceSums({ matrix, d, k, start }: GroupedRows): Float64Array {
  const n = start[k];
  const sums = new Float64Array(n * k);
  for (let own = 0; own < k; own++) {
    for (let p = start[own]; p < start[own + 1]; p++) {
      for (let c = own; c < k; c++) {
        const from = Math.max(start[c], p + 1);
        sums[p * k + c] += d === 3 ? sweep3(matrix, p, from, start[c + 1], sums, k, own) : sweepAny(matrix, d, p, from, start[c + 1], sums, k, own);
      }
    }
  }
  return sums;
}

// Hand-unrolled for the default three features: about twice as fast as the generic loop in V8.
function sweep3(x: Float64Array, p: number, from: number, to: number, sums: Float64Array, k: number, own: number): number {
  const x0 = x[p * 3], x1 = x[p * 3 + 1], x2 = x[p * 3 + 2];
  let total = 0;
  for (let q = from; q < to; q++) {
    const t0 = x[q * 3] - x0, t1 = x[q * 3 + 1] - x1, t2 = x[q * 3 + 2] - x2;
    const distance = Math.sqrt(t0 * t0 + t1 * t1 + t2 * t2);
    total += distance;
    sums[q * k + own] += distance;
  }
  return total;
}

function sweepAny(x: Float64Array, d: number, p: number, from: number, to: number, sums: Float64Array, k: number, own: number): number {
  let total = 0;
  for (let q = from; q < to; q++) {
    let squared = 0;
    for (let j = 0; j < d; j++) {
      const delta = x[q * d + j] - x[p * d + j];
      squared += delta * delta;
    }
    const distance = Math.sqrt(squared);
    total += distance;
    sums[q * k + own] += distance;
  }
  return total;
}
