import { kthSmallest, knownValues } from './select';

/** Slack for share × count, so 0.29 × 100 (28.999…) still counts 29 customers. */
const EPSILON = 1e-9;

/** How many of `known` customers a top share holds: floor(share × known), share clamped to 0–1. */
export function topCount(topShare: number, known: number): number {
  if (!(topShare > 0)) return 0;
  return Math.min(known, Math.floor(Math.min(topShare, 1) * known + EPSILON));
}

/**
 * 1 for the customers in the top `topShare` of `values` (highest first, NaN never ranked), else 0.
 * Exactly topCount(topShare, known) customers are in: those above the cut value, then those at
 * it in ascending id order (code-unit order, as DuckDB sorts VARCHAR), so ties never split at random.
 */
export function topShareMask(values: Float64Array, ids: readonly string[], topShare: number): Uint8Array {
  const mask = new Uint8Array(values.length);
  const known = knownValues(values);
  const wanted = topCount(topShare, known.length);
  if (wanted === 0) return mask;
  const cut = kthSmallest(known, known.length - wanted);
  const tied: number[] = [];
  let taken = 0;
  for (let index = 0; index < values.length; index++) {
    if (values[index] > cut) {
      mask[index] = 1;
      taken++;
    } else if (values[index] === cut) tied.push(index);
  }
  tied.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  for (let at = 0; at < wanted - taken; at++) mask[tied[at]] = 1;
  return mask;
}
