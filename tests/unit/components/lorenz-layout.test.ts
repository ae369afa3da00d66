import { describe, expect, it } from 'vitest';
import { lorenzLayout, nearMark } from '../../../src/components/charts/lorenz-layout';
import { lorenzCurve } from '../../../src/lib/domain/concentration';

// Four customers spending 0, 0, 10, 30: the poorest half hold nothing, the top quarter 75 %.
const curve = lorenzCurve([0, 30, 0, 10]);
// Width 364 → side 300 (the cap): plot x 48…348, y 12 (100 %) … 312 (0 %).
const layout = lorenzLayout(curve, { topCustomers: 1, customers: 4, share: 0.75 }, 364);

describe('lorenzLayout', () => {
  it('draws a square plot of at most 300 pixels with the same 0–100 % ticks on both axes', () => {
    expect(layout.plot).toEqual({ left: 48, right: 348, top: 12, bottom: 312 });
    expect(layout.height).toBe(350);
    expect(layout.xTicks.map((tick) => [tick.value, tick.position])).toEqual([[0, 48], [0.25, 123], [0.5, 198], [0.75, 273], [1, 348]]);
    expect(layout.yTicks.map((tick) => [tick.value, tick.position])).toEqual([[0, 312], [0.25, 237], [0.5, 162], [0.75, 87], [1, 12]]);
    expect(lorenzLayout(curve, null, 200).plot).toEqual({ left: 48, right: 184, top: 12, bottom: 148 });
  });

  it('runs the curve through every point, poorest first, and the diagonal corner to corner', () => {
    expect(layout.curve).toBe('M48,312L123,312L198,312L273,237L348,12');
    expect(layout.diagonal).toEqual({ x1: 48, y1: 312, x2: 348, y2: 12 });
    // The gap runs along the curve, then back along the diagonal.
    expect(layout.gap).toBe('M48,312L123,312L198,312L273,237L348,12L348,12L273,87L198,162L123,237L48,312Z');
  });

  it.each([
    { name: 'the top quarter holding 75 % sits at (75 %, 25 %)', highlight: { topCustomers: 1, customers: 4, share: 0.75 }, expected: { customerShare: 0.75, revenueShare: 0.25, x: 273, y: 237, topY: 12 } },
    { name: 'everyone equal puts the mark on the diagonal', highlight: { topCustomers: 1, customers: 5, share: 0.2 }, expected: { customerShare: 0.8, revenueShare: 0.8, x: 288, y: 72, topY: 12 } },
  ])('$name', ({ highlight, expected }) => {
    const mark = lorenzLayout(curve, highlight, 364).mark!;
    expect(mark.customerShare).toBeCloseTo(expected.customerShare, 12);
    expect(mark.revenueShare).toBeCloseTo(expected.revenueShare, 12);
    expect(mark.x).toBeCloseTo(expected.x, 9);
    expect(mark.y).toBeCloseTo(expected.y, 9);
    expect(mark.topY).toBe(expected.topY);
  });

  it.each([
    { name: 'no revenue (NaN share)', highlight: { topCustomers: 1, customers: 4, share: NaN } },
    { name: 'no customers', highlight: { topCustomers: 0, customers: 0, share: NaN } },
    { name: 'no highlight asked', highlight: null },
  ])('has no mark with $name', ({ highlight }) => {
    expect(lorenzLayout(curve, highlight, 364).mark).toBeNull();
  });

  it('draws nothing from fewer than two points and survives a zero width', () => {
    const empty = lorenzLayout({ customerShare: new Float64Array(), revenueShare: new Float64Array() }, null, 0);
    expect(empty.curve).toBe('');
    expect(empty.gap).toBe('');
    expect(empty.plot.right).toBeGreaterThan(empty.plot.left);
  });
});

describe('nearMark', () => {
  it.each([
    { name: 'on the mark', x: 273, y: 237, near: true },
    { name: '24 pixels away', x: 273, y: 261, near: true },
    { name: '30 pixels away', x: 303, y: 237, near: false },
  ])('$name → $near', ({ x, y, near }) => {
    expect(nearMark(layout.mark, x, y)).toBe(near);
  });

  it('is false without a mark', () => {
    expect(nearMark(null, 0, 0)).toBe(false);
  });
});
