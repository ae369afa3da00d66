import { DEFAULT_TRANSFORMS, FEATURE_NAMES, K_LIMITS, type ClusteringProblem, type FeatureName, type FeatureSpec, type FeatureTransform } from '../../lib/domain/clustering';

/** The features with `name` switched on or off, kept in FEATURE_NAMES order; a new one gets its default transform. */
export function toggleFeature(features: readonly FeatureSpec[], name: FeatureName, on: boolean): FeatureSpec[] {
  const chosen = new Map(features.map((feature) => [feature.name, feature.transform]));
  if (on && !chosen.has(name)) chosen.set(name, DEFAULT_TRANSFORMS[name]);
  if (!on) chosen.delete(name);
  return FEATURE_NAMES.filter((feature) => chosen.has(feature)).map((feature) => ({ name: feature, transform: chosen.get(feature)! }));
}

/** The features with the transform of `name` replaced (no change when it is not chosen). */
export function withTransform(features: readonly FeatureSpec[], name: FeatureName, transform: FeatureTransform): FeatureSpec[] {
  return features.map((feature) => (feature.name === name ? { name, transform } : { ...feature }));
}

/** What is wrong with a K range typed by hand, as an i18n key; null when it can run. */
export function kRangeProblem(kMin: unknown, kMax: unknown): string | null {
  if (!Number.isInteger(kMin) || !Number.isInteger(kMax)) return 'clusters.controls.k_whole';
  if ((kMin as number) < K_LIMITS.min || (kMax as number) > K_LIMITS.max) return 'clusters.controls.k_limits';
  if ((kMin as number) > (kMax as number)) return 'clusters.controls.k_order';
  return null;
}

/** Every reason clustering can refuse to run; each has a message under `clusters.problem.`. */
export const PROBLEMS: readonly ClusteringProblem[] = [
  'invalid_k_range',
  'no_customers',
  'single_customer',
  'identical_customers',
  'too_few_customers',
  'too_few_distinct_customers',
];

/** The message key of a problem reason; an unknown reason (a worker failure) gets a generic message. */
export function problemKey(reason: string): string {
  return (PROBLEMS as readonly string[]).includes(reason) ? `clusters.problem.${reason}` : 'clusters.problem.failed';
}
