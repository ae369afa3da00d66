import { describe, expect, it } from 'vitest';
import { directed } from '../../../src/components/ui/table-order';
import { warningColumns, warningCellText, warningComparator, type WarningColumnKey } from '../../../src/views/lifecycle/warning-table';
import { orderRows } from '../../../src/views/lifecycle/warning-filters';
import { warningFixture } from './warning-fixture';

const lifecycle = warningFixture();
const ids = (rows: ArrayLike<number>) => Array.from(rows, (index) => lifecycle.rfm.metrics.ids[index]);
const clusters = { labels: Int32Array.of(1, 0, 0, 2, 1, 0), names: ['Active', 'Lapsed', 'Gone'] };
const everyone = [0, 1, 2, 3, 4, 5];
const format = {
  day: (day: number) => `day ${day}`,
  money: (cents: number) => `$${cents / 100}`,
  integer: (value: number) => `#${value}`,
  stage: (stage: string) => stage.toUpperCase(),
  reason: (reason: { daysSinceLastOrder: number; usualGapDays: number | null }) => `${reason.daysSinceLastOrder}/${reason.usualGapDays}`,
};

describe('warning table', () => {
  it.each([
    { name: 'warnings only, no clustering', options: { clusters: false, stage: false }, expected: ['customer_id', 'segment', 'monetary', 'last_order', 'days_since_last_order', 'usual_gap', 'reason'] },
    { name: 'a trigger’s customers after clustering', options: { clusters: true, stage: true }, expected: ['customer_id', 'segment', 'cluster', 'stage', 'monetary', 'last_order', 'days_since_last_order', 'usual_gap', 'reason'] },
  ])('columns: $name', ({ options, expected }) => {
    expect(warningColumns(options).map((column) => column.key)).toEqual(expected);
  });

  it.each<{ name: string; key: WarningColumnKey; direction: 'asc' | 'desc'; expected: string[] }>([
    { name: 'monetary descending, ties in customer order (the default list order)', key: 'monetary', direction: 'desc', expected: ['D', 'B', 'A', 'E', '=F', 'C'] },
    { name: 'days since the last order ascending', key: 'days_since_last_order', direction: 'asc', expected: ['C', 'B', '=F', 'A', 'E', 'D'] },
    { name: 'usual gap ascending, a single order date last', key: 'usual_gap', direction: 'asc', expected: ['C', 'A', '=F', 'E', 'D', 'B'] },
    // Days ÷ usual gap: A 150/41 ≈ 3.66, D 426/120 ≈ 3.55, =F 122/45.5 ≈ 2.68; B has no gap (first).
    { name: 'reason: how far past the usual gap, descending', key: 'reason', direction: 'desc', expected: ['B', 'A', 'D', '=F', 'E', 'C'] },
    { name: 'cluster ascending', key: 'cluster', direction: 'asc', expected: ['B', 'C', '=F', 'A', 'E', 'D'] },
    { name: 'segment ascending (collated)', key: 'segment', direction: 'asc', expected: ['A', 'D', 'E', 'C', '=F', 'B'] },
    { name: 'last order descending', key: 'last_order', direction: 'desc', expected: ['C', 'B', '=F', 'A', 'E', 'D'] },
  ])('sort: $name', ({ key, direction, expected }) => {
    expect(ids(orderRows(everyone, directed(warningComparator(lifecycle, key, clusters), direction)))).toEqual(expected);
  });

  it.each<{ key: WarningColumnKey; index: number; expected: string }>([
    { key: 'customer_id', index: 5, expected: '=F' },
    { key: 'segment', index: 0, expected: 'About To Sleep' },
    { key: 'cluster', index: 0, expected: '2 · Lapsed' },
    { key: 'stage', index: 3, expected: 'CHURNED' },
    { key: 'monetary', index: 1, expected: '$120' },
    { key: 'days_since_last_order', index: 0, expected: '#150' },
    { key: 'usual_gap', index: 5, expected: '#46' },
    { key: 'usual_gap', index: 1, expected: '–' },
    { key: 'reason', index: 1, expected: '122/null' },
  ])('cell $key of customer $index is "$expected"', ({ key, index, expected }) => {
    expect(warningCellText(lifecycle, index, key, clusters, format)).toBe(expected);
  });

  it('leaves the cluster cell empty without clustering', () => {
    expect(warningCellText(lifecycle, 0, 'cluster', null, format)).toBe('');
  });
});
