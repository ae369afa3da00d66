import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDay } from '../../lib/domain/dates';
import { periodStartDay } from '../../lib/domain/lifecycle/periods';
import type { Tick } from './histogram';

/** One line to draw: a key for the template, its colour and one value per month (NaN = no value). */
export interface TrendInput {
  key: string;
  color: string;
  values: ArrayLike<number>;
}

/** A drawn line: the SVG path (gaps at NaN) and its dots. */
export interface TrendPath {
  key: string;
  color: string;
  path: string;
  dots: { at: number; x: number; y: number }[];
}

/** Everything the trend chart draws for one width. */
export interface TrendLinesLayout {
  lines: TrendPath[];
  /** x of each month, by index into `months`. */
  columns: { at: number; x: number }[];
  /** Month ticks: value is the month number (year × 12 + month − 1). */
  xTicks: Tick[];
  yTicks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
}

const MARGIN = { top: 12, right: 16, bottom: 30, left: 64 };
const PLOT_HEIGHT = 220;
/** Room a "1997-01" label needs. */
const LABEL_SPACE = 64;

/** "1997-01" for a month number. */
export function monthLabel(month: number): string {
  return formatDay(periodStartDay(month, 'month')).slice(0, 7);
}

/** Lines of monthly values over a shared month axis; the y axis always includes 0 (revenue may dip below). */
export function trendLinesLayout(months: readonly number[], inputs: readonly TrendInput[], width: number): TrendLinesLayout {
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: MARGIN.top + PLOT_HEIGHT };
  const x = scaleLinear()
    .domain([0, Math.max(1, months.length - 1)])
    .range(months.length === 1 ? [(plot.left + plot.right) / 2, plot.right] : [plot.left, plot.right]);
  const finite = inputs.flatMap((input) => Array.from(input.values).filter(Number.isFinite));
  const [low = 0, high = 0] = extent(finite);
  const y = scaleLinear()
    .domain([Math.min(0, low), high > 0 || low < 0 ? Math.max(0, high) : 1])
    .nice(5)
    .range([plot.bottom, plot.top]);
  const lines = inputs.map((input): TrendPath => {
    const values = Array.from(input.values);
    const path = line<number>()
      .defined((value) => Number.isFinite(value))
      .x((_, at) => x(at))
      .y((value) => y(value))(values);
    const dots = values.flatMap((value, at) => (Number.isFinite(value) ? [{ at, x: x(at), y: y(value) }] : []));
    return { key: input.key, color: input.color, path: path ?? '', dots };
  });
  const step = Math.max(1, Math.ceil(LABEL_SPACE / Math.max(1, (plot.right - plot.left) / Math.max(1, months.length - 1))));
  return {
    lines,
    columns: months.map((_, at) => ({ at, x: x(at) })),
    xTicks: months.flatMap((month, at) => (at % step === 0 ? [{ value: month, position: x(at) }] : [])),
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value) })),
    plot,
    height: plot.bottom + MARGIN.bottom,
  };
}
