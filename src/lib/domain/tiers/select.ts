/**
 * The k-th smallest (0-based) of `scratch`, found in linear time on average by reordering it in
 * place (Hoare quickselect, middle pivot, so runs of equal values split evenly). Afterwards every
 * value before position k is ≤ the result. `scratch` must hold no NaN.
 */
export function kthSmallest(scratch: Float64Array, k: number): number {
  let low = 0;
  let high = scratch.length - 1;
  while (low < high) {
    const pivot = scratch[(low + high) >> 1];
    let left = low;
    let right = high;
    while (left <= right) {
      while (scratch[left] < pivot) left++;
      while (scratch[right] > pivot) right--;
      if (left <= right) {
        const swap = scratch[left];
        scratch[left++] = scratch[right];
        scratch[right--] = swap;
      }
    }
    if (k <= right) high = right;
    else if (k >= left) low = left;
    else break; // k sits among values equal to the pivot
  }
  return scratch[k];
}

/** The known (non-NaN) values of `values` at `indices` (every position when omitted), in a fresh array. */
export function knownValues(values: Float64Array, indices?: ArrayLike<number>): Float64Array {
  const count = indices ? indices.length : values.length;
  const known = new Float64Array(count);
  let filled = 0;
  for (let at = 0; at < count; at++) {
    const value = values[indices ? indices[at] : at];
    if (!Number.isNaN(value)) known[filled++] = value;
  }
  return known.subarray(0, filled);
}

/** Median of `scratch` (reordered in place; no NaN), NaN when empty; even counts average the middle two. */
export function medianInPlace(scratch: Float64Array): number {
  const count = scratch.length;
  if (count === 0) return NaN;
  const middle = count >> 1;
  const upper = kthSmallest(scratch, middle);
  if (count % 2) return upper;
  let lower = -Infinity; // the largest value before the middle, all of which are ≤ upper
  for (let at = 0; at < middle; at++) if (scratch[at] > lower) lower = scratch[at];
  return (lower + upper) / 2;
}
