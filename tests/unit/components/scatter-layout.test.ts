import { describe, expect, it } from 'vitest';
import { paintScatter, type ScatterContext } from '../../../src/components/charts/scatter-draw';
import { canvasPixels, clusterCenters, drawGroups, drawSample, MAX_DRAWN, scatterLayout } from '../../../src/components/charts/scatter-layout';

describe('drawSample', () => {
  it('draws everyone up to the limit', () => {
    expect(Array.from(drawSample(5, 10))).toEqual([0, 1, 2, 3, 4]);
  });

  it('samples at most 10,000 distinct customers, ascending, the same for the same seed', () => {
    const sample = drawSample(100_000);
    expect(sample).toHaveLength(MAX_DRAWN);
    expect(new Set(sample).size).toBe(MAX_DRAWN);
    for (let i = 1; i < sample.length; i++) expect(sample[i]).toBeGreaterThan(sample[i - 1]);
    expect(Array.from(drawSample(100_000))).toEqual(Array.from(sample));
  });

  it('is not a stride: rows in one block of the file (one cluster, when sorted) are not over- or under-drawn', () => {
    const sample = drawSample(50_000, 5_000);
    const firstTenth = sample.filter((index) => index < 5_000).length;
    expect(firstTenth).toBeGreaterThan(400);
    expect(firstTenth).toBeLessThan(600);
    const gaps = new Set(Array.from(sample.slice(1), (value, at) => value - sample[at]));
    expect(gaps.size).toBeGreaterThan(10);
  });
});

describe('scatterLayout', () => {
  const coordinates = Float32Array.from([-2, 1, 0, 0, 3, -4, 1, 2]);
  it('maps the drawn extent into the plot with nice ticks; y grows upwards', () => {
    const layout = scatterLayout(coordinates, [0, 1, 2, 3], 500, 300);
    for (const [x, y] of [[-2, 1], [0, 0], [3, -4], [1, 2]]) {
      expect(layout.x(x)).toBeGreaterThanOrEqual(layout.plot.left);
      expect(layout.x(x)).toBeLessThanOrEqual(layout.plot.right);
      expect(layout.y(y)).toBeGreaterThanOrEqual(layout.plot.top);
      expect(layout.y(y)).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.y(2)).toBeLessThan(layout.y(-4));
    expect(layout.xTicks.some((tick) => tick.value === 0)).toBe(true);
  });

  it('gives a usable scale when every point is the same or nothing is drawn', () => {
    for (const layout of [scatterLayout(Float32Array.from([1, 1, 1, 1]), [0, 1], 300, 200), scatterLayout(new Float32Array(0), [], 300, 200)]) {
      expect(Number.isFinite(layout.x(1))).toBe(true);
      expect(layout.yTicks.length).toBeGreaterThan(1);
    }
  });
});

describe('canvasPixels', () => {
  it.each([
    { ratio: 1, expected: { width: 400, height: 300, ratio: 1 } },
    { ratio: 2, expected: { width: 800, height: 600, ratio: 2 } },
    { ratio: 1.25, expected: { width: 500, height: 375, ratio: 1.25 } },
    { ratio: 0, expected: { width: 400, height: 300, ratio: 1 } },
    { ratio: 8, expected: { width: 1200, height: 900, ratio: 3 } },
  ])('devicePixelRatio $ratio', ({ ratio, expected }) => {
    expect(canvasPixels(400, 300, ratio)).toEqual(expected);
  });
});

describe('clusterCenters and drawGroups', () => {
  const coordinates = Float32Array.from([0, 0, 2, 2, 10, 10, 12, 14, 5, 5]);
  const labels = Int32Array.from([0, 0, 1, 1, 1]);

  it('averages each cluster over all customers; an empty cluster is NaN', () => {
    const centers = clusterCenters(coordinates, labels, 3);
    expect(centers[0]).toEqual({ x: 1, y: 1, count: 2 });
    expect(centers[1]).toEqual({ x: 9, y: 29 / 3, count: 3 });
    expect(centers[2].count).toBe(0);
    expect(centers[2].x).toBeNaN();
  });

  it('groups the drawn customers by cluster, largest group first', () => {
    expect(drawGroups([0, 2, 3, 4], labels, 3)).toEqual([
      { cluster: 1, indices: [2, 3, 4] },
      { cluster: 0, indices: [0] },
    ]);
  });
});

describe('paintScatter', () => {
  it('scales for the pixel ratio, clears, and fills one path per cluster in its colour', () => {
    const calls: string[] = [];
    const context = {
      globalAlpha: 1,
      fillStyle: '',
      setTransform: (...args: number[]) => calls.push(`transform ${args.join(',')}`),
      clearRect: (...args: number[]) => calls.push(`clear ${args.join(',')}`),
      beginPath: () => calls.push('begin'),
      moveTo: () => undefined,
      arc: () => calls.push('arc'),
      fill(this: { fillStyle: string }) {
        calls.push(`fill ${this.fillStyle}`);
      },
    } as unknown as ScatterContext;
    const painted = paintScatter(context, {
      coordinates: Float32Array.from([0, 0, 1, 1, NaN, 0]),
      groups: [
        { cluster: 1, indices: [0, 2] },
        { cluster: 0, indices: [1] },
      ],
      color: (cluster) => ['red', 'blue'][cluster],
      layout: { x: (value) => value * 10, y: (value) => value * 10 },
      width: 100,
      height: 50,
      ratio: 2,
    });
    expect(painted).toBe(2);
    expect(calls).toEqual(['transform 2,0,0,2,0,0', 'clear 0,0,100,50', 'begin', 'arc', 'fill blue', 'begin', 'arc', 'fill red']);
    expect(context.globalAlpha).toBe(1);
  });
});
