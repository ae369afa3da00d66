import { periodNumber, type CohortPeriod } from './periods';

/** Non-empty cohort × period cells as the cohort query returns them, columnar. */
export interface CohortCells {
  period: CohortPeriod;
  /** Period number of the cohort (see periodNumber). */
  cohort: Int32Array;
  /** Periods since the cohort's period: 0 is the period of the first order. */
  offset: Int32Array;
  /** Customers of the cohort with an order (not a return) in that period. */
  customers: Int32Array;
  /** Net money of the cohort's rows in that period, returns included, in cents. */
  revenueCents: Float64Array;
}

/** The heatmap's numbers: one row per cohort, one column per period since the first order. */
export interface RetentionMatrix {
  period: CohortPeriod;
  /** Cohort period numbers, oldest first. */
  cohorts: number[];
  /** Cohort sizes: customers whose first order fell in the cohort period. */
  sizes: number[];
  /** customers[row][offset]; NaN where the period lies after `throughDay` (not observed yet). */
  customers: Float64Array[];
  /** customers ÷ size. */
  shares: Float64Array[];
  revenueCents: Float64Array[];
  /** Per offset: customers ÷ sizes summed over the cohorts that have reached it (NaN when none). */
  averageCurve: Float64Array;
}

/**
 * Turns cells into a matrix. `throughDay` is the last day with data (usually the earlier of the
 * as-of date and the last order), so a period not reached yet reads NaN rather than 0 %.
 */
export function retentionMatrix(cells: CohortCells, throughDay: number): RetentionMatrix {
  const lastPeriod = periodNumber(throughDay, cells.period);
  const cohorts = [...new Set(cells.cohort)].sort((a, b) => a - b);
  const width = cohorts.length === 0 ? 0 : lastPeriod - cohorts[0] + 1;
  const rowOf = new Map(cohorts.map((cohort, row) => [cohort, row]));
  const unobserved = (cohort: number) => Float64Array.from({ length: width }, (_, offset) => (cohort + offset > lastPeriod ? NaN : 0));
  const customers = cohorts.map(unobserved);
  const revenueCents = cohorts.map(unobserved);
  for (let cell = 0; cell < cells.cohort.length; cell++) {
    const row = rowOf.get(cells.cohort[cell])!;
    customers[row][cells.offset[cell]] = cells.customers[cell];
    revenueCents[row][cells.offset[cell]] = cells.revenueCents[cell];
  }
  // Everyone orders in the period of their first order, so offset 0 is the cohort size.
  const sizes = customers.map((row) => row[0]);
  const shares = customers.map((row, index) => row.map((count) => count / sizes[index]));
  const averageCurve = new Float64Array(width).map((_, offset) => {
    let ordering = 0;
    let size = 0;
    customers.forEach((row, index) => {
      if (Number.isNaN(row[offset])) return;
      ordering += row[offset];
      size += sizes[index];
    });
    return size === 0 ? NaN : ordering / size;
  });
  return { period: cells.period, cohorts, sizes, customers, shares, revenueCents, averageCurve };
}
