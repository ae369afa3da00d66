import { describe, expect, it } from 'vitest';
import { monthLabel, trendLinesLayout } from '../../../src/components/charts/trend-lines-layout';

const JAN_1997 = 1997 * 12;
const months = [JAN_1997, JAN_1997 + 1, JAN_1997 + 2, JAN_1997 + 3, JAN_1997 + 4];

describe('monthLabel', () => {
  it.each([
    { name: 'January', month: JAN_1997, label: '1997-01' },
    { name: 'December of the year before', month: JAN_1997 - 1, label: '1996-12' },
  ])('$name', ({ month, label }) => {
    expect(monthLabel(month)).toBe(label);
  });
});

describe('trendLinesLayout', () => {
  // Plot from x = 64 to 464 (width 480 minus margins): 100 px per month over five months.
  const layout = trendLinesLayout(
    months,
    [
      { key: 'all', color: '#000', values: [10, 20, NaN, 40, 50] },
      { key: 'small', color: '#111', values: [0, 5, 5, 5, 5] },
    ],
    480,
  );

  it('months spread evenly across the plot', () => {
    expect(layout.columns).toEqual([0, 1, 2, 3, 4].map((at) => ({ at, x: 64 + at * 100 })));
  });

  it('a month without a value breaks the line and has no dot', () => {
    expect(layout.lines[0].path.match(/M/g)?.length).toBe(2);
    expect(layout.lines[0].dots.map((dot) => dot.at)).toEqual([0, 1, 3, 4]);
    expect(layout.lines[1].path.match(/M/g)?.length).toBe(1);
  });

  it('y runs from 0 to the largest value, shared by every line', () => {
    expect(layout.yTicks[0]).toEqual({ value: 0, position: layout.plot.bottom });
    expect(layout.yTicks.at(-1)).toEqual({ value: 50, position: layout.plot.top });
    expect(layout.lines[0].dots.at(-1)?.y).toBe(layout.plot.top);
  });

  it.each([
    { name: 'negative values (net returns) extend the axis below 0', values: [-20, 30], low: -20, high: 30 },
    { name: 'all zero still has a readable axis', values: [0, 0], low: 0, high: 1 },
    { name: 'no values at all', values: [NaN, NaN], low: 0, high: 1 },
  ])('$name', ({ values, low, high }) => {
    const ticks = trendLinesLayout(months.slice(0, 2), [{ key: 'x', color: '#000', values }], 480).yTicks.map((tick) => tick.value);
    expect([ticks[0], ticks.at(-1)]).toEqual([low, high]);
  });

  it.each([
    { name: 'wide: every month labelled', width: 480, ticks: months },
    { name: 'narrow: every other month', width: 300, ticks: [months[0], months[2], months[4]] },
  ])('$name', ({ width, ticks }) => {
    expect(trendLinesLayout(months, [], width).xTicks.map((tick) => tick.value)).toEqual(ticks);
  });

  it('one month sits in the middle', () => {
    expect(trendLinesLayout([JAN_1997], [{ key: 'x', color: '#000', values: [3] }], 480).columns).toEqual([{ at: 0, x: 264 }]);
  });
});
