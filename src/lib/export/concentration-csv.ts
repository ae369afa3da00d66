import type { Concentration } from '../domain/concentration';
import { formatCents } from '../domain/money';
import { toCsv } from './csv';

const share = (fraction: number) => (Number.isFinite(fraction) ? fraction.toFixed(6) : '');

/**
 * Concentration of all customers, then of each tier: customers, revenue (negative net money counted
 * as 0), the group's share of all revenue, the share of its own top 1/5/10/20 % and its Gini.
 * Shares as fractions (0.25 = 25 %); empty where undefined (an empty tier).
 */
export function concentrationCsv(overall: Concentration, byTier: readonly (Concentration & { name: string })[]): string {
  const fractions = overall.topShares.map((top) => top.fraction);
  const row = (scope: string, tier: string, group: Concentration) => [
    scope,
    tier,
    group.customers,
    formatCents(group.revenueCents),
    share(overall.revenueCents > 0 ? group.revenueCents / overall.revenueCents : NaN),
    ...fractions.map((fraction) => share(group.topShares.find((top) => top.fraction === fraction)?.share ?? NaN)),
    share(group.gini),
  ];
  return toCsv(
    ['scope', 'tier', 'customers', 'revenue', 'revenue_share', ...fractions.map((fraction) => `top_${Math.round(fraction * 100)}pct_share`), 'gini'],
    [row('all', '', overall), ...byTier.map((tier) => row('tier', tier.name, tier))],
  );
}

/** Customers of one health band; `from`/`to` its index range (null for the unscored). */
export interface HealthBandCount {
  band: string;
  customers: number;
  /** Of all customers, 0–1. */
  share: number;
  from: number | null;
  to: number | null;
}

/** The band counts with the index range each covers, then the weights the index applied (0–1, weighted components only). */
export function healthBandsCsv(counts: readonly HealthBandCount[], appliedWeights: Readonly<Record<string, number>>): string {
  const weights = Object.entries(appliedWeights).filter(([, weight]) => weight > 0);
  return toCsv(
    ['band', 'index_from', 'index_to', 'customers', 'share', ...weights.map(([component]) => `weight_${component}`)],
    counts.map((count) => [count.band, count.from ?? '', count.to ?? '', count.customers, share(count.share), ...weights.map(([, weight]) => share(weight))]),
  );
}
