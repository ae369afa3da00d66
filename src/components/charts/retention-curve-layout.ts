import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Tick } from './histogram';

/** One period of the average curve, in pixels. */
export interface CurvePoint {
  offset: number;
  share: number;
  x: number;
  y: number;
}

/** Everything the retention curve draws for one width. */
export interface RetentionCurveLayout {
  points: CurvePoint[];
  path: string;
  xTicks: Tick[];
  yTicks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
}

const MARGIN = { top: 12, right: 16, bottom: 34, left: 48 };
const PLOT_HEIGHT = 160;

/**
 * The average share ordering by period since the first order, from period 1 on: period 0 is 100 %
 * by definition and would flatten the part worth reading. Periods no cohort reached (NaN) are left out.
 */
export function retentionCurveLayout(curve: ArrayLike<number>, width: number): RetentionCurveLayout {
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: MARGIN.top + PLOT_HEIGHT };
  const lastOffset = Math.max(1, curve.length - 1);
  const x = scaleLinear().domain([1, Math.max(2, lastOffset)]).range([plot.left, plot.right]);
  const values = Array.from(curve).slice(1);
  const top = Math.max(0, ...values.filter(Number.isFinite));
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const points = values.flatMap((share, index) => (Number.isFinite(share) ? [{ offset: index + 1, share, x: x(index + 1), y: y(share) }] : []));
  const path =
    line<CurvePoint>()
      .x((point) => point.x)
      .y((point) => point.y)(points) ?? '';
  const tickCount = Math.max(2, Math.min(lastOffset, Math.floor((plot.right - plot.left) / 50)));
  return {
    points,
    path: points.length > 0 ? path : '',
    xTicks: x
      .ticks(tickCount)
      .filter((value) => Number.isInteger(value) && value <= lastOffset)
      .map((value) => ({ value, position: x(value) })),
    yTicks: y.ticks(4).map((value) => ({ value, position: y(value) })),
    plot,
    height: plot.bottom + MARGIN.bottom,
  };
}

/** Index of the point nearest to pixel `x` (for hover), or -1 without points. */
export function nearestIndex(points: readonly { x: number }[], x: number): number {
  let best = -1;
  points.forEach((point, index) => {
    if (best === -1 || Math.abs(point.x - x) < Math.abs(points[best].x - x)) best = index;
  });
  return best;
}

/** The point index an arrow key (or Home/End) moves to; null for other keys. */
export function stepIndex(index: number, count: number, key: string): number | null {
  const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowDown: index - 1, ArrowRight: index + 1, ArrowUp: index + 1, Home: 0, End: count - 1 };
  return key in moves && count > 0 ? Math.min(count - 1, Math.max(0, moves[key])) : null;
}
