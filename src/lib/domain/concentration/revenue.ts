/**
 * Revenue per customer as the concentration measures see it, sorted ascending. A customer whose
 * returns exceed their purchases (negative monetary) or whose value is missing (NaN, ±Infinity) contributes
 * 0 revenue but still counts as a customer: Lorenz shares must stay in 0–1 and the curve must
 * climb, which a negative amount would break. Sorts a copy with the native numeric sort.
 */
export function sortedRevenue(monetaryCents: ArrayLike<number>): Float64Array {
  const revenue = Float64Array.from(monetaryCents, (cents) => (Number.isFinite(cents) && cents > 0 ? cents : 0));
  return revenue.sort();
}

/** Sum of an array; 0 when empty. */
export function total(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}
