// Quickselect and the in-place median are general statistics (../stats); the tier code imports them from here.
export { kthSmallest, medianInPlace } from '../stats';

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
