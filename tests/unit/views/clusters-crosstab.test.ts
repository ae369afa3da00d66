import { describe, expect, it } from 'vitest';
import { cellShade, crossTab, filledColumns } from '../../../src/views/clusters/crosstab';

describe('crossTab', () => {
  it('counts customers per cluster and segment, with row, column and grand totals', () => {
    const labels = Int32Array.from([0, 0, 1, 1, 1, 2]);
    const segments = Uint16Array.from([0, 2, 2, 2, 0, 3]);
    const table = crossTab(labels, 3, segments, 4);
    expect(table.counts).toEqual([
      [1, 0, 1, 0],
      [1, 0, 2, 0],
      [0, 0, 0, 1],
    ]);
    expect(table.rowTotals).toEqual([2, 3, 1]);
    expect(table.columnTotals).toEqual([2, 0, 3, 1]);
    expect(table.total).toBe(6);
    expect(filledColumns(table)).toEqual([0, 2, 3]);
  });

  it.each([
    { name: 'no customers', labels: [], segments: [], k: 2, total: 0 },
    { name: 'labels beyond k and unknown segments are skipped', labels: [0, 5, 1], segments: [0, 0, 9], k: 2, total: 1 },
  ])('$name', ({ labels, segments, k, total }) => {
    const table = crossTab(labels, k, segments, 2);
    expect(table.total).toBe(total);
    expect(table.counts).toHaveLength(k);
  });

  it('shades a cell by its share of the cluster; an empty cluster is unshaded', () => {
    expect(cellShade(3, 4)).toBe(0.75);
    expect(cellShade(0, 0)).toBe(0);
  });
});
