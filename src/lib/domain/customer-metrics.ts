/**
 * Per-customer inputs of RFM, one entry per customer, columnar. Produced by the orders query,
 * consumed by every pure computation. Money is in whole cents (exact integers in a double).
 */
export interface CustomerMetrics {
  ids: string[];
  firstDay: Int32Array;
  lastDay: Int32Array;
  frequency: Int32Array;
  monetaryCents: Float64Array;
  /** Distinct days with an order (an order's first row), returns excluded; only when the query was asked for it. */
  purchaseDays?: Int32Array;
}

/** Builds metrics from plain rows; handy for tests and small inputs. */
export function metricsFromRows(
  rows: { id: string; firstDay: number; lastDay: number; frequency: number; monetaryCents: number; purchaseDays?: number }[],
): CustomerMetrics {
  const metrics: CustomerMetrics = {
    ids: rows.map((row) => row.id),
    firstDay: Int32Array.from(rows, (row) => row.firstDay),
    lastDay: Int32Array.from(rows, (row) => row.lastDay),
    frequency: Int32Array.from(rows, (row) => row.frequency),
    monetaryCents: Float64Array.from(rows, (row) => row.monetaryCents),
  };
  if (rows.length > 0 && rows.every((row) => row.purchaseDays !== undefined)) metrics.purchaseDays = Int32Array.from(rows, (row) => row.purchaseDays!);
  return metrics;
}
