import { describe, expect, it } from 'vitest';
import { formatCents } from '../../../src/lib/domain/money';
import { csvCell, toCsv } from '../../../src/lib/export/csv';

describe('csvCell neutralizes spreadsheet formulas', () => {
  it.each([
    { name: 'a formula gets an apostrophe and quotes', value: '=HYPERLINK("http://x","click")', expected: `"'=HYPERLINK(""http://x"",""click"")"` },
    { name: 'a leading plus', value: "+cmd|' /C calc'!A0", expected: "'+cmd|' /C calc'!A0" },
    { name: 'a minus that is not a number', value: '-2+3', expected: "'-2+3" },
    { name: 'an at sign', value: '@SUM(1+1)*cmd', expected: "'@SUM(1+1)*cmd" },
    { name: 'a leading tab', value: '\tTAB', expected: "'\tTAB" },
    { name: 'a negative number stays a number', value: '-40.50', expected: '-40.50' },
    { name: 'a number value', value: -3, expected: '-3' },
    { name: 'markup stays literal text', value: '<script>alert("x")</script>', expected: '"<script>alert(""x"")</script>"' },
    { name: 'a comma is quoted', value: 'a, b', expected: '"a, b"' },
    { name: 'leading zeros are kept', value: '00001', expected: '00001' },
  ])('$name', ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });
});

describe('formatCents', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [8900, '89.00'],
    [123456, '1234.56'],
    [-4000, '-40.00'],
    [-5, '-0.05'],
  ])('%d cents → %s', (cents, expected) => {
    expect(formatCents(cents)).toBe(expected);
  });
});
