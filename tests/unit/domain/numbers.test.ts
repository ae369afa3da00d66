import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, parseCount, parseDecimal, type DecimalSeparator } from '../../../src/lib/domain/numbers';

const sharedLines = (relative: string) =>
  readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);

describe('parseDecimal', () => {
  it.each([
    { name: 'a plain amount', text: '11.77', expected: '11.77' },
    { name: 'an integer', text: '12', expected: '12' },
    { name: 'trailing zeros dropped', text: '12.50', expected: '12.5' },
    { name: 'leading zeros dropped', text: '007.10', expected: '7.1' },
    { name: 'a negative amount', text: '-40.00', expected: '-40' },
    { name: 'a leading plus', text: '+3.5', expected: '3.5' },
    { name: 'minus zero', text: '-0', expected: '0' },
    { name: 'minus zero with decimals', text: '-0.00', expected: '0' },
    { name: 'four decimals kept', text: '0.0001', expected: '0.0001' },
    { name: 'a fraction without a whole part', text: '.5', expected: '0.5' },
    { name: 'a trailing point', text: '5.', expected: '5' },
    { name: 'surrounding spaces', text: '  7  ', expected: '7' },
    { name: 'yen sign and thousands', text: '¥1,234.50', expected: '1234.5' },
    { name: 'full-width yen', text: '￥88', expected: '88' },
    { name: 'dollar sign', text: '$12', expected: '12' },
    { name: 'minus before the currency', text: '-$12.30', expected: '-12.3' },
    { name: 'minus after the currency', text: '$-12.30', expected: '-12.3' },
    { name: 'euro after the number', text: '12.30 €', expected: '12.3' },
    { name: 'currency code before', text: 'RMB 1,000', expected: '1000' },
    { name: 'currency code after, lower case', text: '25 usd', expected: '25' },
    { name: 'yuan character', text: '99元', expected: '99' },
    { name: 'pound sign', text: '£0.99', expected: '0.99' },
    { name: 'accounting negative', text: '(12.00)', expected: '-12' },
    { name: 'accounting negative with currency', text: '($1,200.00)', expected: '-1200' },
    { name: 'millions with thousands separators', text: '1,234,567.891', expected: '1234567.891' },
    { name: 'Indian grouping', text: '12,34,567.50', expected: '1234567.5' },
    { name: 'Swiss apostrophes', text: "1'234.50", expected: '1234.5' },
    { name: 'exponent', text: '1e3', expected: '1000' },
    { name: 'exponent with fraction and sign', text: '-2.5E+2', expected: '-250' },
    { name: 'negative exponent', text: '1.5e-3', expected: '0.0015' },
    { name: 'a tiny value rounds to zero', text: '0.0000001', expected: '0' },
    { name: 'a tiny value in exponent form rounds to zero', text: '1e-7', expected: '0' },
    { name: 'rounding half up', text: '0.00005', expected: '0.0001' },
    { name: 'rounding half away from zero when negative', text: '-1.23455', expected: '-1.2346' },
    { name: 'rounding down', text: '1.23454', expected: '1.2345' },
    { name: 'rounding that carries into the whole part', text: '9.99995', expected: '10' },
    { name: 'no binary float error', text: '0.30000000000000004', expected: '0.3' },
    { name: 'just below the limit', text: '99999999999999.99', expected: '99999999999999.99' },
    { name: 'Unicode minus sign', text: '\u22125', expected: '-5' },
  ])('reads $name', ({ text, expected }) => {
    expect(parseDecimal(text, '.')).toEqual({ value: expected });
  });

  it.each([
    { name: 'decimal comma', text: '1037,05', expected: '1037.05' },
    { name: 'dots as thousands', text: '1.234,50', expected: '1234.5' },
    { name: 'spaces as thousands with euro', text: '1 234,50 €', expected: '1234.5' },
    { name: 'narrow no-break spaces as thousands', text: '1\u202f234,5', expected: '1234.5' },
    { name: 'negative', text: '-12,5', expected: '-12.5' },
    { name: 'integer', text: '1000', expected: '1000' },
    { name: 'a dot group of three is thousands', text: '1.234', expected: '1234' },
  ])('reads with a decimal comma: $name', ({ text, expected }) => {
    expect(parseDecimal(text, ',')).toEqual({ value: expected });
  });

  it.each([
    { name: 'blank', text: '', decimal: '.', error: 'empty' },
    { name: 'spaces only', text: '   ', decimal: '.', error: 'empty' },
    { name: 'N/A', text: 'N/A', decimal: '.', error: 'not_a_number' },
    { name: 'NaN', text: 'NaN', decimal: '.', error: 'not_a_number' },
    { name: 'Infinity', text: 'Infinity', decimal: '.', error: 'not_a_number' },
    { name: 'minus Infinity', text: '-Infinity', decimal: '.', error: 'not_a_number' },
    { name: 'a lone minus', text: '-', decimal: '.', error: 'not_a_number' },
    { name: 'a lone currency sign', text: '$', decimal: '.', error: 'not_a_number' },
    { name: 'text', text: 'abc', decimal: '.', error: 'not_a_number' },
    { name: 'a lone point', text: '.', decimal: '.', error: 'not_a_number' },
    { name: 'two points', text: '1.2.3', decimal: '.', error: 'not_a_number' },
    { name: 'a decimal comma in a dot file (not read as 125)', text: '12,5', decimal: '.', error: 'not_a_number' },
    { name: 'a decimal point in a comma file', text: '12.5', decimal: ',', error: 'not_a_number' },
    { name: 'badly grouped thousands', text: '1,23,4.5', decimal: '.', error: 'not_a_number' },
    { name: 'a number with words', text: '12 apples', decimal: '.', error: 'not_a_number' },
    { name: '1e308', text: '1e308', decimal: '.', error: 'out_of_range' },
    { name: '-1e308', text: '-1e308', decimal: '.', error: 'out_of_range' },
    { name: '1e22', text: '1e22', decimal: '.', error: 'out_of_range' },
    { name: 'a 23-digit integer', text: '99999999999999999999999', decimal: '.', error: 'out_of_range' },
    { name: 'exactly 1e14', text: '100000000000000', decimal: '.', error: 'out_of_range' },
    { name: 'rounding up to 1e14', text: '99999999999999.99999', decimal: '.', error: 'out_of_range' },
  ] as { name: string; text: string; decimal: DecimalSeparator; error: string }[])('reports $name as $error', ({ text, decimal, error }) => {
    expect(parseDecimal(text, decimal)).toEqual({ error });
  });

  it('reads every amount of bad_amounts.csv as the README expects', () => {
    // Rows like `B1,2024-02-08,12,5` have four fields and never reach the amount parser.
    const amounts = sharedLines('bad-inputs/bad_amounts.csv')
      .map((line) => line.match(/^[^,]*,[^,]*,(.*)$/)![1])
      .map((cell) => (cell.startsWith('"') ? cell.slice(1, -1) : cell));
    const results = new Map(amounts.map((cell) => [cell, parseDecimal(cell, '.')]));
    expect(Object.fromEntries(results)).toEqual({
      '12.50': { value: '12.5' },
      'N/A': { error: 'not_a_number' },
      '¥1,234.50': { value: '1234.5' },
      '$12': { value: '12' },
      '': { error: 'empty' },
      '-40.00': { value: '-40' },
      '1e3': { value: '1000' },
      '12,5': { error: 'not_a_number' },
      '  7  ': { value: '7' },
      'abc': { error: 'not_a_number' },
    });
  });

  it('reads huge_values.csv without overflow', () => {
    const amounts = sharedLines('bad-inputs/huge_values.csv').map((line) => line.split(',')[2]);
    expect(amounts.map((cell) => parseDecimal(cell, '.'))).toEqual([
      { error: 'out_of_range' },
      { error: 'out_of_range' },
      { error: 'out_of_range' },
      { error: 'out_of_range' },
      { value: '0' },
      { error: 'not_a_number' },
      { error: 'not_a_number' },
    ]);
  });

  it('reads the decimal-comma amounts of semicolon_decimal_comma.csv exactly', () => {
    const amounts = sharedLines('bad-inputs/semicolon_decimal_comma.csv').map((line) => line.split(';')[2]);
    expect(detectDecimalSeparator(amounts)).toBe(',');
    expect(parseDecimal(amounts[1], ',')).toEqual({ value: '1037.01' });
    expect(amounts.every((cell) => 'value' in parseDecimal(cell, ','))).toBe(true);
  });
});

