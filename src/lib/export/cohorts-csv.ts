import { formatDay } from '../domain/dates';
import type { RetentionMatrix } from '../domain/lifecycle/cohorts';
import { periodStartDay } from '../domain/lifecycle/periods';
import { formatCents } from '../domain/money';
import { toCsv } from './csv';

/** What a cohort cell shows: share of the cohort ordering, customers ordering, or net revenue. */
export type CohortMeasure = 'share' | 'customers' | 'revenue';

const cellText: Record<CohortMeasure, (matrix: RetentionMatrix, row: number, offset: number) => string | number> = {
  share: (matrix, row, offset) => matrix.shares[row][offset].toFixed(4),
  customers: (matrix, row, offset) => matrix.customers[row][offset],
  revenue: (matrix, row, offset) => formatCents(matrix.revenueCents[row][offset]),
};

/**
 * The matrix as CSV: cohort (first day of its period), size, then one column per period since the
 * first order (`month_0`, `month_1`, …) holding `measure`: shares as fractions (0.25 = 25 %), money
 * with two decimals. Periods not reached yet are empty, not 0.
 */
export function cohortsCsv(matrix: RetentionMatrix, measure: CohortMeasure): string {
  const width = matrix.averageCurve.length;
  const offsets = Array.from({ length: width }, (_, offset) => offset);
  return toCsv(
    ['cohort', 'size', ...offsets.map((offset) => `${matrix.period}_${offset}`)],
    matrix.cohorts.map((cohort, row) => [
      formatDay(periodStartDay(cohort, matrix.period)),
      matrix.sizes[row],
      ...offsets.map((offset) => (Number.isNaN(matrix.customers[row][offset]) ? '' : cellText[measure](matrix, row, offset))),
    ]),
  );
}
