/**
 * R's default sample quantile (type 7, Hyndman & Fan 1996): h = (n − 1)p, then linear
 * interpolation between the order statistics around h. `sorted` must be ascending; NaN when empty.
 */
export function quantileType7(sorted: ArrayLike<number>, probability: number): number {
  const count = sorted.length;
  if (count === 0) return NaN;
  const position = (count - 1) * Math.min(1, Math.max(0, probability));
  const below = Math.floor(position);
  const above = Math.min(count - 1, below + 1);
  const fraction = position - below;
  // Written as R does (x[lo] + (x[hi] − x[lo]) × h), so equal neighbours return exactly their value.
  return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

/** Type-7 quantiles at several probabilities of an ascending array. */
export function quantilesType7(sorted: ArrayLike<number>, probabilities: readonly number[]): number[] {
  return probabilities.map((probability) => quantileType7(sorted, probability));
}
