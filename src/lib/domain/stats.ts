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
  const upper = selectInPlace(copy, middle);
  if (count % 2) return upper;
  // Everything before `middle` is now ≤ upper; the largest of it is the lower middle value.
  let lower = -Infinity;
  for (let index = 0; index < middle; index++) if (copy[index] > lower) lower = copy[index];
  return (lower + upper) / 2;
}

/** Moves the k-th smallest value to `values[k]`, smaller or equal ones before it (Hoare partitions); returns it. */
function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1];
    let low = left;
    let high = right;
    while (low <= high) {
      while (values[low] < pivot) low++;
      while (values[high] > pivot) high--;
      if (low <= high) {
        const swap = values[low];
        values[low++] = values[high];
        values[high--] = swap;
      }
    }
    if (k <= high) right = high;
    else if (k >= low) left = low;
    else return values[k]; // between the two parts: equal to the pivot
  }
  return values[k];
}
