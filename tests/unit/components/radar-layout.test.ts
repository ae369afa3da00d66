import { describe, expect, it } from 'vitest';
import { radarLayout } from '../../../src/components/charts/radar-layout';

// Four axes at 12, 3, 6 and 9 o'clock; width 376 → radius (376 − 156) / 2 = 110, the cap.
const layout = radarLayout(
  [
    [5, 2.5, 0, NaN],
    [1, 1, 1, 9],
  ],
  4,
  376,
);

describe('radarLayout', () => {
  it('centres a radius of at most 110 pixels with room for the labels', () => {
    expect(layout.radius).toBe(110);
    expect(layout.center).toEqual({ x: 188, y: 134 });
    expect(layout.height).toBe(268);
    expect(radarLayout([], 5, 256).radius).toBe(50);
  });

  it('puts the first spoke up and the others clockwise, labels outside their ends', () => {
    expect(layout.spokes.map((spoke) => [spoke.x, spoke.y, spoke.anchor])).toEqual([
      [0, -110, 'middle'],
      [110, 0, 'start'],
      [0, 110, 'middle'],
      [-110, 0, 'end'],
    ]);
    expect(layout.spokes[0].labelY).toBeLessThan(-110);
    expect(layout.spokes[2].labelY).toBeGreaterThan(110);
  });

  it('draws a ring per score, 1 to 5', () => {
    expect(layout.rings.map((ring) => ring.value)).toEqual([1, 2, 3, 4, 5]);
    expect(layout.rings[4].path).toBe('M0,-110L110,0L0,110L-110,0Z');
  });

  it('scales each value to its spoke, a missing one at the centre without a dot, overflow clamped', () => {
    const [customer, average] = layout.polygons;
    expect(customer.points.map((point) => [point.x, point.y, point.missing])).toEqual([
      [0, -110, false],
      [55, 0, false],
      [0, 0, false],
      [0, 0, true],
    ]);
    expect(average.points[3]).toEqual({ value: 9, x: -110, y: 0, missing: false });
    expect(average.path).toBe('M0,-22L22,0L0,22L-110,0Z');
  });
});
