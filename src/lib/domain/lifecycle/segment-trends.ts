/** Customer × month rows as the trends query returns them, columnar (one row per customer-month with rows). */
export interface CustomerMonths {
  /** Position of the customer in the metrics (and RfmResult) of the same as-of date; −1 for returns only. */
  customer: Int32Array;
  /** Month number: year × 12 + month − 1 (periodNumber(day, 'month')). */
  month: Int32Array;
  /** Orders that month; returns are not orders, so a month of returns only has 0. */
  orders: Int32Array;
  /** Net money that month in cents, returns included. */
  netCents: Float64Array;
  /** 1 when the customer had an order in an earlier month. */
  orderedBefore: Uint8Array;
}

/** The measures a trend line can show, each a per-month column of TrendSeries. */
export const TREND_METRICS = ['activeCustomers', 'repurchaseRate', 'averageOrderCents', 'revenueCents'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

/** Monthly numbers of one group of customers, aligned with SegmentTrends.months. */
export interface TrendSeries {
  /** Segment name; null for all customers. */
  segment: string | null;
  /** Customers in the group today (its current RFM segment). */
  customers: number;
  /** Customers with an order that month. */
  activeCustomers: Int32Array;
  /** Active customers who had ordered in an earlier month. */
  returningCustomers: Int32Array;
  orders: Int32Array;
  revenueCents: Float64Array;
  /** returning ÷ active; NaN in a month without active customers. */
  repurchaseRate: Float64Array;
  /** revenue ÷ orders; NaN in a month without orders. */
  averageOrderCents: Float64Array;
}

/** Per-segment monthly trends plus the all-customers series; months run without gaps. */
export interface SegmentTrends {
  months: number[];
  all: TrendSeries;
  segments: TrendSeries[];
}

function emptySeries(segment: string | null, customers: number, length: number): TrendSeries {
  const ints = () => new Int32Array(length);
  const floats = () => new Float64Array(length);
  return { segment, customers, activeCustomers: ints(), returningCustomers: ints(), orders: ints(), revenueCents: floats(), repurchaseRate: floats(), averageOrderCents: floats() };
}

function addRow(series: TrendSeries, rows: CustomerMonths, row: number, at: number): void {
  if (rows.orders[row] > 0) {
    series.activeCustomers[at]++;
    series.returningCustomers[at] += rows.orderedBefore[row];
  }
  series.orders[at] += rows.orders[row];
  series.revenueCents[at] += rows.netCents[row];
}

function finish(series: TrendSeries): TrendSeries {
  series.activeCustomers.forEach((active, at) => {
    series.repurchaseRate[at] = active === 0 ? NaN : series.returningCustomers[at] / active;
    series.averageOrderCents[at] = series.orders[at] === 0 ? NaN : series.revenueCents[at] / series.orders[at];
  });
  return series;
}

/**
 * Monthly trends by current segment (`segment[i]`: index into `segmentNames` of customer i, as in
 * RfmResult; `order` lists the segment names in display order). Customers without a current
 * segment, i.e. with returns only as of the as-of date (position −1), belong to no series, not even
 * "all customers": RFM has no row for them either.
 */
export function segmentTrends(rows: CustomerMonths, segment: ArrayLike<number>, segmentNames: readonly string[], order: readonly string[]): SegmentTrends {
  const sizes = new Int32Array(segmentNames.length);
  for (let index = 0; index < segment.length; index++) sizes[segment[index]]++;
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const present = segmentNames.map((_, index) => index).filter((index) => sizes[index] > 0);
  present.sort((a, b) => rank(segmentNames[a]) - rank(segmentNames[b]) || a - b);
  let first = Infinity;
  let last = -Infinity;
  for (let row = 0; row < rows.month.length; row++) {
    if (rows.customer[row] < 0) continue;
    first = Math.min(first, rows.month[row]);
    last = Math.max(last, rows.month[row]);
  }
  const months = first > last ? [] : Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const all = emptySeries(null, segment.length, months.length);
  const bySegment: (TrendSeries | undefined)[] = [];
  for (const index of present) bySegment[index] = emptySeries(segmentNames[index], sizes[index], months.length);
  for (let row = 0; row < rows.month.length; row++) {
    const customer = rows.customer[row];
    if (customer < 0) continue;
    const at = rows.month[row] - first;
    addRow(all, rows, row, at);
    addRow(bySegment[segment[customer]]!, rows, row, at);
  }
  return { months, all: finish(all), segments: present.map((index) => finish(bySegment[index]!)) };
}
