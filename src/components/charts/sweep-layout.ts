import { extent } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Tick } from './histogram';

/** One K of a sweep: the elbow measure and the silhouette. */
export interface SweepDatum {
  k: number;
  inertia: number;
  silhouette: number;
}

/** The clickable column of one K, in pixels. */
export interface SweepColumn {
  k: number;
  x: number;
  width: number;
  center: number;
}

/** One of the two stacked panels (silhouette above, inertia below), sharing the K axis. */
export interface SweepPanel {
  measure: 'silhouette' | 'inertia';
  top: number;
  bottom: number;
  /** SVG path of the line through the K values ('' when fewer than one finite value). */
  path: string;
  dots: { k: number; x: number; y: number; value: number }[];
  ticks: Tick[];
}

/** Everything the sweep chart draws for one width. */
export interface SweepLayout {
  columns: SweepColumn[];
  panels: [SweepPanel, SweepPanel];
  plot: { left: number; right: number };
  /** y of the shared K axis, below the lower panel. */
  axisY: number;
  /** Too narrow for the long panel titles. */
  compact: boolean;
  height: number;
}

const MARGIN = { top: 22, right: 14, bottom: 30, left: 58 };
const PANEL = 120;
const GAP = 40;
const LINE = 14;

/** A y scale over the finite values with a little room above and below, so no dot sits on the frame. */
export function paddedScale(values: readonly number[], top: number, bottom: number) {
  const [low, high] = extent(values.filter(Number.isFinite));
  if (low === undefined || high === undefined) return scaleLinear().domain([0, 1]).range([bottom, top]);
  const span = high - low;
  const pad = span > 0 ? span * 0.12 : Math.max(Math.abs(high) * 0.1, 0.05);
  return scaleLinear()
    .domain([low - pad, high + pad])
    .nice(4)
    .range([bottom, top]);
}

function panel(points: readonly SweepDatum[], measure: SweepPanel['measure'], top: number, center: (k: number) => number): SweepPanel {
  const bottom = top + PANEL;
  const y = paddedScale(
    points.map((point) => point[measure]),
    top,
    bottom,
  );
  const finite = (point: SweepDatum) => Number.isFinite(point[measure]);
  const path =
    line<SweepDatum>()
      .defined(finite)
      .x((point) => center(point.k))
      .y((point) => y(point[measure]))(points as SweepDatum[]) ?? '';
  return {
    measure,
    top,
    bottom,
    path,
    dots: points.filter(finite).map((point) => ({ k: point.k, x: center(point.k), y: y(point[measure]), value: point[measure] })),
    ticks: y.ticks(4).map((value) => ({ value, position: y(value) })),
  };
}

/**
 * Two panels over the same K columns: mean silhouette (higher is better) above, inertia (the elbow) below.
 * `noteLine` leaves room for one more line of text above the silhouette panel (the sampling note).
 */
export function sweepLayout(points: readonly SweepDatum[], width: number, noteLine = false): SweepLayout {
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  const x = scaleBand<number>()
    .domain(points.map((point) => point.k))
    .range([left, right]);
  const center = (k: number) => (x(k) ?? left) + x.bandwidth() / 2;
  const silhouette = panel(points, 'silhouette', MARGIN.top + (noteLine ? LINE : 0), center);
  const inertia = panel(points, 'inertia', silhouette.bottom + GAP, center);
  return {
    columns: points.map((point) => ({ k: point.k, x: x(point.k) ?? left, width: x.bandwidth(), center: center(point.k) })),
    panels: [silhouette, inertia],
    plot: { left, right },
    axisY: inertia.bottom,
    compact: width < 520,
    height: inertia.bottom + MARGIN.bottom,
  };
}

/** The K whose column holds pixel `x`, or null outside every column. */
export function columnAt(columns: readonly SweepColumn[], x: number): number | null {
  return columns.find((column) => x >= column.x && x < column.x + column.width)?.k ?? null;
}
