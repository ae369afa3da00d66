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
}

/** Builds metrics from plain rows; handy for tests and small inputs. */
export function metricsFromRows(
  rows: { id: string; firstDay: number; lastDay: number; frequency: number; monetaryCents: number }[],
): CustomerMetrics {
  return {
    ids: rows.map((row) => row.id),
    firstDay: Int32Array.from(rows, (row) => row.firstDay),
    lastDay: Int32Array.from(rows, (row) => row.lastDay),
    frequency: Int32Array.from(rows, (row) => row.frequency),
    monetaryCents: Float64Array.from(rows, (row) => row.monetaryCents),
  };
}
