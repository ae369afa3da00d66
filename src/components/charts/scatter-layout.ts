import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { seededSample } from '../../lib/domain/clustering/sample';
import type { Tick } from './histogram';

/** Most points the scatter draws; more only adds overdraw and time. */
export const MAX_DRAWN = 10_000;

/**
 * Which customers to draw: everyone up to `max`, else a seeded uniform sample (never every n-th row, which
 * can follow the file's order). Ascending indices.
 */
export function drawSample(n: number, max = MAX_DRAWN, seed = 1): Int32Array {
  return seededSample(n, Math.max(0, Math.min(n, max)), seed);
}

/** Pixel position of the plot area and the two linear scales of a scatter. */
export interface ScatterLayout {
  plot: { left: number; right: number; top: number; bottom: number };
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
}

const MARGIN = { top: 10, right: 14, bottom: 40, left: 48 };

/** Scales over the drawn points' x, y (interleaved `coordinates`), with nice ticks. */
export function scatterLayout(coordinates: ArrayLike<number>, indices: ArrayLike<number>, width: number, height: number): ScatterLayout {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let at = 0; at < indices.length; at++) {
    xs.push(coordinates[indices[at] * 2]);
    ys.push(coordinates[indices[at] * 2 + 1]);
  }
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom) };
  const domain = (values: number[]): [number, number] => {
    const [low, high] = extent(values.filter(Number.isFinite));
    if (low === undefined || high === undefined) return [-1, 1];
    return high > low ? [low, high] : [low - 1, high + 1];
  };
  const x = scaleLinear().domain(domain(xs)).nice(5).range([plot.left, plot.right]);
  const y = scaleLinear().domain(domain(ys)).nice(5).range([plot.bottom, plot.top]);
  const ticks = (scale: typeof x, pixels: number) => scale.ticks(Math.max(2, Math.floor(pixels / 60))).map((value) => ({ value, position: scale(value) }));
  return { plot, x, y, xTicks: ticks(x, plot.right - plot.left), yTicks: ticks(y, plot.bottom - plot.top) };
}

/** Canvas backing-store size for a CSS size: sharp on high-density screens, never 0 × 0. */
export function canvasPixels(width: number, height: number, devicePixelRatio: number): { width: number; height: number; ratio: number } {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? Math.min(devicePixelRatio, 3) : 1;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)), ratio };
}

/** Mean x, y of each cluster over all customers (NaN for an empty cluster). */
export function clusterCenters(coordinates: ArrayLike<number>, labels: ArrayLike<number>, k: number): { x: number; y: number; count: number }[] {
  const sums = Array.from({ length: k }, () => ({ x: 0, y: 0, count: 0 }));
  for (let i = 0; i < labels.length; i++) {
    const sum = sums[labels[i]];
    if (!sum) continue;
    sum.x += coordinates[i * 2];
    sum.y += coordinates[i * 2 + 1];
    sum.count++;
  }
  return sums.map(({ x, y, count }) => ({ x: count ? x / count : NaN, y: count ? y / count : NaN, count }));
}

/** Drawn indices grouped by cluster, largest group first, so small clusters are painted on top. */
export function drawGroups(indices: ArrayLike<number>, labels: ArrayLike<number>, k: number): { cluster: number; indices: number[] }[] {
  const groups = Array.from({ length: k }, (_, cluster) => ({ cluster, indices: [] as number[] }));
  for (let at = 0; at < indices.length; at++) groups[labels[indices[at]]]?.indices.push(indices[at]);
  return groups.filter((group) => group.indices.length > 0).sort((a, b) => b.indices.length - a.indices.length || a.cluster - b.cluster);
}
