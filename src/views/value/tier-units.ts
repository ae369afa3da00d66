import type { Condition, TierFeatureName } from '../../lib/domain/tiers';

/** How a feature's values are stored and typed. */
export type FeatureUnit = 'money' | 'share' | 'days' | 'years' | 'count' | 'score';

/** The unit of every feature: money is stored in cents, shares as ratios (0.2 = 20 %). */
export const FEATURE_UNITS: Record<TierFeatureName, FeatureUnit> = {
  annualSpendCents: 'money',
  ordersPerYear: 'count',
  recencyDays: 'days',
  monetaryCents: 'money',
  relationshipYears: 'years',
  satisfaction: 'score',
  complaints: 'count',
  nps: 'score',
  marginRate: 'share',
};

/** Which number of a condition an input edits. */
export type Bound = 'value' | 'low' | 'high' | 'topShare';

/** The bounds a condition has, in reading order. */
export function boundsOf(condition: Condition): Bound[] {
  if (condition.op === 'between') return ['low', 'high'];
  if (condition.op === 'top') return ['topShare'];
  return ['value'];
}

/** The stored number of one bound of a condition. */
export function storedBound(condition: Condition, bound: Bound): number {
  return (condition as unknown as Record<Bound, number>)[bound];
}

// Twelve significant digits drop float artefacts such as 0.07 × 100 = 7.000000000000001.
const tidy = (value: number) => Number(value.toPrecision(12));

/** Stored → typed: cents as currency units, ratios and top shares as percent, the rest as is. */
export function typedFromStored(feature: TierFeatureName, bound: Bound, stored: number): number {
  if (bound === 'topShare' || FEATURE_UNITS[feature] === 'share') return tidy(stored * 100);
  if (FEATURE_UNITS[feature] === 'money') return tidy(stored / 100);
  return stored;
}

/** Typed → stored, the inverse of typedFromStored; money is rounded to whole cents. */
export function storedFromTyped(feature: TierFeatureName, bound: Bound, typed: number): number {
  if (bound === 'topShare' || FEATURE_UNITS[feature] === 'share') return tidy(typed / 100);
  if (FEATURE_UNITS[feature] === 'money') return Math.round(typed * 100);
  return typed;
}

/** The suffix key shown after an input ('' for none: money has no known currency). */
export function unitKey(feature: TierFeatureName, bound: Bound): string {
  if (bound === 'topShare') return '';
  const unit = FEATURE_UNITS[feature];
  return unit === 'share' ? 'tiers.unit.percent' : unit === 'days' ? 'tiers.unit.days' : unit === 'years' ? 'tiers.unit.years' : '';
}

/** Money and margins can be negative (returns, losses); counts, days, years and scores cannot. */
export const allowsNegative = (feature: TierFeatureName) => FEATURE_UNITS[feature] === 'money' || FEATURE_UNITS[feature] === 'share';
