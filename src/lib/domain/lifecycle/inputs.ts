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
}

/** Builds inputs from plain rows; handy for tests and small inputs. */
export function lifecycleInputsFromRows(
  asOfDay: number,
  rows: { id: string; firstDay: number; lastDay: number; orderDays: number; lastGapDays: number; medianGapDays: number; orders: number }[],
): LifecycleInputs {
  return {
    asOfDay,
    ids: rows.map((row) => row.id),
    firstDay: Int32Array.from(rows, (row) => row.firstDay),
    lastDay: Int32Array.from(rows, (row) => row.lastDay),
    orderDays: Int32Array.from(rows, (row) => row.orderDays),
    lastGapDays: Int32Array.from(rows, (row) => row.lastGapDays),
    medianGapDays: Float64Array.from(rows, (row) => row.medianGapDays),
    orders: Int32Array.from(rows, (row) => row.orders),
  };
}
