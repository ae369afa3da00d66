import { bisectLeft, bisectRight } from 'd3-array';

/**
 * Tie-sharing quantile scores, 1–5, 5 best:
 *   score = 1 + floor(5 × (customers with a strictly worse value) / customers).
 * Customers with equal values always share a score, and the result does not depend on the
 * order of the input or on the engine. Pass `higherIsBetter = false` for recency.
 */
export function quantileScores(values: ArrayLike<number>, higherIsBetter: boolean, bins = 5): Uint8Array {
  return scoresFromWorseCounts(worseCounts(values, higherIsBetter), bins);
}

/** Tie-sharing scores from `worseCounts`. */
export function scoresFromWorseCounts(worse: Uint32Array, bins = 5): Uint8Array {
  const count = worse.length;
  const scores = new Uint8Array(count);
  for (let index = 0; index < count; index++) scores[index] = 1 + Math.floor((bins * worse[index]) / count);
  return scores;
}

/**
 * For every customer, how many customers have a strictly worse value. Customers who tie share
 * the count, so the number of customers with the same count is the size of their tie.
 */
export function worseCounts(values: ArrayLike<number>, higherIsBetter: boolean): Uint32Array {
  if (values.length === 0) return new Uint32Array(0);
  const input = values instanceof Float64Array ? values : Float64Array.from(values);
  return packedSortAvailable(input) ? worseCountsByPackedSort(input, higherIsBetter) : worseCountsByBinarySearch(input, higherIsBetter);
}

const INDEX_BITS = 2 ** 21;

/** Integer values within a 2^31 span and at most 2^21 customers fit value and index in one exact double. */
function packedSortAvailable(values: Float64Array): boolean {
  if (values.length > INDEX_BITS) return false;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isInteger(value)) return false;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return max - min < 2 ** 31;
}

/**
 * One native sort of (value, index) packed into doubles, then one walk: each run of equal values
 * starts at the number of customers below it. Exact, and about 10 ms at 100k customers.
 */
function worseCountsByPackedSort(values: Float64Array, higherIsBetter: boolean): Uint32Array {
  const count = values.length;
  let min = Infinity;
  for (const value of values) if (value < min) min = value;
  const packed = new Float64Array(count);
  // Worst first: ascending values when higher is better, descending (negated offsets) otherwise.
  for (let index = 0; index < count; index++) {
    const offset = higherIsBetter ? values[index] - min : 2 ** 31 - 1 - (values[index] - min);
    packed[index] = offset * INDEX_BITS + index;
  }
  packed.sort();
  const worse = new Uint32Array(count);
  let runStart = 0;
  let runValue = -1;
  for (let position = 0; position < count; position++) {
    const offset = Math.floor(packed[position] / INDEX_BITS);
    if (offset !== runValue) {
      runValue = offset;
      runStart = position;
    }
    worse[packed[position] - offset * INDEX_BITS] = runStart;
  }
  return worse;
}

/** The general case (fractions, huge spans): sorted copy plus binary search per customer. */
function worseCountsByBinarySearch(values: Float64Array, higherIsBetter: boolean): Uint32Array {
  const count = values.length;
  const sorted = Float64Array.from(values).sort();
  const worse = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const value = values[index];
    worse[index] = higherIsBetter ? bisectLeft(sorted, value) : count - bisectRight(sorted, value);
  }
  return worse;
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
