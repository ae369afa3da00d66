import { formatCents } from '../domain/money';
import type { SegmentSummaryRow } from '../domain/segment-summary';
import { toCsv } from './csv';

const share = (value: number) => value.toFixed(4);
const medianText = (value: number, format: (value: number) => string = String) => (Number.isNaN(value) ? '' : format(value));

/** The segment summary as CSV: shares as fractions (0.25 = 25%), money with two decimals. */
export function segmentSummaryCsv(rows: SegmentSummaryRow[]): string {
  return toCsv(
    ['segment', 'customers', 'customer_share', 'orders', 'revenue', 'revenue_share', 'average_order_value', 'median_recency_days', 'median_frequency', 'median_monetary'],
    rows.map((row) => [
      row.segment,
      row.customers,
      share(row.customerShare),
      row.orders,
      formatCents(row.revenueCents),
      share(row.revenueShare),
      formatCents(Math.round(row.averageOrderValueCents)),
      medianText(row.medianRecencyDays),
      medianText(row.medianFrequency),
      medianText(row.medianMonetaryCents, (cents) => formatCents(Math.round(cents))),
    ]),
  );
}
