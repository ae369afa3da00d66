import { describe, expect, it } from 'vitest';
import { columnAt, paddedScale, sweepLayout } from '../../../src/components/charts/sweep-layout';

// The CDNOW sweep (K = 3…8): silhouette highest at 3, inertia falling.
const cdnow = [
  { k: 3, inertia: 19_800, silhouette: 0.48 },
  { k: 4, inertia: 15_900, silhouette: 0.406 },
  { k: 5, inertia: 13_100, silhouette: 0.412 },
  { k: 6, inertia: 11_200, silhouette: 0.401 },
  { k: 7, inertia: 9_900, silhouette: 0.406 },
  { k: 8, inertia: 8_800, silhouette: 0.427 },
];

describe('sweepLayout', () => {
  it.each([
    { name: 'wide', width: 900, compact: false },
    { name: 'narrow', width: 320, compact: true },
  ])('$name: one column per K inside the plot, panels stacked over a shared axis', ({ width, compact }) => {
    const layout = sweepLayout(cdnow, width);
    expect(layout.compact).toBe(compact);
    expect(layout.columns.map((column) => column.k)).toEqual([3, 4, 5, 6, 7, 8]);
    for (const column of layout.columns) {
      expect(column.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(column.x + column.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
      expect(column.center).toBeCloseTo(column.x + column.width / 2, 9);
    }
    const [silhouette, inertia] = layout.panels;
    expect(silhouette.measure).toBe('silhouette');
    expect(silhouette.bottom).toBeLessThan(inertia.top);
    expect(layout.axisY).toBe(inertia.bottom);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it('puts the highest silhouette highest and the largest inertia highest (smaller y), inside each panel', () => {
    const [silhouette, inertia] = sweepLayout(cdnow, 600).panels;
    const top = (dots: { k: number; y: number }[]) => dots.reduce((best, dot) => (dot.y < best.y ? dot : best)).k;
    expect(top(silhouette.dots)).toBe(3);
    expect(top(inertia.dots)).toBe(3);
    for (const panel of [silhouette, inertia]) {
      for (const dot of panel.dots) {
        expect(dot.y).toBeGreaterThan(panel.top);
        expect(dot.y).toBeLessThan(panel.bottom);
      }
    }
    expect(silhouette.path.startsWith('M')).toBe(true);
    expect(silhouette.ticks.length).toBeGreaterThan(1);
  });

  it('leaves a line for the sampling note above the silhouette panel', () => {
    expect(sweepLayout(cdnow, 600, true).panels[0].top - sweepLayout(cdnow, 600).panels[0].top).toBe(14);
  });

  it('skips a non-finite value instead of drawing NaN, and survives a single K', () => {
    const gap = sweepLayout([...cdnow.slice(0, 2), { k: 5, inertia: 1, silhouette: NaN }], 600);
    expect(gap.panels[0].dots.map((dot) => dot.k)).toEqual([3, 4]);
    expect(gap.panels[0].path).not.toMatch(/NaN/);
    const single = sweepLayout([cdnow[0]], 600);
    expect(single.columns).toHaveLength(1);
    expect(single.panels.every((panel) => panel.dots.every((dot) => Number.isFinite(dot.y)))).toBe(true);
  });

  it('columnAt finds the K under a pixel, null outside', () => {
    const { columns } = sweepLayout(cdnow, 600);
    expect(columnAt(columns, columns[2].center)).toBe(5);
    expect(columnAt(columns, columns[0].x - 1)).toBeNull();
  });
});

describe('paddedScale', () => {
  it.each([
    { name: 'a spread of values', values: [0.4, 0.48], inside: [0.4, 0.48] },
    { name: 'one value', values: [0.5], inside: [0.5] },
    { name: 'no finite value', values: [NaN], inside: [] },
  ])('$name: every value strictly inside the range', ({ values, inside }) => {
    const scale = paddedScale(values, 0, 100);
    for (const value of inside) {
      expect(scale(value)).toBeGreaterThan(0);
      expect(scale(value)).toBeLessThan(100);
    }
    expect(scale.domain().every(Number.isFinite)).toBe(true);
  });
});
