import { scaleBand, scaleLinear } from 'd3-scale';
import type { RfGridCell } from '../../lib/domain/rf-grid';

/** What the heatmap colours by. */
export type HeatmapColorBy = 'customers' | 'averageMonetary';

/** The two ends of the colour ramp; the high end is the app accent (#2f5fd0). */
export const HEATMAP_LOW = '#edf1fb';
export const HEATMAP_HIGH = '#2f5fd0';
/** Fill of a cell without customers: neutral, so "empty" never reads as "low". */
export const HEATMAP_EMPTY = '#f6f7f9';

const SCORES = [1, 2, 3, 4, 5];
const MARGIN = { left: 26, bottom: 26 };
const PADDING = 0.06;

/** One positioned, coloured cell. Pixel boxes are relative to the chart's top-left corner. */
export interface HeatmapCellBox extends RfGridCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0–1 position on the colour ramp; null for an empty cell. */
  fraction: number | null;
  fill: string;
  /** Dark or white text, whichever reads on `fill`. */
  ink: 'dark' | 'light';
}

/** A score label on an axis. */
export interface HeatmapTick {
  score: number;
  position: number;
}

/** Everything the heatmap draws, in pixels, for one width. */
export interface HeatmapLayout {
  cells: HeatmapCellBox[];
  xTicks: HeatmapTick[];
  yTicks: HeatmapTick[];
  plotLeft: number;
  plotBottom: number;
  height: number;
  /** True when a cell is too small for two lines of text. */
  compact: boolean;
  /** Colour domain, or null when no cell has customers. */
  domain: [number, number] | null;
}

/** The value a cell is coloured by. */
export function colorValue(cell: RfGridCell, colorBy: HeatmapColorBy): number {
  return colorBy === 'customers' ? cell.customers : cell.averageMonetaryCents;
}

/**
 * Colour domain over the non-empty cells: counts start at 0; average monetary spans its own
 * min–max (it can be negative when returns outweigh orders). Null when every cell is empty.
 */
export function colorDomain(cells: readonly RfGridCell[], colorBy: HeatmapColorBy): [number, number] | null {
  const filled = cells.filter((cell) => cell.customers > 0).map((cell) => colorValue(cell, colorBy));
  if (filled.length === 0) return null;
  const low = colorBy === 'customers' ? 0 : Math.min(...filled);
  return [low, Math.max(...filled)];
}

/** Where `value` sits on the ramp, 0–1; a one-value domain puts everything at the top. */
export function rampFraction(value: number, domain: [number, number]): number {
  const span = domain[1] - domain[0];
  if (!(span > 0)) return 1;
  return Math.min(1, Math.max(0, (value - domain[0]) / span));
}

const ramp = scaleLinear<string>().domain([0, 1]).range([HEATMAP_LOW, HEATMAP_HIGH]);

/** The fill for a ramp position. */
export function rampColor(fraction: number): string {
  return ramp(fraction);
}

/** Lays the 25 cells out in `width` pixels: R 1–5 left to right, F 5 at the top. */
export function heatmapLayout(cells: readonly RfGridCell[], width: number, colorBy: HeatmapColorBy): HeatmapLayout {
  const plotWidth = Math.max(0, width - MARGIN.left);
  const x = scaleBand<number>().domain(SCORES).range([MARGIN.left, MARGIN.left + plotWidth]).paddingInner(PADDING).round(true);
  // Rows are a bit flatter than columns, but never too short for two lines of text.
  const rowStep = Math.round(Math.min(88, Math.max(46, x.step() * 0.62)));
  const y = scaleBand<number>().domain([5, 4, 3, 2, 1]).range([0, rowStep * 5]).paddingInner(PADDING).round(true);
  const domain = colorDomain(cells, colorBy);
  const boxes = cells.map((cell): HeatmapCellBox => {
    const fraction = domain && cell.customers > 0 ? rampFraction(colorValue(cell, colorBy), domain) : null;
    return {
      ...cell,
      x: x(cell.r) ?? 0,
      y: y(cell.f) ?? 0,
      width: x.bandwidth(),
      height: y.bandwidth(),
      fraction,
      fill: fraction === null ? HEATMAP_EMPTY : rampColor(fraction),
      ink: fraction !== null && fraction > 0.55 ? 'light' : 'dark',
    };
  });
  return {
    cells: boxes,
    xTicks: SCORES.map((score) => ({ score, position: (x(score) ?? 0) + x.bandwidth() / 2 })),
    yTicks: SCORES.map((score) => ({ score, position: (y(score) ?? 0) + y.bandwidth() / 2 })),
    plotLeft: MARGIN.left,
    plotBottom: rowStep * 5,
    height: rowStep * 5 + MARGIN.bottom,
    compact: x.bandwidth() < 76,
    domain,
  };
}

/** Legend ticks for a colour domain, each with its 0–1 offset along the ramp; whole numbers only for counts. */
export function legendTicks(domain: [number, number], count = 4, integer = false): { value: number; offset: number }[] {
  if (!(domain[1] > domain[0])) return [{ value: domain[0], offset: 1 }];
  return scaleLinear()
    .domain(domain)
    .ticks(count)
    .filter((value) => !integer || Number.isInteger(value))
    .map((value) => ({ value, offset: rampFraction(value, domain) }));
}

/** The cell an arrow key (or Home/End) moves to; null for other keys. Up means a higher F. */
export function stepCell(r: number, f: number, key: string): { r: number; f: number } | null {
  const clamp = (score: number) => Math.min(5, Math.max(1, score));
  switch (key) {
    case 'ArrowLeft':
      return { r: clamp(r - 1), f };
    case 'ArrowRight':
      return { r: clamp(r + 1), f };
    case 'ArrowUp':
      return { r, f: clamp(f + 1) };
    case 'ArrowDown':
      return { r, f: clamp(f - 1) };
    case 'Home':
      return { r: 1, f };
    case 'End':
      return { r: 5, f };
    default:
      return null;
  }
}
