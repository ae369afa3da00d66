/** Monthly totals per segment as the trends query returns them, columnar; segment −1 is everyone. */
export interface SegmentMonthCells {
  /** Index into the RFM result's segmentNames; −1 for the all-customers row of the month. */
  segment: Int32Array;
  /** Month number: year × 12 + month − 1 (periodNumber(day, 'month')). */
  month: Int32Array;
  /** Customers with an order that month. */
  active: Int32Array;
  /** Of those, customers who had ordered in an earlier month. */
  returning: Int32Array;
  orders: Int32Array;
  /** Net money that month in cents, returns included. */
  revenueCents: Float64Array;
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

function finish(series: TrendSeries): TrendSeries {
  series.activeCustomers.forEach((active, at) => {
    series.repurchaseRate[at] = active === 0 ? NaN : series.returningCustomers[at] / active;
    series.averageOrderCents[at] = series.orders[at] === 0 ? NaN : series.revenueCents[at] / series.orders[at];
  });
  return series;
}

/**
 * Monthly trends by current segment from the query's cells. `segmentSizes[i]` counts today's
 * customers of segmentNames[i]; `order` lists segment names in display order. Months run without
 * gaps from the first to the last month with rows; a month without rows reads 0 active, NaN rates.
 */
export function segmentTrends(cells: SegmentMonthCells, segmentSizes: ArrayLike<number>, segmentNames: readonly string[], order: readonly string[]): SegmentTrends {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const present = segmentNames.map((_, index) => index).filter((index) => segmentSizes[index] > 0);
  present.sort((a, b) => rank(segmentNames[a]) - rank(segmentNames[b]) || a - b);
  let first = Infinity;
  let last = -Infinity;
  for (const month of cells.month) {
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  const months = first > last ? [] : Array.from({ length: last - first + 1 }, (_, index) => first + index);
  let customers = 0;
  for (let index = 0; index < segmentSizes.length; index++) customers += segmentSizes[index];
  const all = emptySeries(null, customers, months.length);
  const bySegment = new Map(present.map((index) => [index, emptySeries(segmentNames[index], segmentSizes[index], months.length)]));
  for (let cell = 0; cell < cells.month.length; cell++) {
    const series = cells.segment[cell] < 0 ? all : bySegment.get(cells.segment[cell]);
    if (!series) continue;
    const at = cells.month[cell] - first;
    series.activeCustomers[at] = cells.active[cell];
    series.returningCustomers[at] = cells.returning[cell];
    series.orders[at] = cells.orders[cell];
    series.revenueCents[at] = cells.revenueCents[cell];
  }
  return { months, all: finish(all), segments: present.map((index) => finish(bySegment.get(index)!)) };
}

/** Customers per segment today, from an RfmResult's segment column. */
export function segmentSizes(segment: ArrayLike<number>, segmentTotal: number): Int32Array {
  const sizes = new Int32Array(segmentTotal);
  for (let index = 0; index < segment.length; index++) sizes[segment[index]]++;
  return sizes;
}