describe('parseCount', () => {
  it.each([
    { name: 'a quantity', text: '6', expected: { value: '6' } },
    { name: 'a return', text: '-2', expected: { value: '-2' } },
    { name: 'a weight', text: '1.25', expected: { value: '1.25' } },
    { name: 'blank', text: '', expected: { error: 'empty' } },
    { name: 'text', text: 'six', expected: { error: 'not_a_number' } },
  ])('reads $name', ({ text, expected }) => {
    expect(parseCount(text)).toEqual(expected);
  });

  it('honours a decimal comma', () => {
    expect(parseCount('1,5', ',')).toEqual({ value: '1.5' });
  });
});

describe('detectDecimalSeparator', () => {
  it.each([
    { name: 'decimal commas', samples: ['1037,05', '12,5', '7'], expected: ',' },
    { name: 'dot thousands with decimal comma', samples: ['1.234,50', '99,00'], expected: ',' },
    { name: 'plain dot decimals', samples: ['11.77', '12.00', '3'], expected: '.' },
    { name: 'any comma-thousands dot-decimal value', samples: ['1037,05', '1,234.50'], expected: '.' },
    { name: 'integers only', samples: ['1', '20', '300'], expected: '.' },
    { name: 'comma thousands only (1,234 is not a decimal)', samples: ['1,234', '12,345'], expected: '.' },
    { name: 'more dot decimals than comma decimals', samples: ['1,5', '2.50', '3.75'], expected: '.' },
    { name: 'currency around decimal commas', samples: ['€ 12,50', '1.000,00 €'], expected: ',' },
    { name: 'nothing', samples: [], expected: '.' },
  ])('picks "$expected" for $name', ({ samples, expected }) => {
    expect(detectDecimalSeparator(samples)).toBe(expected);
  });
});
