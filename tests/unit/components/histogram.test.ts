import { describe, expect, it } from 'vitest';
import { barAt, binRange, histogramLayout, histogramModel, logEdges, logTicks, type HistogramModel } from '../../../src/components/charts/histogram';

const counted = (model: HistogramModel) => model.bins.reduce((sum, item) => sum + item.count, 0) + (model.negative?.count ?? 0);
const noNaN = (model: HistogramModel) =>
  [...model.bins, ...(model.negative ? [model.negative] : [])].every((item) => [item.x0, item.x1, item.count].every(Number.isFinite));

describe('histogramModel', () => {
  it.each([
    { name: 'linear, continuous', values: [0.5, 1.2, 3.3, 9.9, 10], options: {} },
    { name: 'linear, with negatives', values: [-52.3, -1, 0, 0, 15, 1200.5], options: {} },
    { name: 'linear, whole numbers', values: [1, 1, 1, 2, 3, 217], options: { integer: true } },
    { name: 'linear, one value', values: [7, 7, 7], options: { integer: true } },
    { name: 'log, zeros', values: [0, 0, 0, 1, 2, 14000], options: { log: true } },
    { name: 'log, negatives and zeros', values: [-500, -0.01, 0, 0, 3, 99.99], options: { log: true } },
    { name: 'log, only negatives', values: [-3, -2], options: { log: true } },
    { name: 'log, whole numbers', values: [1, 1, 2, 5, 217], options: { log: true, integer: true } },
    { name: 'log, all zeros', values: [0, 0], options: { log: true } },
    { name: 'non-finite values ignored', values: [NaN, Infinity, 1, 2], options: {} },
  ])('$name: every finite value lands in exactly one bin, nothing is NaN', ({ values, options }) => {
    const model = histogramModel(values, options);
    expect(counted(model)).toBe(values.filter(Number.isFinite).length);
    expect(model.total).toBe(values.filter(Number.isFinite).length);
    expect(noNaN(model)).toBe(true);
    for (let index = 1; index < model.bins.length; index++) expect(model.bins[index].x0).toBe(model.bins[index - 1].x1);
  });

  it('log mode puts negatives in their own bar and zeros in the first bin', () => {
    const model = histogramModel([-500, -0.01, 0, 0, 3, 99.99], { log: true });
    expect(model.negative).toMatchObject({ x0: -500, x1: 0, count: 2, negative: true });
    expect(model.bins[0]).toMatchObject({ x0: 0, x1: 1, count: 2 });
    expect(model.domain).toEqual([0, 100]);
  });

  it('linear mode keeps negatives on the axis', () => {
    const model = histogramModel([-52.3, 0, 15, 1200.5]);
    expect(model.negative).toBeNull();
    expect(model.domain[0]).toBeLessThanOrEqual(-52.3);
    expect(model.bins.at(-1)?.closed).toBe(true);
  });

  it('whole numbers get whole-number bins that never split a value', () => {
    const model = histogramModel([1, 2, 2, 3, 3, 3], { integer: true });
    expect(model.bins.map((item) => [item.x0, item.x1, item.count])).toEqual([
      [1, 2, 1],
      [2, 3, 2],
      [3, 4, 3],
    ]);
    expect(binRange(model.bins[0], true, String)).toEqual({ from: '1', to: null });
  });

  it('wide whole-number ranges read as inclusive ranges', () => {
    const model = histogramModel([1, 217], { integer: true });
    expect(model.bins[0]).toMatchObject({ x0: 0, x1: 10, count: 1 });
    expect(binRange(model.bins[0], true, String)).toEqual({ from: '0', to: '9' });
  });

  it('empty input has no bins', () => {
    expect(histogramModel([], { log: true })).toMatchObject({ bins: [], negative: null, total: 0 });
  });
});

describe('logEdges and logTicks', () => {
  it.each([
    { name: 'from zero', min: 0, max: 12, integer: false, edges: [0, 1, 1.5, 2, 3, 5, 7, 10, 15] },
    { name: 'whole numbers skip 1.5', min: 0, max: 4, integer: true, edges: [0, 1, 2, 3, 5] },
    { name: 'starts at the minimum', min: 1, max: 2, integer: true, edges: [1, 2, 3] },
    { name: 'all zeros', min: 0, max: 0, integer: false, edges: [0, 1] },
  ])('$name', ({ min, max, integer, edges }) => {
    expect(logEdges(min, max, integer)).toEqual(edges);
  });

  it.each([
    { name: 'roomy', domain: [0, 150] as [number, number], count: 10, ticks: [0, 1, 2, 5, 10, 20, 50, 100] },
    { name: 'tight', domain: [0, 15000] as [number, number], count: 6, ticks: [0, 1, 10, 100, 1000, 10000] },
    { name: 'from one', domain: [1, 300] as [number, number], count: 3, ticks: [1, 10, 100] },
  ])('log ticks, $name', ({ domain, count, ticks }) => {
    expect(logTicks(domain, count)).toEqual(ticks);
  });
});

describe('histogramLayout', () => {
  it('puts the negative bar left of the axis and every bar inside the plot', () => {
    const model = histogramModel([-5, 0, 1, 2, 50, 900], { log: true });
    const layout = histogramLayout(model, 400, 200);
    expect(layout.bars[0].bin.negative).toBe(true);
    expect(layout.bars[0].x + layout.bars[0].width).toBeLessThan(layout.plot.left);
    for (const bar of layout.bars) {
      expect([bar.x, bar.y, bar.width, bar.height].every(Number.isFinite)).toBe(true);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 0.5);
    }
    expect(layout.xTicks[0]).toMatchObject({ value: 0, position: layout.plot.left });
    expect(barAt(layout.bars, layout.bars[1].x + 1)).toBe(1);
    expect(barAt(layout.bars, -10)).toBeNull();
  });

  it('a zero width does not produce NaN', () => {
    const layout = histogramLayout(histogramModel([1, 2, 3]), 0, 200);
    expect(layout.bars.every((bar) => Number.isFinite(bar.x) && Number.isFinite(bar.width))).toBe(true);
  });
});
