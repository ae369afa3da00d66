import type { Concentration, TopShare } from '../../lib/domain/concentration';

/** The cut the Lorenz chart and the per-tier table highlight: the top 20 % (the Pareto rule's). */
export const HIGHLIGHT_FRACTION = 0.2;

/** One card: "Top {percent}% of customers bring {share} of revenue". */
export interface TopShareCard extends TopShare {
  /** The fraction as a whole percentage, for test ids and text (0.01 → 1). */
  percent: number;
}

/** The top-share cards in the order the domain gives (1, 5, 10, 20 %). */
export function topShareCards(concentration: Pick<Concentration, 'topShares'>): TopShareCard[] {
  return concentration.topShares.map((top) => ({ ...top, percent: Math.round(top.fraction * 100) }));
}

/** The top share at `fraction` (compared to 1e-9, the fractions being decimals), if computed. */
export function topShareAt(shares: readonly TopShare[], fraction = HIGHLIGHT_FRACTION): TopShare | undefined {
  return shares.find((top) => Math.abs(top.fraction - fraction) < 1e-9);
}

/** One row of the per-tier table; shares 0–1, NaN where undefined (empty tier, no revenue). */
export interface TierConcentrationRow {
  tier: string;
  customers: number;
  revenueCents: number;
  /** The tier's revenue over all customers' revenue (both with negatives counted as 0). */
  revenueShare: number;
  /** Share of the tier's revenue from its own top 20 % of customers. */
  topShare: number;
  gini: number;
}

/** Per-tier rows in tier order, empty tiers kept so a rule that matches nobody stays visible. */
export function tierConcentrationRows(overall: Pick<Concentration, 'revenueCents'>, byTier: readonly (Concentration & { name: string })[]): TierConcentrationRow[] {
  return byTier.map((tier) => ({
    tier: tier.name,
    customers: tier.customers,
    revenueCents: tier.revenueCents,
    revenueShare: overall.revenueCents > 0 ? tier.revenueCents / overall.revenueCents : NaN,
    topShare: topShareAt(tier.topShares)?.share ?? NaN,
    gini: tier.gini,
  }));
}
