import { describe, expect, it } from 'vitest';
import { nearestIndex, retentionCurveLayout, stepIndex } from '../../../src/components/charts/retention-curve-layout';

describe('retentionCurveLayout', () => {
  // Period 0 is always 100 %; periods 1–3 average 20 %, 10 %, 5 %; period 4 not reached by any cohort.
  const layout = retentionCurveLayout(Float64Array.of(1, 0.2, 0.1, 0.05, NaN), 364);

  it('starts at period 1 and leaves out periods nobody reached', () => {
    expect(layout.points.map((point) => [point.offset, point.share])).toEqual([
      [1, 0.2],
      [2, 0.1],
      [3, 0.05],
    ]);
  });

  it('spreads periods 1 to the last across the plot and scales y from 0 to the top share', () => {
    expect(layout.points.map((point) => point.x)).toEqual([48, 148, 248]);
    expect(layout.points[0].y).toBe(layout.plot.top);
    expect(layout.yTicks[0]).toEqual({ value: 0, position: layout.plot.bottom });
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    { name: 'only period 0', curve: Float64Array.of(1), points: 0 },
    { name: 'an empty matrix', curve: new Float64Array(0), points: 0 },
    { name: 'nobody came back', curve: Float64Array.of(1, 0, 0), points: 2 },
  ])('$name draws without dividing by zero', ({ curve, points }) => {
    const empty = retentionCurveLayout(curve, 300);
    expect(empty.points.length).toBe(points);
    expect(empty.yTicks.every((tick) => Number.isFinite(tick.position))).toBe(true);
  });
});

describe('nearestIndex and stepIndex', () => {
  it.each([
    { name: 'left of everything', x: 0, index: 0 },
    { name: 'between, closer to the second', x: 130, index: 1 },
    { name: 'right of everything', x: 999, index: 2 },
  ])('nearest: $name', ({ x, index }) => {
    expect(nearestIndex([{ x: 48 }, { x: 148 }, { x: 248 }], x)).toBe(index);
  });

  it('no points, no index', () => {
    expect(nearestIndex([], 10)).toBe(-1);
  });

  it.each([
    { name: 'right moves on', index: 0, key: 'ArrowRight', next: 1 },
    { name: 'left stops at the start', index: 0, key: 'ArrowLeft', next: 0 },
    { name: 'End jumps to the last', index: 0, key: 'End', next: 4 },
    { name: 'Home jumps to the first', index: 3, key: 'Home', next: 0 },
    { name: 'other keys are not ours', index: 1, key: 'a', next: null },
  ])('step: $name', ({ index, key, next }) => {
    expect(stepIndex(index, 5, key)).toBe(next);
  });
});
