import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { formatDay } from '../../src/lib/domain/dates';
import { customersCsv, CUSTOMER_COLUMNS } from '../../src/lib/export/customers-csv';
import { runPipeline } from '../support/pipeline';
import { sharedBytes, sharedText } from '../support/shared-files';
import { openNodeDb } from './node-db';

type Row = Record<(typeof CUSTOMER_COLUMNS)[number], string>;
const parse = (text: string) => Papa.parse<Row>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

// The reference was computed independently (pandas) from the CDNOW master file; see ../shared/reference/README.md.
describe.each(['datasets/cdnow_master.csv', 'datasets/cdnow_master.txt'])('CDNOW %s against the independent reference', (file) => {
  let db: SqlDb;
  let exported: Row[];
  let asOf: string;
  const reference = parse(sharedText('reference/cdnow_master_rfm.csv'));

  beforeAll(async () => {
    db = await openNodeDb();
    const result = await runPipeline(db, file.split('/')[1], sharedBytes(file));
    asOf = formatDay(result.asOfDay);
    exported = parse(customersCsv(result.rfm));
    expect(result.report.rowsUsed).toBe(69_659);
  });

  it('uses the day after the last order as the as-of date', () => {
    expect(asOf).toBe('1998-07-01');
  });

  it('exports exactly the contract columns', () => {
    expect(Object.keys(exported[0])).toEqual([...CUSTOMER_COLUMNS]);
  });

  it('matches every customer row for row', () => {
    expect(exported.length).toBe(23_570);
    const mismatches: string[] = [];
    reference.forEach((expected, index) => {
      const actual = exported[index];
      for (const column of CUSTOMER_COLUMNS) {
        const same = column === 'monetary' ? Math.round(Number(actual[column]) * 100) === Math.round(Number(expected[column]) * 100) : actual[column] === expected[column];
        if (!same) mismatches.push(`${expected.customer_id} ${column}: ${actual?.[column]} ≠ ${expected[column]}`);
      }
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('writes monetary with two decimals', () => {
    expect(exported.every((row) => /^-?\d+\.\d\d$/.test(row.monetary))).toBe(true);
  });
});
