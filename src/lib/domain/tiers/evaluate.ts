import { TIER_FEATURES, type TierFeatureName, type TierFeatures } from './features';
import { ruleMask } from './conditions';
import { tierNames, type TierScheme } from './scheme';

/** Tier of every customer as an index into `names` (the rules, then the fallback), and the count per tier. */
export interface TierAssignment {
  tier: Uint16Array;
  names: string[];
  counts: Int32Array;
}

/** Assigns every customer the first tier whose rule matches, the fallback tier when none does. */
export function assignTiers(features: TierFeatures, scheme: TierScheme): TierAssignment {
  const names = tierNames(scheme);
  const fallback = scheme.tiers.length;
  const tier = new Uint16Array(features.ids.length).fill(fallback);
  scheme.tiers.forEach((rule, ruleIndex) => {
    const matches = ruleMask(features, rule);
    // Only customers no earlier rule took: first match wins.
    for (let i = 0; i < tier.length; i++) if (matches[i] === 1 && tier[i] === fallback) tier[i] = ruleIndex;
  });
  return { tier, names, counts: tierCounts(tier, names.length) };
}

/** Tiers from existing segment indices (the RFM-segments scheme), in the same shape. */
export function assignmentFromSegments(segment: Uint16Array, segmentNames: readonly string[]): TierAssignment {
  return { tier: segment, names: [...segmentNames], counts: tierCounts(segment, segmentNames.length) };
}

/** Customers per tier. */
export function tierCounts(tier: Uint16Array, tierTotal: number): Int32Array {
  const counts = new Int32Array(tierTotal);
  for (const index of tier) counts[index]++;
  return counts;
}

/** Features the scheme reads, each once, in TIER_FEATURES order. */
export function requiredFeatures(scheme: TierScheme): TierFeatureName[] {
  const used = new Set(scheme.tiers.flatMap((rule) => [...rule.conditions, ...(rule.anyOf ?? [])].map((condition) => condition.feature)));
  return TIER_FEATURES.filter((name) => used.has(name));
}

/** Required features no customer has a value for (e.g. satisfaction without a customer table). */
export function missingFeatures(features: TierFeatures, scheme: TierScheme): TierFeatureName[] {
  return requiredFeatures(scheme).filter((name) => features[name].every(Number.isNaN));
}
