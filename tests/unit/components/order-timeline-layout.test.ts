import { describe, expect, it } from 'vitest';
import { orderTimelineLayout, rowsByDay, tickLabel } from '../../../src/components/charts/order-timeline-layout';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const rows = (list: [string, number, 0 | 1][]) => ({
  orderDay: list.map(([iso]) => day(iso)),
  amountCents: list.map(([, cents]) => cents),
  isReturn: list.map(([, , isReturn]) => isReturn),
});

// Two purchases on one day, one later purchase, then a return; the as-of date after all of them.
const customer = rows([
  ['1997-01-10', 1000, 0],
  ['1997-01-10', 1000, 0],
  ['1997-03-01', 4000, 0],
  ['1997-03-20', -1000, 1],
]);

describe('rowsByDay', () => {
  it('sums purchases and returns per day, oldest first, counting rows', () => {
    expect(rowsByDay(customer)).toEqual([
      { day: day('1997-01-10'), rows: 2, purchaseCents: 2000, returnCents: 0 },
      { day: day('1997-03-01'), rows: 1, purchaseCents: 4000, returnCents: 0 },
      { day: day('1997-03-20'), rows: 1, purchaseCents: 0, returnCents: 1000 },
    ]);
  });
});

describe('orderTimelineLayout', () => {
  const layout = orderTimelineLayout(customer, day('1997-07-01'), 400);

  it('draws one bar per day, purchases up from the axis sized by amount on one scale, returns down', () => {
    expect(layout.days.map((entry) => [entry.purchaseHeight, entry.returnHeight])).toEqual([
      [34, 0],
      [68, 0],
      [0, 17],
    ]);
    expect(layout.days.every((entry) => entry.purchaseY + entry.purchaseHeight === layout.axisY)).toBe(true);
    // The return band below the axis makes the chart taller.
    expect(layout.height).toBe(18 + 72 + 28 + 22);
    expect(orderTimelineLayout(rows([['1997-01-10', 1000, 0]]), day('1997-07-01'), 400).height).toBe(18 + 72 + 22);
  });

  it('runs the axis from before the first order to after the as-of date, in date order', () => {
    const xs = layout.days.map((entry) => entry.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeGreaterThan(layout.plot.left);
    expect(layout.asOfX).toBeGreaterThan(xs[2]);
    expect(layout.asOfX).toBeLessThan(layout.plot.right);
    expect(layout.days.map((entry) => entry.afterAsOf)).toEqual([false, false, false]);
  });

  it('marks rows after the as-of date and keeps the as-of line inside the plot', () => {
    const early = orderTimelineLayout(customer, day('1997-02-01'), 400);
    expect(early.days.map((entry) => entry.afterAsOf)).toEqual([false, true, true]);
    expect(early.asOfX).toBeGreaterThan(early.days[0].x);
    expect(early.asOfX).toBeLessThan(early.days[1].x);
  });

  it('keeps tiny orders visible and survives a customer without rows', () => {
    const tiny = orderTimelineLayout(rows([['1997-01-10', 100_000, 0], ['1997-02-10', 1, 0]]), day('1997-03-01'), 400);
    expect(tiny.days[1].purchaseHeight).toBe(2);
    const empty = orderTimelineLayout(rows([]), day('1997-03-01'), 400);
    expect(empty.days).toEqual([]);
    expect(Number.isFinite(empty.asOfX)).toBe(true);
  });

  it('labels ticks by the coarsest unit they fall on', () => {
    expect([tickLabel(day('1998-01-01')), tickLabel(day('1998-04-01')), tickLabel(day('1998-04-15'))]).toEqual(['1998', '1998-04', '1998-04-15']);
    expect(layout.xTicks.length).toBeGreaterThan(1);
    expect(layout.xTicks.every((tick) => tick.position >= layout.plot.left && tick.position <= layout.plot.right)).toBe(true);
  });
});
