import { seededRandom } from '../random';

/**
 * `size` distinct row indices out of n, drawn uniformly with a seed (partial Fisher–Yates), in ascending order.
 * Random rather than every n-th row: a stride can land in one cluster when rows are ordered.
 */
export function seededSample(n: number, size: number, seed: number): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const swap = i + Math.floor(random() * (n - i));
    [pool[i], pool[swap]] = [pool[swap], pool[i]];
  }
  // Ascending order keeps later passes over the matrix cache-friendly.
  return pool.slice(0, size).sort();
}

/** A seed for restart `index` derived from a base seed, so restarts differ yet repeat exactly. */
export function derivedSeed(baseSeed: number, index: number): number {
  return (baseSeed + Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}
