import type { RfmResult } from '../rfm';
import { featureColumn, type FeatureName } from './feature-columns';
import { scalingParams, transformColumn, type FeatureTransform, type ScalingMethod, type ScalingParams } from './scaling';

/** One requested feature and its transform. */
export interface FeatureSpec {
  name: FeatureName;
  transform: FeatureTransform;
}

/** Which features to use and how to scale them. */
export interface FeatureOptions {
  features: FeatureSpec[];
  scaling: ScalingMethod;
}

/** The standardized feature matrix, row-major n × d, ready for K-means. */
export interface FeatureMatrix {
  matrix: Float64Array;
  n: number;
  d: number;
  /** Column names of `matrix`, in order. */
  names: FeatureName[];
  /** Requested features left out, e.g. `{ name: 'frequency', reason: 'constant' }`. */
  dropped: { name: FeatureName; reason: 'constant' }[];
  /** Scaling of each kept column, aligned with `names`. */
  scaling: (ScalingParams & { transform: FeatureTransform })[];
}

/** Default transform per feature: log1p for the skewed money and count features, none for tenure. */
export const DEFAULT_TRANSFORMS: Record<FeatureName, FeatureTransform> = {
  recency_days: 'log1p',
  frequency: 'log1p',
  monetary: 'log1p',
  avg_order_value: 'log1p',
  tenure_days: 'none',
};

/** The default: log1p R, F, M, z-scored with the population std. */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  features: (['recency_days', 'frequency', 'monetary'] as const).map((name) => ({ name, transform: DEFAULT_TRANSFORMS[name] })),
  scaling: 'zscore',
};

/** Builds the scaled matrix from an RFM result; constant features are dropped with a note, never NaN. */
export function buildFeatures(rfm: RfmResult, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): FeatureMatrix {
  const n = rfm.metrics.ids.length;
  const kept: { name: FeatureName; values: Float64Array; params: FeatureMatrix['scaling'][number] }[] = [];
  const dropped: FeatureMatrix['dropped'] = [];
  for (const { name, transform } of options.features) {
    const values = transformColumn(featureColumn(rfm, name), transform);
    const params = n > 0 ? scalingParams(values, options.scaling) : null;
    if (params) kept.push({ name, values, params: { ...params, transform } });
    else dropped.push({ name, reason: 'constant' });
  }
  const d = kept.length;
  const matrix = new Float64Array(n * d);
  kept.forEach(({ values, params }, column) => {
    for (let i = 0; i < n; i++) matrix[i * d + column] = (values[i] - params.center) / params.scale;
  });
  return { matrix, n, d, names: kept.map((f) => f.name), dropped, scaling: kept.map((f) => f.params) };
}
