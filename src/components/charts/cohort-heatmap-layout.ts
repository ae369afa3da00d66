import { scaleSequential } from 'd3-scale';
import { formatDay } from '../../lib/domain/dates';
import type { RetentionMatrix } from '../../lib/domain/lifecycle/cohorts';
import { periodStartDay, type CohortPeriod } from '../../lib/domain/lifecycle/periods';
import type { CohortMeasure } from '../../lib/export/cohorts-csv';
import { rampColor } from './heatmap-layout';

const MIN_CELL = 14;
const MAX_CELL = 72;
/** Narrower cells drop their text (a percentage needs about this much). */
const TEXT_CELL = 44;
const HEADER = 22;
const LABEL_SPACE = 30;

/** One observed cohort × offset cell, positioned in the scrolling plot. */
export interface CohortCellBox {
  row: number;
  offset: number;
  /** First day of the cohort's period, YYYY-MM-DD. */
  cohortStart: string;
  customers: number;
  share: number;
  revenueCents: number;
  /** The shown measure's value. */
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  ink: 'dark' | 'light';
}

/** Everything the cohort heatmap draws for one width. */
export interface CohortHeatmapLayout {
  cells: CohortCellBox[];
  /** Rows with their observed cells (the same boxes as `cells`). */
  rows: { row: number; cohortStart: string; size: number; y: number; cells: CohortCellBox[] }[];
  /** Offset labels along the top; only every `step`-th when cells are narrow. */
  columnTicks: { offset: number; x: number }[];
  cellWidth: number;
  rowHeight: number;
  header: number;
  plotWidth: number;
  height: number;
  showValues: boolean;
}

/** A cohort's name: "1997-01" for months, "1997 Q1" (via `quarterText`) for quarters, the Monday for weeks. */
export function cohortLabel(cohort: number, period: CohortPeriod, quarterText = (year: number, quarter: number) => `${year} Q${quarter}`): string {
  const start = formatDay(periodStartDay(cohort, period));
  if (period === 'month') return start.slice(0, 7);
  if (period === 'quarter') return quarterText(Number(start.slice(0, 4)), Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1);
  return start;
}

const MEASURE_OF: Record<CohortMeasure, (matrix: RetentionMatrix, row: number, offset: number) => number> = {
  share: (matrix, row, offset) => matrix.shares[row][offset],
  customers: (matrix, row, offset) => matrix.customers[row][offset],
  revenue: (matrix, row, offset) => matrix.revenueCents[row][offset],
};

/**
 * Colour domain top: the highest share after the first period. Offset 0 is always 100 % and would
 * otherwise wash every later cell out; it is drawn at the top of the ramp (clamped).
 */
export function shareColorMax(matrix: RetentionMatrix): number {
  let max = 0;
  for (const row of matrix.shares) for (let offset = 1; offset < row.length; offset++) if (row[offset] > max) max = row[offset];
  return max > 0 ? max : 1;
}

/** Lays out the observed cells in `width` pixels of scrolling plot; unobserved (NaN) cells get no box. */
export function cohortHeatmapLayout(matrix: RetentionMatrix, measure: CohortMeasure, width: number): CohortHeatmapLayout {
  const columns = matrix.averageCurve.length;
  const cellWidth = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(width / Math.max(1, columns))));
  const showValues = cellWidth >= TEXT_CELL;
  const rowHeight = showValues ? 26 : 18;
  const colorMax = shareColorMax(matrix);
  const color = scaleSequential(rampColor).domain([0, colorMax]).clamp(true);
  const rows = matrix.cohorts.map((cohort, row) => ({
    row,
    cohortStart: formatDay(periodStartDay(cohort, matrix.period)),
    size: matrix.sizes[row],
    y: HEADER + row * rowHeight,
    cells: [] as CohortCellBox[],
  }));
  for (const { row, cohortStart, y, cells } of rows) {
    matrix.customers[row].forEach((customers, offset) => {
      if (Number.isNaN(customers)) return;
      const share = matrix.shares[row][offset];
      const value = MEASURE_OF[measure](matrix, row, offset);
      const box = { x: offset * cellWidth, y, width: cellWidth - 1, height: rowHeight - 1 };
      const ink = share / colorMax > 0.55 ? 'light' : 'dark';
      cells.push({ row, offset, cohortStart, customers, share, revenueCents: matrix.revenueCents[row][offset], value, ...box, fill: color(share), ink });
    });
  }
  const step = Math.ceil(LABEL_SPACE / cellWidth);
  const columnTicks = Array.from({ length: Math.ceil(columns / step) }, (_, index) => ({
    offset: index * step,
    x: index * step * cellWidth + cellWidth / 2,
  }));
  return { cells: rows.flatMap((row) => row.cells), rows, columnTicks, cellWidth, rowHeight, header: HEADER, plotWidth: columns * cellWidth, height: HEADER + rows.length * rowHeight, showValues };
}

/** The observed cell an arrow key (or Home/End) moves to from (row, offset); null for other keys. */
export function stepCohortCell(matrix: RetentionMatrix, row: number, offset: number, key: string): { row: number; offset: number } | null {
  // Rows are observed from offset 0 up to their last reached period, NaN after it.
  const lastObserved = (at: number) => matrix.customers[at].filter((value) => !Number.isNaN(value)).length - 1;
  const move: Record<string, () => [number, number]> = {
    ArrowLeft: () => [row, offset - 1],
    ArrowRight: () => [row, offset + 1],
    ArrowUp: () => [row - 1, offset],
    ArrowDown: () => [row + 1, offset],
    Home: () => [row, 0],
    End: () => [row, Infinity],
  };
  if (!move[key] || matrix.cohorts.length === 0) return null;
  const [nextRow, nextOffset] = move[key]();
  const clampedRow = Math.min(matrix.cohorts.length - 1, Math.max(0, nextRow));
  return { row: clampedRow, offset: Math.min(lastObserved(clampedRow), Math.max(0, nextOffset)) };
}
