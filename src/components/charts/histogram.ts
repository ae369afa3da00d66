import { bin, nice, ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';

/** One bar. Bounds are in the data's own units: [x0, x1), or [x0, x1] when `closed`. */
export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
  /** The upper bound is included (the last bin of a continuous axis). */
  closed: boolean;
  /** The separate bar of negative values on a log axis. */
  negative: boolean;
}

/** Bins of one variable, independent of the chart size. */
export interface HistogramModel {
  log: boolean;
  integer: boolean;
  /** Bins along the axis, left to right (never including the negative bar). */
  bins: HistogramBin[];
  /** Log axis only: values below 0, which log10(1 + x) cannot place. */
  negative: HistogramBin | null;
  /** Axis extent in data units. */
  domain: [number, number];
  total: number;
}

/** Options of `histogramModel`. */
export interface HistogramOptions {
  /** Place values by log10(1 + x), with bin edges at 0, 1, 1.5, 2, 3, 5, 7, 10, 15, … */
  log?: boolean;
  /** Whole-number data (counts, days): bins hold whole numbers only and never split one. */
  integer?: boolean;
  /** Roughly how many bins on a linear axis. */
  bins?: number;
}

/** Axis position of a data value: identity, or log10(1 + x) on a log axis (≥ 0 only). */
export function axisPosition(value: number, log: boolean): number {
  return log ? Math.log10(1 + value) : value;
}

const LOG_STEPS = [1, 1.5, 2, 3, 5, 7];

/** Log-axis bin edges: 0, 1, 1.5, 2, 3, 5, 7, 10, …, from the last edge ≤ `min` to the first edge > `max`. */
export function logEdges(min: number, max: number, integer: boolean): number[] {
  const edges = [0];
  for (let power = 1; edges[edges.length - 1] <= max; power *= 10) {
    for (const step of LOG_STEPS) {
      const edge = step * power;
      if (integer && !Number.isInteger(edge)) continue;
      edges.push(edge);
      if (edge > max) break;
    }
  }
  // Start at the last edge at or below the smallest value, so frequency (≥ 1) does not begin with an empty [0, 1).
  let first = 0;
  while (first + 1 < edges.length && edges[first + 1] <= min) first++;
  return edges.slice(first);
}

function finiteValues(values: ArrayLike<number>): Float64Array {
  const kept = new Float64Array(values.length);
  let size = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (Number.isFinite(value)) kept[size++] = value;
  }
  return kept.subarray(0, size);
}

/** Bins `values` (non-finite ones ignored) for a linear or log10(1 + x) axis. */
export function histogramModel(values: ArrayLike<number>, options: HistogramOptions = {}): HistogramModel {
  const log = options.log ?? false;
  const integer = options.integer ?? false;
  const finite = finiteValues(values);
  let min = Infinity;
  let max = -Infinity;
  for (const value of finite) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const empty: HistogramModel = { log, integer, bins: [], negative: null, domain: [0, 1], total: 0 };
  if (finite.length === 0) return empty;

  let negative: HistogramBin | null = null;
  let placed = finite;
  let edges: number[];
  if (log) {
    const belowZero = finite.filter((value) => value < 0);
    if (belowZero.length) negative = { x0: min, x1: 0, count: belowZero.length, closed: false, negative: true };
    placed = finite.filter((value) => value >= 0);
    if (placed.length === 0) return { ...empty, negative, domain: [0, 1], total: finite.length };
    edges = logEdges(Math.max(0, min), max, integer);
  } else {
    // Whole numbers: one past the maximum, so every bin is half-open and reads "a–b" exactly.
    const [low, high] = nice(min, integer || max === min ? max + 1 : max, options.bins ?? 30);
    edges = ticks(low, high, options.bins ?? 30);
    if (integer && edges.length > 1 && edges[1] - edges[0] < 1) {
      const first = Math.floor(low);
      edges = Array.from({ length: Math.ceil(high) - first + 1 }, (_, step) => first + step);
    }
    if (edges[0] > low) edges.unshift(low);
    if (edges[edges.length - 1] < high) edges.push(high);
  }
  const domain: [number, number] = [edges[0], edges[edges.length - 1]];
  const generator = bin()
    .domain(domain)
    .thresholds(edges.slice(1, -1));
  const bins = generator(placed).map(
    (group, index, all): HistogramBin => ({
      x0: group.x0 ?? domain[0],
      x1: group.x1 ?? domain[1],
      count: group.length,
      closed: index === all.length - 1 && !integer && !log,
      negative: false,
    }),
  );
  return { log, integer, bins, negative, domain, total: finite.length };
}

