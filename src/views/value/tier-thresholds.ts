import { topCount, type Condition, type TierFeatureName, type TierScheme } from '../../lib/domain/tiers';
import { boundsOf, FEATURE_UNITS, storedBound, typedFromStored, type Bound } from './tier-units';

/** One number of one condition a slider moves, in typed units (currency units, %, days…). */
export interface TierBoundSlider {
  /** `<tier>-<condition>-<bound>`, conditions counted over `conditions` then `anyOf`. */
  key: string;
  tierIndex: number;
  conditionIndex: number;
  bound: Bound;
  tierName: string;
  value: number;
}

/** A feature the scheme cuts: its value bounds and top-share bounds, drawn on one histogram. */
export interface TierFeatureThresholds {
  feature: TierFeatureName;
  values: TierBoundSlider[];
  shares: TierBoundSlider[];
}

/** The conditions of a rule in the order the editor counts them: all of `conditions`, then `anyOf`. */
export function ruleConditions(scheme: TierScheme, tierIndex: number): Condition[] {
  const rule = scheme.tiers[tierIndex];
  return [...rule.conditions, ...(rule.anyOf ?? [])];
}

/** Every bound of the scheme grouped by feature, features in first-use order. */
export function tierThresholds(scheme: TierScheme): TierFeatureThresholds[] {
  const byFeature = new Map<TierFeatureName, TierFeatureThresholds>();
  scheme.tiers.forEach((rule, tierIndex) => {
    ruleConditions(scheme, tierIndex).forEach((condition, conditionIndex) => {
      let entry = byFeature.get(condition.feature);
      if (!entry) byFeature.set(condition.feature, (entry = { feature: condition.feature, values: [], shares: [] }));
      for (const bound of boundsOf(condition)) {
        const slider = { key: `${tierIndex}-${conditionIndex}-${bound}`, tierIndex, conditionIndex, bound, tierName: rule.name, value: typedFromStored(condition.feature, bound, storedBound(condition, bound)) };
        (bound === 'topShare' ? entry.shares : entry.values).push(slider);
      }
    });
  });
  return [...byFeature.values()];
}

/** A stored feature column in typed units (cents → currency units, ratios → %), for the histogram. */
export function typedColumn(feature: TierFeatureName, stored: Float64Array): Float64Array {
  const unit = FEATURE_UNITS[feature];
  if (unit === 'money') return stored.map((value) => value / 100);
  if (unit === 'share') return stored.map((value) => value * 100);
  return stored;
}

/** Known values, highest first: where a top share's cut falls. */
export function descendingKnown(values: Float64Array): Float64Array {
  return values.filter((value) => !Number.isNaN(value)).sort().reverse();
}

/** The value at which the top `percent` % of the known customers ends (their lowest value), or NaN when nobody is in. */
export function topShareCut(descending: Float64Array, percent: number): number {
  const count = topCount(percent / 100, descending.length);
  return count === 0 ? NaN : descending[count - 1];
}
