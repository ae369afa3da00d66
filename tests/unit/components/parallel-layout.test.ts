import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS, clusterColor } from '../../../src/components/charts/cluster-palette';
import { formatRatio, parallelLayout, ratioExponent } from '../../../src/components/charts/parallel-layout';

describe('ratioExponent', () => {
  it.each([
    { name: 'all near average: at least ×2', ratios: [0.9, 1.1], exponent: 1 },
    { name: 'up to ×3.6 or down to 0.15 → ×8', ratios: [3.6, 0.15], exponent: 3 },
    { name: 'exactly ×4', ratios: [4], exponent: 2 },
    { name: 'huge ratios stop at ×32', ratios: [1000], exponent: 5 },
    { name: 'zero, negative and null ignored', ratios: [0, -2, null], exponent: 1 },
  ])('$name', ({ ratios, exponent }) => {
    expect(ratioExponent([{ key: 0, ratios }])).toBe(exponent);
  });
});

describe('parallelLayout', () => {
  const series = [
    { key: 0, ratios: [0.25, 2, 4] },
    { key: 1, ratios: [1, null, 0.5] },
  ];

  it('one axis per feature, one line per cluster; 1× in the middle, ×2 and ½ symmetric', () => {
    const layout = parallelLayout(series, 3, 600);
    expect(layout.axes).toHaveLength(3);
    expect(layout.lines.map((line) => line.key)).toEqual([0, 1]);
    const middle = (layout.plot.top + layout.plot.bottom) / 2;
    expect(layout.average).toBeCloseTo(middle, 6);
    const at = (ratio: number) => layout.ticks.find((tick) => tick.value === ratio)!.position;
    expect(middle - at(2)).toBeCloseTo(at(0.5) - middle, 6);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0.25, 0.5, 1, 2, 4]);
  });

  it('leaves a gap for a missing value and never writes NaN into a path', () => {
    const [, second] = parallelLayout(series, 3, 600).lines;
    expect(second.dots.map((dot) => dot.axis)).toEqual([0, 2]);
    expect(second.path).not.toMatch(/NaN/);
    expect((second.path.match(/M/g) ?? []).length).toBe(2);
  });

  it('marks values beyond ×32 as clamped at the edge', () => {
    const layout = parallelLayout([{ key: 0, ratios: [100, 1] }], 2, 400);
    const [dot] = layout.lines[0].dots;
    expect(dot.clamped).toBe(true);
    expect(dot.y).toBeCloseTo(layout.plot.top, 6);
  });
});

describe('formatRatio and the palette', () => {
  it.each([
    { ratio: 2, text: '2×' },
    { ratio: 3.62, text: '3.6×' },
    { ratio: 0.125, text: '0.13×' },
    { ratio: 12.4, text: '12×' },
  ])('$ratio → $text', ({ ratio, text }) => {
    expect(formatRatio(ratio)).toBe(text);
  });

  it('has twelve distinct colours for K up to 12 and wraps after', () => {
    expect(new Set(CLUSTER_COLORS).size).toBe(12);
    expect(clusterColor(12)).toBe(clusterColor(0));
    expect(clusterColor(-1)).toBe(clusterColor(11));
  });
});
