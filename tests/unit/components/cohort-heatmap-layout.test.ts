import { describe, expect, it } from 'vitest';
import { cohortHeatmapLayout, cohortLabel, shareColorMax, stepCohortCell } from '../../../src/components/charts/cohort-heatmap-layout';
import { HEATMAP_HIGH } from '../../../src/components/charts/heatmap-layout';
import { dayFromParts } from '../../../src/lib/domain/dates';
import { retentionMatrix } from '../../../src/lib/domain/lifecycle/cohorts';
import { periodNumber, type CohortPeriod } from '../../../src/lib/domain/lifecycle/periods';

const day = (year: number, month: number, date: number) => dayFromParts(year, month, date)!;
const jan = periodNumber(day(1997, 1, 15), 'month');
// January: 10 customers, 4 back in February, 0 in March; February: 5, 1 in March. Data through 1997-03-20.
const matrix = retentionMatrix(
  {
    period: 'month',
    cohort: Int32Array.of(jan, jan, jan + 1, jan + 1),
    offset: Int32Array.of(0, 1, 0, 1),
    customers: Int32Array.of(10, 4, 5, 1),
    revenueCents: Float64Array.of(1000, 400, 500, -20),
  },
  day(1997, 3, 20),
);

describe('cohortLabel', () => {
  it.each<{ name: string; date: [number, number, number]; period: CohortPeriod; label: string }>([
    { name: 'a month is year-month', date: [1997, 1, 20], period: 'month', label: '1997-01' },
    { name: 'a quarter is year and quarter', date: [1997, 8, 2], period: 'quarter', label: '1997 Q3' },
    { name: 'a week is its Monday', date: [1997, 1, 1], period: 'week', label: '1996-12-30' },
  ])('$name', ({ date, period, label }) => {
    expect(cohortLabel(periodNumber(day(...date), period), period)).toBe(label);
  });

  it('quarter text can come from the interface language', () => {
    expect(cohortLabel(1997 * 4, 'quarter', (year, quarter) => `${year}年第${quarter}季度`)).toBe('1997年第1季度');
  });
});

describe('cohortHeatmapLayout', () => {
  it('only observed cells get a box, carrying the chosen measure', () => {
    const layout = cohortHeatmapLayout(matrix, 'revenue', 600);
    expect(layout.cells.map((cell) => [cell.cohortStart, cell.offset, cell.customers, cell.value])).toEqual([
      ['1997-01-01', 0, 10, 1000],
      ['1997-01-01', 1, 4, 400],
      ['1997-01-01', 2, 0, 0],
      ['1997-02-01', 0, 5, 500],
      ['1997-02-01', 1, 1, -20],
    ]);
    expect(cohortHeatmapLayout(matrix, 'share', 600).cells.map((cell) => cell.value)).toEqual([1, 0.4, 0, 1, 0.2]);
    expect(layout.rows.map((row) => [row.cohortStart, row.size])).toEqual([
      ['1997-01-01', 10],
      ['1997-02-01', 5],
    ]);
  });

  it.each([
    { name: 'wide: cells capped, values shown', width: 600, cellWidth: 72, showValues: true, plotWidth: 216, ticks: [0, 1, 2] },
    { name: 'medium: cells share the width', width: 150, cellWidth: 50, showValues: true, plotWidth: 150, ticks: [0, 1, 2] },
    { name: 'narrow: minimum cell, no values, scrolls, sparse ticks', width: 20, cellWidth: 14, showValues: false, plotWidth: 42, ticks: [0] },
  ])('$name', ({ width, cellWidth, showValues, plotWidth, ticks }) => {
    const layout = cohortHeatmapLayout(matrix, 'share', width);
    expect({ cellWidth: layout.cellWidth, showValues: layout.showValues, plotWidth: layout.plotWidth }).toEqual({ cellWidth, showValues, plotWidth });
    expect(layout.columnTicks.map((tick) => tick.offset)).toEqual(ticks);
    expect(layout.height).toBe(layout.header + 2 * layout.rowHeight);
  });

  it('colours by share against the best later share; the first period is clamped to the top', () => {
    expect(shareColorMax(matrix)).toBe(0.4);
    const [first, second, third] = cohortHeatmapLayout(matrix, 'customers', 600).cells;
    expect(first.fill).toBe(second.fill);
    expect(first.fill).toBe('rgb(47, 95, 208)'); // HEATMAP_HIGH
    expect(HEATMAP_HIGH).toBe('#2f5fd0');
    expect(third.fill).toBe('rgb(237, 241, 251)'); // the low end for 0 %
    expect([second.ink, third.ink]).toEqual(['light', 'dark']);
  });

  it('a matrix with only first periods still has a colour domain', () => {
    const single = retentionMatrix({ period: 'quarter', cohort: Int32Array.of(7988), offset: Int32Array.of(0), customers: Int32Array.of(3), revenueCents: Float64Array.of(9) }, 7988 * 91);
    expect(shareColorMax(single)).toBe(1);
  });
});

describe('stepCohortCell', () => {
  it.each([
    { name: 'right within the row', from: [0, 0], key: 'ArrowRight', to: { row: 0, offset: 1 } },
    { name: 'right stops at the last observed period', from: [1, 1], key: 'ArrowRight', to: { row: 1, offset: 1 } },
    { name: 'down into a shorter row clamps the offset', from: [0, 2], key: 'ArrowDown', to: { row: 1, offset: 1 } },
    { name: 'up stops at the first cohort', from: [0, 1], key: 'ArrowUp', to: { row: 0, offset: 1 } },
    { name: 'End goes to the last observed period', from: [0, 0], key: 'End', to: { row: 0, offset: 2 } },
    { name: 'Home goes to the first period', from: [0, 2], key: 'Home', to: { row: 0, offset: 0 } },
    { name: 'other keys do nothing', from: [0, 0], key: 'Enter', to: null },
  ])('$name', ({ from, key, to }) => {
    expect(stepCohortCell(matrix, from[0], from[1], key)).toEqual(to);
  });
});
