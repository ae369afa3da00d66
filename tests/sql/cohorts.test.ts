import { beforeAll, describe, expect, it } from 'vitest';
import { cohortCells } from '../../src/lib/data/queries/cohorts';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { periodStartDay, retentionMatrix, type CohortPeriod } from '../../src/lib/domain/lifecycle';
import { dayFromParts, formatDay } from '../../src/lib/domain/dates';
import { runPipeline } from '../support/pipeline';
import { sharedBytes } from '../support/shared-files';
import { cdnowRows, type CdnowRow } from '../unit/lifecycle/cdnow-raw';
import { openNodeDb } from './node-db';

/** Period keys computed by hand from the date text, not through periods.ts: "1997-03", "1997-Q2", Monday weeks. */
const HAND_PERIODS: Record<CohortPeriod, (row: CdnowRow) => number> = {
  month: (row) => row.year * 12 + row.month - 1,
  quarter: (row) => row.year * 4 + Math.ceil(row.month / 3) - 1,
  // Day 4 (1970-01-05) was a Monday; CDNOW days are all positive so truncation is flooring.
  week: (row) => Math.trunc((row.day - 4) / 7),
};

/** cohort → offset → { customers, cents }, by a plain loop over the raw rows. */
function handCohorts(period: CohortPeriod, asOfDay: number) {
  const rows = cdnowRows().filter((row) => row.day <= asOfDay);
  const key = HAND_PERIODS[period];
  const cohortOf = new Map<string, number>();
  for (const row of rows) cohortOf.set(row.id, Math.min(cohortOf.get(row.id) ?? Infinity, key(row)));
  const cells = new Map<string, { customers: Set<string>; cents: number }>();
  for (const row of rows) {
    const cohort = cohortOf.get(row.id)!;
    const cell = `${cohort}/${key(row) - cohort}`;
    if (!cells.has(cell)) cells.set(cell, { customers: new Set(), cents: 0 });
    cells.get(cell)!.customers.add(row.id);
    cells.get(cell)!.cents += row.cents;
  }
  return new Map([...cells].map(([cell, value]) => [cell, { customers: value.customers.size, cents: value.cents }]));
}

describe('CDNOW cohorts against a hand loop over the raw rows', () => {
  let db: SqlDb;
  let asOfDay: number;
  beforeAll(async () => {
    db = await openNodeDb();
    asOfDay = (await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'))).asOfDay;
  });

  it.each<{ period: CohortPeriod; cohorts: number; cells: number }>([
    // Jan–Jun 1998 leaves 18, 17 and 16 observed months to the three cohorts, every one with buyers.
    { period: 'month', cohorts: 3, cells: 18 + 17 + 16 },
    { period: 'quarter', cohorts: 1, cells: 6 },
    { period: 'week', cohorts: 13, cells: 0 },
  ])('every $period cohort × period cell matches', async ({ period, cohorts, cells }) => {
    const sql = await cohortCells(db, asOfDay, period);
    const expected = handCohorts(period, asOfDay);
    const actual = new Map(
      Array.from(sql.cohort, (cohort, index) => [`${cohort}/${sql.offset[index]}`, { customers: sql.customers[index], cents: sql.revenueCents[index] }]),
    );
    expect(actual).toEqual(expected);
    expect(new Set(sql.cohort).size).toBe(cohorts);
    if (cells) expect(actual.size).toBe(cells);
  });

  it('cohort sizes add up to every customer, and month cohorts are Jan–Mar 1997', async () => {
    const matrix = retentionMatrix(await cohortCells(db, asOfDay, 'month'), asOfDay - 1);
    expect(matrix.cohorts.map((cohort) => formatDay(periodStartDay(cohort, 'month')))).toEqual(['1997-01-01', '1997-02-01', '1997-03-01']);
    expect(matrix.sizes.reduce((a, b) => a + b, 0)).toBe(23_570);
    expect(matrix.averageCurve.length).toBe(18);
    // The March cohort cannot have reached 17 months by June 1998.
    expect(matrix.shares.map((row) => row.filter((share) => !Number.isNaN(share)).length)).toEqual([18, 17, 16]);
    expect(matrix.shares.every((row) => row[0] === 1 && row.every((share) => Number.isNaN(share) || (share >= 0 && share <= 1)))).toBe(true);
  });

  it('as of 1997-02-15 the March cohort does not exist and February is partial', async () => {
    const asOf = dayFromParts(1997, 2, 15)!;
    const cells = await cohortCells(db, asOf, 'month');
    expect(new Map(Array.from(cells.cohort, (cohort, index) => [`${cohort}/${cells.offset[index]}`, cells.customers[index]]))).toEqual(
      new Map([...handCohorts('month', asOf)].map(([cell, value]) => [cell, value.customers])),
    );
    expect(new Set(cells.cohort).size).toBe(2);
  });
});
