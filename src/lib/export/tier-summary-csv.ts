import type { TierSummaryRow } from '../domain/tiers';
import { formatCents } from '../domain/money';
import { toCsv } from './csv';

const share = (value: number) => value.toFixed(4);
const money = (cents: number) => (Number.isFinite(cents) ? formatCents(Math.round(cents)) : '');

/**
 * The segment analysis table of a tier scheme as CSV: shares as fractions (0.25 = 25 %), money
 * with two decimals (average spend empty for an empty tier), tags as labels joined by "; ".
 */
export function tierSummaryCsv(rows: readonly TierSummaryRow[], tagLabel: (tag: string) => string = (tag) => tag): string {
  return toCsv(
    ['tier', 'customers', 'customer_share', 'revenue', 'revenue_share', 'average_spend', 'tags', 'key_needs'],
    rows.map((row) => [
      row.tier,
      row.customers,
      share(row.customerShare),
      money(row.revenueCents),
      share(row.revenueShare),
      money(row.averageSpendCents),
      row.tags.map(tagLabel).join('; '),
      row.keyNeeds,
    ]),
  );
}

/** tiers-<scheme id>.csv, with anything but letters, digits, _ and - replaced. */
export const tierSummaryFileName = (schemeId: string) => `tiers-${schemeId.replace(/[^\w-]+/g, '_')}.csv`;
