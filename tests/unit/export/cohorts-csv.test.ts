import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/lib/domain/dates';
import { retentionMatrix } from '../../../src/lib/domain/lifecycle/cohorts';
import { periodNumber } from '../../../src/lib/domain/lifecycle/periods';
import { cohortsCsv, type CohortMeasure } from '../../../src/lib/export/cohorts-csv';

const jan = periodNumber(dayFromParts(1997, 1, 15)!, 'month');
// January: 8 customers, 2 back in February (returning more than they bought), none in March; February:
// 4 customers, none back in March. Data runs to 1997-03-10, so April (February's offset 2) is not reached.
const matrix = retentionMatrix(
  {
    period: 'month',
    cohort: Int32Array.of(jan, jan, jan + 1),
    offset: Int32Array.of(0, 1, 0),
    customers: Int32Array.of(8, 2, 4),
    revenueCents: Float64Array.of(12345, -250, 4000),
  },
  dayFromParts(1997, 3, 10)!,
);

describe('cohortsCsv', () => {
  it.each<{ name: string; measure: CohortMeasure; rows: string[] }>([
    { name: 'shares as fractions with four decimals', measure: 'share', rows: ['1997-01-01,8,1.0000,0.2500,0.0000', '1997-02-01,4,1.0000,0.0000,'] },
    { name: 'customer counts', measure: 'customers', rows: ['1997-01-01,8,8,2,0', '1997-02-01,4,4,0,'] },
    { name: 'net revenue with two decimals, negative kept as a number', measure: 'revenue', rows: ['1997-01-01,8,123.45,-2.50,0.00', '1997-02-01,4,40.00,0.00,'] },
  ])('$name; periods not reached yet are empty', ({ measure, rows }) => {
    expect(cohortsCsv(matrix, measure).split('\r\n')).toEqual(['cohort,size,month_0,month_1,month_2', ...rows, '']);
  });

  it('an empty matrix is just the header', () => {
    const empty = retentionMatrix({ period: 'week', cohort: new Int32Array(), offset: new Int32Array(), customers: new Int32Array(), revenueCents: new Float64Array() }, 100);
    expect(cohortsCsv(empty, 'share')).toBe('cohort,size\r\n');
  });
});
