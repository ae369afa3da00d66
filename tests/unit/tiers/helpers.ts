import { assignTiers } from '../../../src/lib/domain/tiers/evaluate';
import { tierFeaturesFromRows, type TierFeatureRow } from '../../../src/lib/domain/tiers/features';
import type { TierScheme } from '../../../src/lib/domain/tiers/scheme';

/** Money in currency units as cents, the way the columns hold it. */
export const cents = (units: number) => Math.round(units * 100);

/** The tier name one customer gets under a scheme (alone, so rank rules do not apply meaningfully). */
export function tierOf(scheme: TierScheme, row: Omit<TierFeatureRow, 'id'>): string {
  const assignment = assignTiers(tierFeaturesFromRows([{ id: 'c', ...row }]), scheme);
  return assignment.names[assignment.tier[0]];
}

/** Tier names of several customers, in input order. */
export function tiersOf(scheme: TierScheme, rows: TierFeatureRow[]): string[] {
  const assignment = assignTiers(tierFeaturesFromRows(rows), scheme);
  return Array.from(assignment.tier, (tier) => assignment.names[tier]);
}
