import type { RfmResult } from './rfm';
import { median } from './stats';

/** One row of the segment summary table. Money in cents. */
export interface SegmentSummaryRow {
  segment: string;
  customers: number;
  customerShare: number;
  orders: number;
  revenueCents: number;
  revenueShare: number;
  averageOrderValueCents: number;
  medianRecencyDays: number;
  medianFrequency: number;
  medianMonetaryCents: number;
}

/**
 * Per-segment totals and medians, in rule order, Others last; empty segments are kept (with
 * zeros and NaN medians) so a rule that matches nobody is visible. Revenue share is of the net
 * total and can exceed 1 or be negative when returns outweigh orders.
 */
export function summarizeSegments(result: RfmResult): SegmentSummaryRow[] {
  const { metrics, segment, segmentNames } = result;
  const members: number[][] = segmentNames.map(() => []);
  for (let index = 0; index < segment.length; index++) members[segment[index]].push(index);
  let totalRevenue = 0;
  for (const cents of metrics.monetaryCents) totalRevenue += cents;
  const customerTotal = segment.length;
  return segmentNames.map((name, segmentIndex) => {
    const indices = members[segmentIndex];
    let orders = 0;
    let revenueCents = 0;
    for (const index of indices) {
      orders += metrics.frequency[index];
      revenueCents += metrics.monetaryCents[index];
    }
    return {
      segment: name,
      customers: indices.length,
      customerShare: customerTotal ? indices.length / customerTotal : 0,
      orders,
      revenueCents,
      revenueShare: totalRevenue ? revenueCents / totalRevenue : 0,
      averageOrderValueCents: orders ? revenueCents / orders : 0,
      medianRecencyDays: median(indices.map((index) => result.recencyDays[index])),
      medianFrequency: median(indices.map((index) => metrics.frequency[index])),
      medianMonetaryCents: median(indices.map((index) => metrics.monetaryCents[index])),
    };
  });
}
