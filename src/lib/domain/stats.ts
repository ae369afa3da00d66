/**
 * Median of a numeric selection; NaN when empty. Works on a copy by quickselect (linear time: the segment
 * summary takes three medians per segment of up to 100k customers on every rule edit), or sorts the copy
 * when it holds NaN, which the partition cannot order.
 */
export function median(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) return NaN;
  const copy = Float64Array.from(values);
  const middle = count >> 1;
  if (copy.some(Number.isNaN)) {
    copy.sort(); // native numeric sort puts NaN last
    return count % 2 ? copy[middle] : (copy[middle - 1] + copy[middle]) / 2;
  }
  return medianInPlace(copy);
}

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
