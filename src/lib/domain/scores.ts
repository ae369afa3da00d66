/**
 * Tie-sharing quantile scores, 1–5, 5 best:
 *   score = 1 + floor(5 × (customers with a strictly worse value) / customers).
 * Customers with equal values always share a score, and the result does not depend on the
 * order of the input or on the engine. Pass `higherIsBetter = false` for recency.
 */
export function quantileScores(values: ArrayLike<number>, higherIsBetter: boolean, bins = 5): Uint8Array {
  const count = values.length;
  const scores = new Uint8Array(count);
  // A native numeric sort plus binary search over one array type (monomorphic, so V8 keeps it
  // tight): no comparator callbacks, about 10 ms per metric at 100k customers.
  const input = values instanceof Float64Array ? values : Float64Array.from(values);
  const sorted = Float64Array.from(input).sort();
  for (let index = 0; index < count; index++) {
    const value = input[index];
    const worse = higherIsBetter ? lowerBound(sorted, value) : count - upperBound(sorted, value);
    scores[index] = 1 + Math.floor((bins * worse) / count);
  }
  return scores;
}

/** Number of sorted values strictly below `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Number of sorted values at or below `value`. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The value range that got each score, and how many customers: the actual cut points. */
export function scoreRanges(values: ArrayLike<number>, scores: Uint8Array, bins = 5): { score: number; min: number; max: number; count: number }[] {
  const ranges = Array.from({ length: bins }, (_, index) => ({ score: index + 1, min: Infinity, max: -Infinity, count: 0 }));
  for (let index = 0; index < values.length; index++) {
    const range = ranges[scores[index] - 1];
    range.count++;
    if (values[index] < range.min) range.min = values[index];
    if (values[index] > range.max) range.max = values[index];
  }
  return ranges;
}
