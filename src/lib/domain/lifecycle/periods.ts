/** Length of a cohort period. */
export type CohortPeriod = 'week' | 'month' | 'quarter';

/** Cohort periods the user can choose, in display order. */
export const COHORT_PERIODS: readonly CohortPeriod[] = ['week', 'month', 'quarter'];

/** Day number of 1970-01-05, the first Monday: weeks start on Monday (ISO). */
const FIRST_MONDAY = 4;

/** Year and month (1–12) of a day number (proleptic Gregorian, no time zone). */
function yearMonth(day: number): [number, number] {
  const date = new Date(day * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1];
}

/**
 * Consecutive number of the period holding `day` (weeks from 1970-01-05, months and quarters from
 * year 0), so "periods since first order" is a subtraction. build-cohort-sql.ts uses the same formulas.
 */
export function periodNumber(day: number, period: CohortPeriod): number {
  if (period === 'week') return Math.floor((day - FIRST_MONDAY) / 7);
  const [year, month] = yearMonth(day);
  return period === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/** First day of a period number, the inverse of periodNumber. */
export function periodStartDay(periodNo: number, period: CohortPeriod): number {
  if (period === 'week') return periodNo * 7 + FIRST_MONDAY;
  const monthNo = period === 'month' ? periodNo : periodNo * 3;
  return Math.round(Date.UTC(Math.floor(monthNo / 12), monthNo % 12, 1) / 86_400_000);
}
