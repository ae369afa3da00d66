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
  const members = groupBySegment(segment, segmentNames.length);
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
      medianRecencyDays: median(pick(result.recencyDays, indices)),
      medianFrequency: median(pick(metrics.frequency, indices)),
      medianMonetaryCents: median(pick(metrics.monetaryCents, indices)),
    };
  });
}

/** Customer indices of each segment, as typed arrays (one counting pass, no per-customer pushes). */
function groupBySegment(segment: Uint16Array, segmentCount: number): Uint32Array[] {
  const sizes = new Uint32Array(segmentCount);
  for (const value of segment) sizes[value]++;
  const groups = Array.from(sizes, (size) => new Uint32Array(size));
  const filled = new Uint32Array(segmentCount);
  for (let index = 0; index < segment.length; index++) groups[segment[index]][filled[segment[index]]++] = index;
  return groups;
}

function pick(values: ArrayLike<number>, indices: Uint32Array): Float64Array {
  const picked = new Float64Array(indices.length);
  for (let position = 0; position < indices.length; position++) picked[position] = values[indices[position]];
  return picked;
}
