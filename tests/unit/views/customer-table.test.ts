import { describe, expect, it } from 'vitest';
import { directed, filterIndices, sortedIndices } from '../../../src/components/ui/table-order';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import { CUSTOMER_TABLE_COLUMNS, customerCellText, customerComparator, customerMatcher, type CustomerColumnKey } from '../../../src/views/rfm/customer-table';
import { en } from '../../../src/lib/i18n/en';

const rfmViewStrings: Record<string, string> = en;

const rows = [
  { id: 'C10', firstDay: 10, lastDay: 100, frequency: 3, monetaryCents: 5000 },
  { id: '<script>alert(1)</script>', firstDay: 5, lastDay: 50, frequency: 1, monetaryCents: -250 },
  { id: 'C2', firstDay: 20, lastDay: 100, frequency: 8, monetaryCents: 120000 },
  { id: '<img src=x onerror=alert(1)>', firstDay: 1, lastDay: 90, frequency: 2, monetaryCents: 900 },
];
const result = computeRfm(metricsFromRows(rows), 101, DEFAULT_SEGMENT_RULES);
const format = { day: (day: number) => `day ${day}`, money: (cents: number) => (cents / 100).toFixed(2), integer: String };
const order = (key: CustomerColumnKey, direction: 'asc' | 'desc' = 'asc') =>
  Array.from(sortedIndices(rows.length, directed(customerComparator(result, key), direction)));

describe('customer table ordering', () => {
  it.each([
    { key: 'customer_id' as const, direction: 'asc' as const, ids: ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'C2', 'C10'] },
    { key: 'monetary' as const, direction: 'desc' as const, ids: ['C2', 'C10', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>'] },
    { key: 'last_order' as const, direction: 'desc' as const, ids: ['C10', 'C2', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>'] },
    { key: 'frequency' as const, direction: 'asc' as const, ids: ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'C10', 'C2'] },
  ])('$key $direction', ({ key, direction, ids }) => {
    expect(order(key, direction).map((index) => rows[index].id)).toEqual(ids);
  });

  it.each([
    { name: 'already sorted ids (the usual case)', ids: ['A1', 'a1', 'a2', 'a10'], order: ['A1', 'a1', 'a2', 'a10'] },
    { name: 'unsorted ids, numeric parts compared as numbers', ids: ['x10', 'x9', 'X9', 'x1'], order: ['x1', 'x9', 'X9', 'x10'] },
  ])('ids: $name, ties keep row order both ways', ({ ids, order: expected }) => {
    const own = computeRfm(metricsFromRows(ids.map((id) => ({ ...rows[0], id }))), 101, DEFAULT_SEGMENT_RULES);
    const sortBy = (direction: 'asc' | 'desc') => Array.from(sortedIndices(ids.length, directed(customerComparator(own, 'customer_id'), direction)), (index) => ids[index]);
    expect(sortBy('asc')).toEqual(expected);
    const descending = sortBy('desc');
    expect(descending.map((id) => id.toLowerCase())).toEqual([...expected].reverse().map((id) => id.toLowerCase()));
  });

  it('every column has a comparator and a cell text', () => {
    for (const { key } of CUSTOMER_TABLE_COLUMNS) {
      expect(order(key)).toHaveLength(rows.length);
      expect(typeof customerCellText(result, 0, key, format)).toBe('string');
    }
  });
});

describe('customer search', () => {
  it.each([
    { name: 'empty query matches everyone', query: '  ', ids: null },
    { name: 'id substring, any case', query: 'c1', ids: ['C10'] },
    { name: 'markup is plain text', query: '<script', ids: ['<script>alert(1)</script>'] },
    { name: 'segment name', query: result.segmentNames[result.segment[2]].toUpperCase(), ids: null as string[] | null },
  ])('$name', ({ query, ids }) => {
    const keep = customerMatcher(result, query);
    if (query.trim() === '') return expect(keep).toBeNull();
    const kept = Array.from(filterIndices(rows.length, keep!)).map((index) => rows[index].id);
    if (ids) expect(kept).toEqual(ids);
    else expect(kept).toContain('C2');
  });
});

describe('cell text', () => {
  it.each([
    { key: 'customer_id' as const, text: '<script>alert(1)</script>' },
    { key: 'first_order' as const, text: 'day 5' },
    { key: 'monetary' as const, text: '-2.50' },
    { key: 'recency_days' as const, text: '51' },
  ])('$key', ({ key, text }) => {
    expect(customerCellText(result, 1, key, format)).toBe(text);
  });
});

describe('strings', () => {
  it('has an English label for every column', () => {
    for (const { key } of CUSTOMER_TABLE_COLUMNS) expect(rfmViewStrings[`table.col.${key}`]).toBeTruthy();
  });
});
