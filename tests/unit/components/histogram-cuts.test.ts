import { describe, expect, it } from 'vitest';
import { histogramLayout, histogramModel } from '../../../src/components/charts/histogram';

describe('histogramLayout cut lines', () => {
  it('places a cut at the left edge of the bar it opens ([lower, upper) bins)', () => {
    const model = histogramModel([1, 2, 3, 4, 5, 6, 7, 8], { integer: true });
    const layout = histogramLayout(model, 400, 200, [4, 5, 6, 8]);
    const barStartingAt = (value: number) => layout.bars.find((bar) => bar.bin.x0 === value)!;
    expect(layout.cutLines.map((cut) => cut.value)).toEqual([4, 5, 6, 8]);
    for (const cut of layout.cutLines) expect(cut.position).toBeCloseTo(barStartingAt(cut.value).x - 0.5, 6);
  });

  it('leaves out cuts outside the axis and infinite ones', () => {
    const model = histogramModel([10, 20, 30], {});
    const layout = histogramLayout(model, 400, 200, [-5, 15, Infinity, 1000]);
    expect(layout.cutLines.map((cut) => cut.value)).toEqual([15]);
  });

  it('uses the log axis position on a log histogram', () => {
    const model = histogramModel([1, 10, 100, 1000], { log: true });
    const layout = histogramLayout(model, 400, 200, [99]);
    const at100 = layout.bars.find((bar) => bar.bin.x0 === 100)!;
    expect(layout.cutLines[0].position).toBeLessThan(at100.x);
    expect(layout.cutLines[0].position).toBeGreaterThan(layout.plot.left);
  });

  it('has no cut lines unless asked', () => {
    expect(histogramLayout(histogramModel([1, 2, 3]), 400, 200).cutLines).toEqual([]);
  });
});