/** A bar in pixels. */
export interface HistogramBar {
  bin: HistogramBin;
  x: number;
  width: number;
  y: number;
  height: number;
}

/** A labelled tick at a pixel position. */
export interface Tick {
  value: number;
  position: number;
}

/** Pixel layout of a histogram for one size. */
export interface HistogramLayout {
  bars: HistogramBar[];
  xTicks: Tick[];
  yTicks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
  /** Centre of the negative bar's label, when there is one. */
  negativeLabel: number | null;
  /** Score cut points on the axis (those inside its range), as vertical lines. */
  cutLines: Tick[];
}

const MARGIN = { top: 10, right: 14, bottom: 24, left: 44 };

/** Log-axis tick values in data units: 0 and 1-2-5 per decade, thinned to about `count`. */
export function logTicks(domain: [number, number], count: number): number[] {
  const within = (value: number) => value >= domain[0] && value <= domain[1];
  for (const steps of [[1, 2, 5], [1, 3], [1]]) {
    const values = domain[0] === 0 ? [0] : [];
    for (let power = 1; power <= domain[1]; power *= 10) for (const step of steps) if (within(step * power)) values.push(step * power);
    if (values.length <= count) return values;
  }
  // Very wide ranges: every other decade.
  const values: number[] = domain[0] === 0 ? [0] : [];
  for (let power = 1; power <= domain[1]; power *= 100) if (within(power)) values.push(power);
  return values;
}

/** Places the model's bars, ticks and any score `cuts` (data units) in `width` × `height` pixels. */
export function histogramLayout(model: HistogramModel, width: number, height: number, cuts: readonly number[] = []): HistogramLayout {
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom) };
  let negativeSlot: [number, number] | null = null;
  if (model.negative) {
    // The negative bar stands apart on the left: a log axis has no place for it.
    const slot = Math.max(14, Math.min(36, (plot.right - plot.left) * 0.05));
    negativeSlot = [plot.left, plot.left + slot];
    plot.left += slot + 10;
  }
  const pos = (value: number) => axisPosition(value, model.log);
  const x = scaleLinear()
    .domain([pos(model.domain[0]), pos(model.domain[1])])
    .range([plot.left, plot.right]);
  const maxCount = Math.max(1, model.negative?.count ?? 0, ...model.bins.map((item) => item.count));
  const y = scaleLinear().domain([0, maxCount]).nice(4).range([plot.bottom, plot.top]);
  const bar = (item: HistogramBin, left: number, right: number): HistogramBar => ({
    bin: item,
    x: left + 0.5,
    width: Math.max(1, right - left - 1),
    y: y(item.count),
    height: plot.bottom - y(item.count),
  });
  const bars = model.bins.map((item) => bar(item, x(pos(item.x0)), x(pos(item.x1))));
  if (model.negative && negativeSlot) bars.unshift(bar(model.negative, negativeSlot[0], negativeSlot[1]));
  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / 56));
  const xValues = model.log ? logTicks(model.domain, tickCount) : x.ticks(tickCount);
  return {
    bars,
    xTicks: xValues.map((value) => ({ value, position: x(pos(value)) })),
    yTicks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, position: y(value) })),
    plot,
    negativeLabel: negativeSlot ? (negativeSlot[0] + negativeSlot[1]) / 2 : null,
    // A cut outside the data (an empty top bin, a log axis below 0) has no place to be drawn.
    cutLines: cuts
      .filter((cut) => Number.isFinite(cut) && cut >= model.domain[0] && cut <= model.domain[1] && (!model.log || cut >= 0))
      .map((cut) => ({ value: cut, position: x(pos(cut)) })),
  };
}

/** Index of the bar under pixel `x` (its whole column, gaps included), or null. */
export function barAt(bars: readonly HistogramBar[], x: number): number | null {
  for (let index = 0; index < bars.length; index++) {
    const bar = bars[index];
    if (x >= bar.x - 1 && x <= bar.x + bar.width + 1) return index;
  }
  return null;
}

/** The value range a bin covers, for people: whole numbers as "3" or "3–4", otherwise "a – b". */
export function binRange(item: HistogramBin, integer: boolean, format: (value: number) => string): { from: string; to: string | null } {
  if (item.negative) return { from: format(item.x0), to: format(item.x1) };
  if (integer) {
    const last = item.closed ? item.x1 : item.x1 - 1;
    return last <= item.x0 ? { from: format(item.x0), to: null } : { from: format(item.x0), to: format(last) };
  }
  return { from: format(item.x0), to: format(item.x1) };
}
