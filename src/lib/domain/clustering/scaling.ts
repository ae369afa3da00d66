/** Per-feature transform applied before scaling. */
export type FeatureTransform = 'log1p' | 'none';
/** z-score with the population standard deviation, or robust (median / interquartile range). */
export type ScalingMethod = 'zscore' | 'robust';

/** How one column was scaled: scaled = (transformed − center) / scale. */
export interface ScalingParams {
  center: number;
  scale: number;
  /** `iqr_zero_std` when robust scaling met an IQR of 0 on a varying feature and fell back to the std. */
  method: ScalingMethod | 'iqr_zero_std';
}

/**
 * log1p of a value clamped at 0. Net monetary can be negative (returns) and recency can be negative with an
 * as-of date before the last order; log1p would give NaN or −∞, so those customers count as 0 here.
 */
export function transformColumn(values: Float64Array, transform: FeatureTransform): Float64Array {
  return transform === 'log1p' ? values.map((value) => Math.log1p(Math.max(0, value))) : Float64Array.from(values);
}

/** Linear-interpolated quantile of sorted values (NumPy's default, R type 7). */
export function sortedQuantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Mean and population standard deviation (ddof 0), two-pass for accuracy. */
export function meanAndStd(values: Float64Array): { mean: number; std: number } {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, std: Math.sqrt(squares / values.length) };
}

/** Scaling parameters of one transformed column; null when the column is constant (it cannot be scaled). */
export function scalingParams(values: Float64Array, method: ScalingMethod): ScalingParams | null {
  const { mean, std } = meanAndStd(values);
  // Relative threshold: a column equal up to rounding noise is constant too.
  if (!(std > 1e-12 * Math.max(1, Math.abs(mean)))) return null;
  if (method === 'zscore') return { center: mean, scale: std, method };
  const sorted = Float64Array.from(values).sort();
  const center = sortedQuantile(sorted, 0.5);
  const iqr = sortedQuantile(sorted, 0.75) - sortedQuantile(sorted, 0.25);
  // Heavily tied data (most customers bought once) can have IQR 0 yet vary: fall back to the std, noted.
  return iqr > 0 ? { center, scale: iqr, method } : { center, scale: std, method: 'iqr_zero_std' };
}
