import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/ingest/decode';
import { detectHeader, parseDelimited, sniffDelimiter } from '../../../src/lib/ingest/delimited';

const sharedText = (relative: string) => {
  const decoded = decodeText(new Uint8Array(readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url))));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
};

/**
 * CDNOW-like orders: `rows` lines of id, date, quantity, amount, ~24 bytes each (1,000,000 rows ≈ 24 MB).
 * Used for checking by hand how long a million rows take; the unit test only checks correctness.
 */
function syntheticOrdersText(rows: number, quoted = false): string {
  const parts = ['customer_id,order_date,number_of_cds,dollar_value\n'];
  for (let index = 0; index < rows; index++) {
    const id = String(index % 23_570).padStart(5, '0');
    const day = String(1 + (index % 28)).padStart(2, '0');
    const cents = String(index % 100).padStart(2, '0');
    parts.push(`${quoted ? `"${id}"` : id},199703${day},${1 + (index % 7)},${index % 500}.${cents}\n`);
  }
  return parts.join('');
}

describe('sniffDelimiter', () => {
  it.each([
    { name: 'commas', text: 'a,b,c\n1,2,3\n4,5,6\n', expected: ',' },
    { name: 'semicolons with decimal commas', text: 'id;date;amount\r\nC1;2024-01-10;1000,00\r\nC2;2024-01-11;1037,01\r\n', expected: ';' },
    { name: 'tabs', text: 'cust\tdate\trevenue\nT0\t2024-03-01\t15\n', expected: '\t' },
    { name: 'pipes', text: 'a|b|c\n1|2|3\n', expected: '|' },
    { name: 'runs of spaces with leading spaces', text: ' id  date amount\r\n 00001 19970101  11.77\r\n 00002 19970112  12.00\r\n', expected: 'whitespace' },
    { name: 'commas inside quoted fields', text: 'id,desc,amount\n1,"a; b; c",2\n2,"d; e; f",3\n', expected: ',' },
    { name: 'a quoted field spanning lines', text: 'id,note,amount\n1,"line one\nline two",2\n2,x,3\n', expected: ',' },
    { name: 'a single column', text: 'id\nA\nB\n', expected: ',' },
    { name: 'spaces inside comma-separated values', text: 'name,city\nAnn Lee,New York\nBo Chen,San Jose\n', expected: ',' },
    { name: 'a ragged row among consistent ones', text: 'a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11\n', expected: ',' },
  ])('detects $name', ({ text, expected }) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it.each([
    { file: 'datasets/cdnow_master.csv', expected: ',' },
    { file: 'datasets/cdnow_master.txt', expected: 'whitespace' },
    { file: 'bad-inputs/semicolon_decimal_comma.csv', expected: ';' },
    { file: 'bad-inputs/tab_separated.tsv', expected: '\t' },
    { file: 'bad-inputs/returns_cancellations.csv', expected: ',' },
    { file: 'bad-inputs/ragged_rows.csv', expected: ',' },
    { file: 'bad-inputs/gbk_chinese.csv', expected: ',' },
  ])('detects the delimiter of $file', ({ file, expected }) => {
    expect(sniffDelimiter(sharedText(file))).toBe(expected);
  });
});

describe('detectHeader', () => {
  it.each([
    { name: 'names over data', first: ['customer_id', 'order_date', 'amount'], next: [['00001', '19970101', '11.77']], expected: true },
    { name: 'Chinese names', first: ['客户编号', '订单日期', '金额(元)'], next: [['K0000', '2024/1/1', '100.0']], expected: true },
    { name: 'a data row (CDNOW sample)', first: ['00004', '0001', '19970101', '2', '29.33'], next: [['00004', '0001', '19970118', '2', '29.73']], expected: false },
    { name: 'text ids with a date and an amount', first: ['Brion Stark', '2004-12-20', '32'], next: [['Ethyl Botsford', '2005-05-02', '36']], expected: false },
    { name: 'a year over a column of names', first: ['customer', '2023'], next: [['Ann', 'gold'], ['Bo', 'silver']], expected: true },
    { name: 'an empty first row', first: ['', ''], next: [['1', '2']], expected: false },
    { name: 'names with nothing below', first: ['id', 'date'], next: [], expected: true },
    { name: 'a lone data row', first: ['A1', '2024-01-01', '10'], next: [], expected: false },
  ])('$name → $expected', ({ first, next, expected }) => {
    expect(detectHeader(first, next)).toBe(expected);
  });
});

describe('parseDelimited', () => {
  it('reads ragged_rows.csv: good rows kept, bad ones reported by line', () => {
    const table = parseDelimited(sharedText('bad-inputs/ragged_rows.csv'), ',');
    expect(table.columns).toEqual(['customer_id', 'order_date', 'amount']);
    expect(table.rows).toEqual([
      ['R1', '2024-01-01', '10'],
      ['R4\nwith newline', '2024-01-04', '40'],
      ['R5 "quoted"', '2024-01-05', '50'],
    ]);
    expect(Array.from(table.lineNumbers)).toEqual([2, 5, 7]);
    expect(table.malformed).toEqual([
      { line: 3, reason: 'field_count' },
      { line: 4, reason: 'field_count' },
      { line: 8, reason: 'unterminated_quote' },
    ]);
  });

  it.each([
    {
      name: 'quoted newlines advance the line count',
      text: 'id,note,amount\n1,"a\nb\nc",2\n2,x,3\n',
      rows: [['1', 'a\nb\nc', '2'], ['2', 'x', '3']],
      lines: [2, 5],
      malformed: [],
    },
    {
      name: 'CRLF line ends, also inside quotes',
      text: 'id,note\r\n1,"a\r\nb"\r\n2,c\r\n',
      rows: [['1', 'a\r\nb'], ['2', 'c']],
      lines: [2, 4],
      malformed: [],
    },
    {
      name: 'empty lines skipped silently, lines still counted',
      text: 'id,amount\n\n1,2\n\n\n3,4\n',
      rows: [['1', '2'], ['3', '4']],
      lines: [3, 6],
      malformed: [],
    },
    {
      name: 'records of empty fields are no data',
      text: 'id,amount\n1,2\n,\n , \n3,4\n',
      rows: [['1', '2'], ['3', '4']],
      lines: [2, 5],
      malformed: [],
    },
    {
      name: 'extra empty fields at the end (a trailing delimiter) are dropped',
      text: 'id,amount\n1,2,\n3,4,,\n',
      rows: [['1', '2'], ['3', '4']],
      lines: [2, 3],
      malformed: [],
    },
    {
      name: 'a header ending in a delimiter over rows without it',
      text: 'id,amount,\n1,2\n3,4,x\n',
      rows: [['1', '2', ''], ['3', '4', 'x']],
      lines: [2, 3],
      malformed: [],
    },
    {
      name: 'missing and extra fields are malformed',
      text: 'id,amount\n1\n2,3,x\n4,5\n',
      rows: [['4', '5']],
      lines: [4],
      malformed: [{ line: 2, reason: 'field_count' }, { line: 3, reason: 'field_count' }],
    },
    {
      name: 'an unterminated quote mid-file is reported and reading resumes on the next line',
      text: 'id,amount\n1,2\n"3,4\n5,6\n7,8\n',
      rows: [['1', '2'], ['5', '6'], ['7', '8']],
      lines: [2, 4, 5],
      malformed: [{ line: 3, reason: 'unterminated_quote' }],
    },
    {
      name: 'cells keep their spaces',
      text: 'id,amount\n A ,  7  \n',
      rows: [[' A ', '  7  ']],
      lines: [2],
      malformed: [],
    },
    {
      name: 'markup and formulas are plain text',
      text: 'id,name\n"<script>alert(""x"")</script>",=1+2\n',
      rows: [['<script>alert("x")</script>', '=1+2']],
      lines: [2],
      malformed: [],
    },
  ])('$name', ({ text, rows, lines, malformed }) => {
    const table = parseDelimited(text, ',');
    expect(table.rows).toEqual(rows);
    expect(Array.from(table.lineNumbers)).toEqual(lines);
    expect(table.malformed).toEqual(malformed);
  });

  it.each([
    { name: 'names a header-less file column_1…n', text: '00004,19970101,29.33\n00004,19970118,29.73\n', columns: ['column_1', 'column_2', 'column_3'], hasHeader: false, rows: 2 },
    { name: 'names empty and repeated header cells', text: 'id,,id,amount\n1,2,3,4\n', columns: ['id', 'column_2', 'id_2', 'amount'], hasHeader: true, rows: 1 },
    { name: 'trims header names', text: ' Customer ID , Amount\nA,1\n', columns: ['Customer ID', 'Amount'], hasHeader: true, rows: 1 },
    { name: 'returns no rows for a header alone', text: 'customer_id,order_date,amount\n', columns: ['customer_id', 'order_date', 'amount'], hasHeader: true, rows: 0 },
  ])('$name', ({ text, columns, hasHeader, rows }) => {
    const table = parseDelimited(text, ',');
    expect(table.columns).toEqual(columns);
    expect(table.hasHeader).toBe(hasHeader);
    expect(table.rows.length).toBe(rows);
  });

  it('reads the whitespace format: leading spaces, runs of blanks, CRLF', () => {
    const table = parseDelimited(' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n\r\n 00002 19970112  1   12.00\r\n 00003 oops\r\n', 'whitespace');
    expect(table).toMatchObject({ format: 'whitespace', delimiter: 'whitespace', hasHeader: true });
    expect(table.columns).toEqual(['customer_id', 'date', 'number_of_cds', 'dollar_value']);
    expect(table.rows).toEqual([
      ['00001', '19970101', '1', '11.77'],
      ['00002', '19970112', '1', '12.00'],
    ]);
    expect(Array.from(table.lineNumbers)).toEqual([2, 4]);
    expect(table.malformed).toEqual([{ line: 5, reason: 'field_count' }]);
  });

  it.each([
    { file: 'datasets/cdnow_master.csv', delimiter: ',' as const, format: 'csv', first: ['00001', '19970101', '1', '11.77'] },
    { file: 'datasets/cdnow_master.txt', delimiter: 'whitespace' as const, format: 'whitespace', first: ['00001', '19970101', '1', '11.77'] },
  ])('reads all 69,659 rows of $file with ids as text', ({ file, delimiter, format, first }) => {
    const table = parseDelimited(sharedText(file), delimiter);
    expect(table.format).toBe(format);
    expect(table.rows.length).toBe(69_659);
    expect(table.malformed).toEqual([]);
    expect(table.rows[0]).toEqual(first);
    expect(table.rows[69_658]).toEqual(['23570', '19970326', '2', '42.96']);
    expect(table.lineNumbers[69_658]).toBe(69_660);
  });

  it.each([
    { name: 'unquoted', quoted: false },
    { name: 'quoted', quoted: true },
  ])('keeps line numbers right on generated $name orders', ({ quoted }) => {
    const table = parseDelimited(syntheticOrdersText(10_000, quoted), ',');
    expect(table.rows.length).toBe(10_000);
    expect(table.rows[9_999]).toEqual(['09999', '19970304', '4', '499.99']);
    expect(table.lineNumbers[9_999]).toBe(10_001);
    expect(table.lineNumbers).toBeInstanceOf(Int32Array);
  });
});
