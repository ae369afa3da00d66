import type { TierFeatureName, TierFeatures } from './features';
import { knownValues, medianInPlace } from './select';

/**
 * One feature tag as data: the tier gets `tag` when `statistic` of `feature` over its customers
 * with a known value satisfies `op value`; `'overall'` compares with the same statistic over all
 * customers. A tier without known values never gets the tag. Tags are keys; the UI translates them.
 */
export interface TagRule {
  tag: string;
  feature: TierFeatureName;
  statistic: 'median' | 'mean';
  op: '>=' | '>' | '<' | '<=';
  value: number | 'overall';
}

/** Default tags: the four, plus spend, silence and margin read the same way. */
export const DEFAULT_TAG_RULES: readonly TagRule[] = [
  { tag: 'long_relationship', feature: 'relationshipYears', statistic: 'median', op: '>=', value: 3 },
  { tag: 'high_frequency', feature: 'ordersPerYear', statistic: 'median', op: '>=', value: 12 },
  { tag: 'high_spend', feature: 'annualSpendCents', statistic: 'median', op: '>=', value: 1_000_000 }, // 10,000 in cents
  { tag: 'inactive', feature: 'recencyDays', statistic: 'median', op: '>', value: 90 },
  { tag: 'low_satisfaction', feature: 'satisfaction', statistic: 'mean', op: '<=', value: 3 },
  { tag: 'complaints', feature: 'complaints', statistic: 'mean', op: '>', value: 'overall' },
  { tag: 'high_margin', feature: 'marginRate', statistic: 'mean', op: '>=', value: 0.2 },
  { tag: 'low_margin', feature: 'marginRate', statistic: 'mean', op: '<', value: 0.1 },
];

/** Mean or median of the known (non-NaN) values at `indices` (all when omitted), NaN when there are none. */
export function knownStatistic(values: Float64Array, statistic: TagRule['statistic'], indices?: ArrayLike<number>): number {
  const known = knownValues(values, indices);
  if (statistic === 'median') return medianInPlace(known);
  let sum = 0;
  for (let at = 0; at < known.length; at++) sum += known[at];
  return known.length ? sum / known.length : NaN;
}

const holds = (left: number, op: TagRule['op'], right: number) =>
  op === '>=' ? left >= right : op === '>' ? left > right : op === '<=' ? left <= right : left < right;

/** Tags of each group of customers (e.g. the members of each tier), in rule order. */
export function featureTags(
  features: TierFeatures,
  groups: readonly Uint32Array[],
  rules: readonly TagRule[] = DEFAULT_TAG_RULES,
): string[][] {
  const thresholds = rules.map((rule) => (rule.value === 'overall' ? knownStatistic(features[rule.feature], rule.statistic) : rule.value));
  return groups.map((members) =>
    rules
      .filter((rule, at) => holds(knownStatistic(features[rule.feature], rule.statistic, members), rule.op, thresholds[at]))
      .map((rule) => rule.tag),
  );
}
