import { describe, expect, it } from 'vitest';
import { retentionMatrix, type CohortCells } from '../../../src/lib/domain/lifecycle/cohorts';
import { dayFromParts, formatDay } from '../../../src/lib/domain/dates';
import { periodNumber, periodStartDay, type CohortPeriod } from '../../../src/lib/domain/lifecycle/periods';

const day = (text: string) => dayFromParts(...(text.split('-').map(Number) as [number, number, number]))!;

describe('periodNumber', () => {
  it.each<{ name: string; date: string; period: CohortPeriod; start: string }>([
    { name: 'a Sunday belongs to the week starting the Monday before', date: '1997-01-05', period: 'week', start: '1996-12-30' },
    { name: 'a Monday starts its week', date: '1997-01-06', period: 'week', start: '1997-01-06' },
    { name: 'dates before 1970 floor to their week', date: '1969-12-31', period: 'week', start: '1969-12-29' },
    { name: 'the last day of a month', date: '1997-03-31', period: 'month', start: '1997-03-01' },
    { name: 'a leap day', date: '2024-02-29', period: 'month', start: '2024-02-01' },
    { name: 'the last day of a quarter', date: '1997-06-30', period: 'quarter', start: '1997-04-01' },
    { name: 'the first day of a quarter', date: '1997-10-01', period: 'quarter', start: '1997-10-01' },
  ])('$name', ({ date, period, start }) => {
    expect(formatDay(periodStartDay(periodNumber(day(date), period), period))).toBe(start);
  });

  it('consecutive months differ by one across a year end', () => {
    expect(periodNumber(day('1998-01-01'), 'month') - periodNumber(day('1997-12-31'), 'month')).toBe(1);
  });
});

describe('retentionMatrix', () => {
  const jan = periodNumber(day('1997-01-15'), 'month');
  // January cohort: 10 customers, 4 come back in February, 0 in March; February cohort: 5, 1 in March.
  const cells: CohortCells = {
    period: 'month',
    cohort: Int32Array.of(jan, jan, jan + 1, jan + 1),
    offset: Int32Array.of(0, 1, 0, 1),
    customers: Int32Array.of(10, 4, 5, 1),
    revenueCents: Float64Array.of(1000, 400, 500, -20),
  };
  const matrix = retentionMatrix(cells, day('1997-03-20'));

  it('fills missing observed cells with 0 and unobserved ones with NaN', () => {
    expect(matrix.sizes).toEqual([10, 5]);
    expect(matrix.customers.map((row) => Array.from(row))).toEqual([
      [10, 4, 0],
      [5, 1, NaN],
    ]);
    expect(matrix.revenueCents.map((row) => Array.from(row))).toEqual([
      [1000, 400, 0],
      [500, -20, NaN],
    ]);
  });

  it('turns counts into shares of the cohort', () => {
    expect(matrix.shares.map((row) => Array.from(row))).toEqual([
      [1, 0.4, 0],
      [1, 0.2, NaN],
    ]);
  });

  it('averages over the cohorts that reached each period, weighted by size', () => {
    expect(Array.from(matrix.averageCurve)).toEqual([1, 5 / 15, 0]);
  });

  it('no cells: an empty matrix', () => {
    const empty = retentionMatrix({ ...cells, cohort: new Int32Array(0), offset: new Int32Array(0), customers: new Int32Array(0), revenueCents: new Float64Array(0) }, 0);
    expect(empty).toMatchObject({ cohorts: [], sizes: [], customers: [] });
    expect(empty.averageCurve.length).toBe(0);
  });
});
