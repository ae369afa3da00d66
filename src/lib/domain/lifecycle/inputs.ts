/**
 * Per-customer inputs of the lifecycle stages as of one day, columnar and aligned with the
 * CustomerMetrics of the same day (same customers, same order). Day numbers count from 1970-01-01;
 * only non-return orders on or before `asOfDay` are in them.
 */
export interface LifecycleInputs {
  asOfDay: number;
  ids: string[];
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** Distinct order dates (several orders on one day count once). */
  orderDays: Int32Array;
  /** Days between the last two distinct order dates; 0 with a single order date. */
  lastGapDays: Int32Array;
  /** Median gap between consecutive distinct order dates; NaN with a single order date. */
  medianGapDays: Float64Array;
  /** Orders: distinct order ids when the file has them, else rows. */
  orders: Int32Array;
  /** Review date of the "converted" rule. */
  reviewDay: number;
  /** Net money up to the review date, returns included (the RFM monetary of that date). */
  reviewMonetaryCents: Float64Array;
  /** 1 when the customer had an order by the review date (only those are scored then). */
  orderedByReview: Uint8Array;
}

/** One customer's inputs as plain values; without review values the customer had not ordered by then. */
export interface LifecycleInputRow {
  id: string;
  firstDay: number;
  lastDay: number;
  orderDays: number;
  lastGapDays: number;
  medianGapDays: number;
  orders: number;
  reviewMonetaryCents?: number;
}

/** Builds inputs from plain rows; handy for tests and small inputs. */
export function lifecycleInputsFromRows(asOfDay: number, rows: LifecycleInputRow[], reviewDay = asOfDay - 90): LifecycleInputs {
  return {
    asOfDay,
    ids: rows.map((row) => row.id),
    firstDay: Int32Array.from(rows, (row) => row.firstDay),
    lastDay: Int32Array.from(rows, (row) => row.lastDay),
    orderDays: Int32Array.from(rows, (row) => row.orderDays),
    lastGapDays: Int32Array.from(rows, (row) => row.lastGapDays),
    medianGapDays: Float64Array.from(rows, (row) => row.medianGapDays),
    orders: Int32Array.from(rows, (row) => row.orders),
    reviewDay,
    reviewMonetaryCents: Float64Array.from(rows, (row) => row.reviewMonetaryCents ?? 0),
    orderedByReview: Uint8Array.from(rows, (row) => (row.reviewMonetaryCents === undefined ? 0 : 1)),
  };
}
