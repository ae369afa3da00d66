import { scaleLog, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDecimal } from '../format';
import type { Tick } from './histogram';

/** One line of the chart: a cluster's value on each axis as a ratio to the overall mean (null = none). */
export interface ParallelSeries {
  key: number;
  ratios: (number | null)[];
}

/** A positioned line with its dots; `clamped` marks dots beyond the axis range, drawn at its end. */
export interface ParallelLine {
  key: number;
  path: string;
  dots: { axis: number; x: number; y: number; ratio: number; clamped: boolean }[];
}

/** Everything the parallel-coordinates chart draws for one width. */
export interface ParallelLayout {
  axes: { index: number; x: number }[];
  lines: ParallelLine[];
  ticks: Tick[];
  /** y of ratio 1 (the overall average). */
  average: number;
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
}

// The right margin holds the "average" label of the 1× line.
const MARGIN = { top: 12, right: 56, bottom: 34, left: 52 };

/**
 * Powers of two either side of 1 wide enough for every ratio, at least ×2 and at most ×32: a cluster twice the
 * average sits as far above the middle as one at half the average sits below.
 */
export function ratioExponent(series: readonly ParallelSeries[]): number {
  let widest = 0;
  for (const { ratios } of series) for (const ratio of ratios) if (ratio !== null && ratio > 0 && Number.isFinite(ratio)) widest = Math.max(widest, Math.abs(Math.log2(ratio)));
  return Math.min(5, Math.max(1, Math.ceil(widest - 1e-9)));
}

/** Lays out one vertical log₂ axis per feature and one line per cluster. */
export function parallelLayout(series: readonly ParallelSeries[], axisCount: number, width: number, height = 260): ParallelLayout {
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom) };
  const x = scalePoint<number>()
    .domain(Array.from({ length: axisCount }, (_, index) => index))
    .range([plot.left, plot.right])
    .padding(0.2);
  const exponent = ratioExponent(series);
  const y = scaleLog()
    .base(2)
    .domain([2 ** -exponent, 2 ** exponent])
    .range([plot.bottom, plot.top])
    .clamp(true);
  const [low, high] = y.domain();
  const lines = series.map(({ key, ratios }): ParallelLine => {
    const dots = ratios.flatMap((ratio, axis) =>
      ratio !== null && ratio > 0 && Number.isFinite(ratio) ? [{ axis, x: x(axis) ?? plot.left, y: y(ratio), ratio, clamped: ratio < low || ratio > high }] : [],
    );
    const points = ratios.map((ratio, axis) => dots.find((dot) => dot.axis === axis) ?? null);
    const path = line<(typeof points)[number]>()
      .defined((dot) => dot !== null)
      .x((dot) => dot!.x)
      .y((dot) => dot!.y)(points);
    return { key, path: path ?? '', dots };
  });
  const ticks = Array.from({ length: 2 * exponent + 1 }, (_, step) => 2 ** (step - exponent)).map((value) => ({ value, position: y(value) }));
  return {
    axes: x.domain().map((index) => ({ index, x: x(index) ?? plot.left })),
    lines,
    ticks,
    average: y(1),
    plot,
    height,
  };
}

/** A ratio as people read it: 0.5 → "0.5×", 2 → "2×", 0.125 → "0.13×". */
export function formatRatio(ratio: number): string {
  const digits = ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2;
  return `${formatDecimal(ratio, digits)}×`;
}
