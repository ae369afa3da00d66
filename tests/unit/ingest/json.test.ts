import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonRecords } from '../../../src/lib/ingest/json';
import { ReadError } from '../../../src/lib/ingest/read-table';

const sharedText = (relative: string) => readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url), 'utf8');

describe('parseJsonRecords', () => {
  it.each([
    { file: 'bad-inputs/orders.ndjson', format: 'ndjson', first: ['J0', '2024-04-01T10:00:00', '12.5'], lines: [1, 2, 3] },
    { file: 'bad-inputs/orders_array.json', format: 'json', first: ['J0', '2024-04-01', '12.5'], lines: [1, 1, 1] },
  ])('reads $file', ({ file, format, first, lines }) => {
    const table = parseJsonRecords(sharedText(file));
    expect(table).toMatchObject({ format, hasHeader: true, malformed: [] });
    expect(table.columns).toEqual(['customer', 'ts', 'total']);
    expect(table.rows.length).toBe(15);
    expect(table.rows[0]).toEqual(first);
    expect(Array.from(table.lineNumbers).slice(0, 3)).toEqual(lines);
  });

  it('takes columns as the union of keys in order of first appearance', () => {
    const table = parseJsonRecords('{"a": 1}\n{"b": "x", "a": 2}\n{"c": null}\n');
    expect(table.columns).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      ['1', '', ''],
      ['2', 'x', ''],
      ['', '', ''],
    ]);
  });

  it.each([
    { name: 'a string', value: '"00001"', cell: '00001' },
    { name: 'an integer', value: '12', cell: '12' },
    { name: 'a decimal', value: '12.75', cell: '12.75' },
    { name: 'null', value: 'null', cell: '' },
    { name: 'a boolean', value: 'true', cell: 'true' },
    { name: 'an object', value: '{"x": 1}', cell: '{"x":1}' },
    { name: 'an array', value: '[1, 2]', cell: '[1,2]' },
    { name: 'markup, kept as text', value: '"<b>x</b>"', cell: '<b>x</b>' },
  ])('turns $name into a cell', ({ value, cell }) => {
    expect(parseJsonRecords(`[{"v": ${value}}]`).rows).toEqual([[cell]]);
  });

  it('reports an invalid NDJSON line with its line number and keeps the rest', () => {
    const table = parseJsonRecords('{"id": "a", "amount": 1}\n{"id": "b", "amount": \n\n{"id": "c", "amount": 3}\n[1, 2]\n');
    expect(table.rows).toEqual([
      ['a', '1'],
      ['c', '3'],
    ]);
    expect(Array.from(table.lineNumbers)).toEqual([1, 4]);
    expect(table.malformed).toEqual([
      { line: 2, reason: 'invalid_json' },
      { line: 5, reason: 'invalid_json' },
    ]);
  });

  it('gives each element of a pretty-printed array the line it starts on', () => {
    const text = '[\n  {\n    "id": "a",\n    "note": "x, ] { \\" y"\n  },\n  {"id": "b"},\n  42,\n  {"id": "c"}\n]\n';
    const table = parseJsonRecords(text);
    expect(table.rows).toEqual([
      ['a', 'x, ] { " y'],
      ['b', ''],
      ['c', ''],
    ]);
    expect(Array.from(table.lineNumbers)).toEqual([2, 6, 8]);
    expect(table.malformed).toEqual([{ line: 7, reason: 'invalid_json' }]);
  });

  it('reads records held under a single key, and a single pretty-printed object', () => {
    expect(parseJsonRecords('{"orders": [{"id": "a"}, {"id": "b"}]}').rows).toEqual([['a'], ['b']]);
    expect(parseJsonRecords('{\n  "id": "a",\n  "amount": 5\n}\n').rows).toEqual([['a', '5']]);
  });

  it.each([
    { name: 'a broken JSON array', text: '[{"id": "a"}, {"id": ' },
    { name: 'an array of numbers', text: '[1, 2, 3]' },
    { name: 'lines that are all broken', text: '{"id": \n{"id": \n' },
  ])('throws ReadError invalid_json for $name', ({ text }) => {
    expect(() => parseJsonRecords(text)).toThrowError(ReadError);
    try {
      parseJsonRecords(text);
    } catch (error) {
      expect((error as ReadError).code).toBe('invalid_json');
    }
  });
});

describe('parseJsonRecords line numbers of wrapped records', () => {
  it('finds the lines of records under a single key', () => {
    const table = parseJsonRecords('{\n  "orders": [\n    {"id": "a", "tags": [1, 2]},\n    {"id": "b"}\n  ]\n}\n');
    expect(table.rows).toEqual([
      ['a', '[1,2]'],
      ['b', ''],
    ]);
    expect(Array.from(table.lineNumbers)).toEqual([3, 4]);
  });

  it('reads an object with an array field as one record, not as its items', () => {
    const table = parseJsonRecords('\n{"id": "a", "items": [{"sku": 1}]}\n');
    expect(table.rows).toEqual([['a', '[{"sku":1}]']]);
    expect(Array.from(table.lineNumbers)).toEqual([2]);
  });
});
