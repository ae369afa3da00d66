import { describe, expect, it } from 'vitest';
import type { AttributeMapping } from '../../../src/lib/domain/attribute-detection';
import { emptyAttributeReport, marginInPercent, readMargin, toAttributeRows, type AttributeReadOptions } from '../../../src/lib/domain/attribute-rows';
import { dayFromParts } from '../../../src/lib/domain/dates';

const options: AttributeReadOptions = { dateOrder: 'DMY', decimal: '.' };
const columns = ['id', 'name', 'since', 'satisfaction', 'complaints', 'nps', 'margin', 'owner'];
const mapping: AttributeMapping = { customer_id: 'id', customer_name: 'name', since: 'since', satisfaction: 'satisfaction', complaints: 'complaints', nps: 'nps', margin: 'margin' };

function read(rows: string[][], malformed: { line: number; reason: string }[] = [], readOptions = options) {
  const report = emptyAttributeReport({ fileName: 'c.csv', format: 'csv', encoding: 'utf-8', delimiter: ',', rowsRead: rows.length + malformed.length });
  const table = { columns, rows, lineNumbers: rows.map((_, index) => index + 2), malformed };
  return { rows: toAttributeRows(table, mapping, readOptions, report), report };
}

describe('toAttributeRows', () => {
  it('reads each role: since as a day with the file’s day/month order, margin as a ratio, free columns as text', () => {
    const { rows, report } = read([['A1', ' Acme ', '03/05/2020', '4', '2', '9', '20%', 'Dana']]);
    expect(rows.customerId).toEqual(['A1']);
    expect(rows.text.customer_name).toEqual(['Acme']);
    expect(Array.from(rows.sinceDay)).toEqual([dayFromParts(2020, 5, 3)]);
    expect([rows.satisfaction[0], rows.complaints[0], rows.nps[0], rows.marginRate[0]]).toEqual([4, 2, 9, 0.2]);
    expect(rows.freeColumns).toEqual(['owner']);
    expect(rows.free).toEqual([['Dana']]);
    expect(report.rowsUsed).toBe(1);
    expect(report.freeColumns).toEqual(['owner']);
  });

  it('drops rows without id and repeated ids (first kept), counting each with its line', () => {
    const { rows, report } = read([
      ['A1', 'first', '', '', '', '', '', ''],
      ['', 'no id', '', '', '', '', '', ''],
      ['A1', 'second', '', '', '', '', '', ''],
      ['B2', 'other', '', '', '', '', '', ''],
    ], [{ line: 9, reason: 'wrong field count' }]);
    expect(rows.customerId).toEqual(['A1', 'B2']);
    expect(rows.text.customer_name).toEqual(['first', 'other']);
    expect(report.dropped.missing_customer_id).toEqual({ count: 1, examples: [{ line: 3, value: '' }] });
    expect(report.dropped.duplicate_customer_id).toEqual({ count: 1, examples: [{ line: 4, value: 'A1' }] });
    expect(report.dropped.malformed_row.count).toBe(1);
    expect(report.rowsUsed).toBe(2);
    // Blank cells are unknown, not invalid.
    expect(Number.isNaN(rows.sinceDay[0]) && Number.isNaN(rows.satisfaction[1])).toBe(true);
    expect(Object.values(report.invalid).every((line) => line.count === 0)).toBe(true);
  });

  it.each([
    { name: 'satisfaction outside 1–5', cell: 3, value: '6', role: 'satisfaction' },
    { name: 'satisfaction not a number', cell: 3, value: 'good', role: 'satisfaction' },
    { name: 'complaints negative', cell: 4, value: '-1', role: 'complaints' },
    { name: 'complaints fractional', cell: 4, value: '1.5', role: 'complaints' },
    { name: 'nps beyond ±100', cell: 5, value: '120', role: 'nps' },
    { name: 'since not a date', cell: 2, value: '2020-13-40', role: 'since' },
    { name: 'margin above 100 %', cell: 6, value: '150%', role: 'margin' },
  ] as const)('empties and counts an invalid value: $name', ({ cell, value, role }) => {
    const row = ['A1', 'n', '01/02/2020', '3', '0', '5', '10%', ''];
    row[cell] = value;
    const { rows, report } = read([row]);
    expect(rows.length).toBe(1);
    expect(report.invalid[role]).toEqual({ count: 1, examples: [{ line: 2, value }] });
    const column = { satisfaction: rows.satisfaction, complaints: rows.complaints, nps: rows.nps, since: rows.sinceDay, margin: rows.marginRate }[role];
    expect(Number.isNaN(column[0])).toBe(true);
  });

  it('keeps NPS on either scale as written (the health index detects the scale)', () => {
    const { rows } = read([
      ['A', '', '', '', '', '-40', '', ''],
      ['B', '', '', '', '', '7', '', ''],
    ]);
    expect(Array.from(rows.nps)).toEqual([-40, 7]);
  });
});

describe('margin as a ratio', () => {
  it.each([
    { name: 'a percent sign is always percent', raw: '20%', percentColumn: false, expected: 0.2 },
    { name: 'a ratio column stays a ratio', raw: '0.2', percentColumn: false, expected: 0.2 },
    { name: 'a percent column is divided by 100', raw: '20', percentColumn: true, expected: 0.2 },
    { name: 'decimal comma', raw: '12,5 %', percentColumn: false, expected: 0.125, decimal: ',' as const },
    { name: 'blank is unknown', raw: ' ', percentColumn: false, expected: 'blank' },
    { name: 'a ratio above 1 is unreadable', raw: '3', percentColumn: false, expected: null },
  ])('$name', ({ raw, percentColumn, expected, decimal }) => {
    expect(readMargin(raw, decimal ?? '.', percentColumn)).toEqual(expected);
  });

  it.each([
    { name: 'mostly above 1: percent', values: ['20', '35', '0.5', ''], expected: true },
    { name: 'mostly at most 1: ratio', values: ['0.2', '0.35', '12'], expected: false },
    { name: 'percent signs are not evidence', values: ['20%', '0.3'], expected: false },
    { name: 'nothing readable', values: ['', 'n/a'], expected: false },
  ])('column reading: $name', ({ values, expected }) => {
    expect(marginInPercent(values, '.')).toBe(expected);
  });

  it('reads a percent column without signs and notes it in the report', () => {
    const { rows, report } = read([
      ['A', '', '', '', '', '', '20', ''],
      ['B', '', '', '', '', '', '5', ''],
    ]);
    expect(Array.from(rows.marginRate)).toEqual([0.2, 0.05]);
    expect(report.notes).toEqual(['margin_percent']);
  });
});
