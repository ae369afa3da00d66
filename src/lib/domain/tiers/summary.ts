import type { TierAssignment } from './evaluate';
import type { TierFeatures } from './features';
import { DEFAULT_TAG_RULES, featureTags, type TagRule } from './tags';

/** One row of the segment analysis table of a scheme. Money in cents. */
export interface TierSummaryRow {
  tier: string;
  customers: number;
  customerShare: number;
  revenueCents: number;
  /** Of the total over all customers; can exceed 1 or be negative when returns outweigh orders. */
  revenueShare: number;
  /** Revenue per customer of the tier; NaN for an empty tier. */
  averageSpendCents: number;
  /** Tag keys, in tag-rule order. */
  tags: string[];
  keyNeeds: string;
}

/** Which money the table sums, and which tags it derives. */
export interface TierSummaryOptions {
  /** Trailing-year spend (default, what the tiers read) or all-time net money (the RFM monetary). */
  money: 'annualSpendCents' | 'monetaryCents';
  tagRules: readonly TagRule[];
}

export const DEFAULT_SUMMARY_OPTIONS: TierSummaryOptions = { money: 'annualSpendCents', tagRules: DEFAULT_TAG_RULES };

/**
 * Per-tier customers, shares, revenue, average spend and feature tags, in tier order with the
 * fallback last; empty tiers are kept so a rule that matches nobody is visible.
 */
export function summarizeTiers(
  features: TierFeatures,
  assignment: TierAssignment,
  keyNeeds: readonly string[] = [],
  options: TierSummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): TierSummaryRow[] {
  const money = features[options.money];
  const revenue = new Float64Array(assignment.names.length);
  let totalRevenue = 0;
  for (let index = 0; index < money.length; index++) {
    revenue[assignment.tier[index]] += money[index];
    totalRevenue += money[index];
  }
  const customerTotal = assignment.tier.length;
  const tags = featureTags(features, groupByTier(assignment), options.tagRules);
  return assignment.names.map((name, tierIndex) => {
    const customers = assignment.counts[tierIndex];
    return {
      tier: name,
      customers,
      customerShare: customerTotal ? customers / customerTotal : 0,
      revenueCents: revenue[tierIndex],
      revenueShare: totalRevenue ? revenue[tierIndex] / totalRevenue : 0,
      averageSpendCents: customers ? revenue[tierIndex] / customers : NaN,
      tags: tags[tierIndex],
      keyNeeds: keyNeeds[tierIndex] ?? '',
    };
  });
}

/** Customer indices of each tier, as typed arrays (one counting pass). */
export function groupByTier({ tier, counts }: TierAssignment): Uint32Array[] {
  const groups = Array.from(counts, (size) => new Uint32Array(size));
  const filled = new Uint32Array(counts.length);
  for (let index = 0; index < tier.length; index++) groups[tier[index]][filled[tier[index]]++] = index;
  return groups;
}
