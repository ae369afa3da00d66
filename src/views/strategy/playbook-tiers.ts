import { isSegmentScheme, tierNames, type AnyTierScheme, type TierSummaryRow } from '../../lib/domain/tiers';

/** The live numbers of one card's tier; `index` is the tier's position in the evaluated value, -1 when absent. */
export interface CardTierStats {
  index: number;
  customers: number;
  customerShare: number;
  revenueCents: number;
  revenueShare: number;
}

/** The tier names the cards follow: the scheme's own (typed edits show at once), the RFM segments for a segment scheme. */
export const playbookTierNames = (scheme: AnyTierScheme, segmentNames: readonly string[]): string[] =>
  isSegmentScheme(scheme) ? [...segmentNames] : tierNames(scheme);

/**
 * Each card's numbers, found by tier name in the summary (the first row of a repeated name). A
 * tier the summary lacks (a rename not yet recomputed) shows zeros and index -1.
 */
export function cardTierStats(names: readonly string[], summary: readonly TierSummaryRow[]): CardTierStats[] {
  const rowIndex = new Map<string, number>();
  summary.forEach((row, index) => {
    if (!rowIndex.has(row.tier)) rowIndex.set(row.tier, index);
  });
  return names.map((name) => {
    const index = rowIndex.get(name) ?? -1;
    const row = summary[index];
    return row
      ? { index, customers: row.customers, customerShare: row.customerShare, revenueCents: row.revenueCents, revenueShare: row.revenueShare }
      : { index, customers: 0, customerShare: 0, revenueCents: 0, revenueShare: 0 };
  });
}
