import { bisectLeft, bisectRight } from 'd3-array';

/**
 * Mid-rank percentile of each value among the finite ones, 0–1: (customers below + (customers tied
 * − 1) / 2) / (customers − 1). The unique lowest gets 0, the unique highest 1, tied customers share
 * the mean of their ranks (so everyone equal, or a single customer, gets 0.5). Non-finite → NaN.
 * Pass `higherIsBetter = false` to flip it (1 − rank), as for recency.
 */
export function percentileRanks(values: ArrayLike<number>, higherIsBetter = true): Float64Array {
  const finite: number[] = [];
  for (let index = 0; index < values.length; index++) if (Number.isFinite(values[index])) finite.push(values[index]);
  const sorted = Float64Array.from(finite).sort();
  const count = sorted.length;
  const ranks = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!Number.isFinite(value)) {
      ranks[index] = NaN;
      continue;
    }
    // Sorted positions: values strictly below, then the run of equal values.
    const below = bisectLeft(sorted, value);
    const tied = bisectRight(sorted, value) - below;
    const rank = count === 1 ? 0.5 : (below + (tied - 1) / 2) / (count - 1);
    ranks[index] = higherIsBetter ? rank : 1 - rank;
  }
  return ranks;
}
