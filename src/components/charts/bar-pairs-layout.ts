import { scaleLinear } from 'd3-scale';
import type { Tick } from './histogram';

/** One category with its two values (e.g. share of customers, share of revenue). */
export interface BarPairItem {
  label: string;
  values: [number, number];
}

/** One bar in pixels, with where its value label goes. */
export interface PairBar {
  series: 0 | 1;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelAnchor: 'start' | 'end';
}

/** One category row. */
export interface PairRow {
  label: string;
  /** `label`, shortened with … to fit the label column. */
  shortLabel: string;
  labelX: number;
  labelY: number;
  bars: PairBar[];
}

/** Pixel layout of the grouped bars for one width. */
export interface BarPairsLayout {
  rows: PairRow[];
  ticks: Tick[];
  /** Labels above each pair instead of in a left column (narrow charts). */
  stacked: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  zero: number;
  height: number;
}

const BAR = 12;
const GAP = 2;
const VALUE_LABEL_ROOM = 50;
const AXIS_ROOM = 24;
// No text measuring in a pure helper: an average character width is close enough for "…".
const CHAR_WIDTH = 7;

/** Shortens `text` to at most `max` characters, ending in … when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return max <= 1 ? '…' : `${text.slice(0, max - 1)}…`;
}

/** Lays out horizontal grouped bars; the axis always includes 0 and any negative value. */
export function barPairsLayout(items: readonly BarPairItem[], width: number): BarPairsLayout {
  const stacked = width < 520;
  const labelWidth = stacked ? 0 : Math.min(170, Math.round(width * 0.3));
  const all = items.flatMap((item) => item.values).filter(Number.isFinite);
  const low = Math.min(0, ...all);
  const high = Math.max(0, ...all);
  const hasNegative = low < 0;
  const left = labelWidth + (hasNegative ? VALUE_LABEL_ROOM : 4);
  const right = Math.max(left + 1, width - VALUE_LABEL_ROOM);
  const x = scaleLinear()
    .domain(high > low ? [low, high] : [0, 1])
    .nice(5)
    .range([left, right]);
  const zero = x(0);
  const labelRow = stacked ? 16 : 0;
  const rowHeight = labelRow + BAR * 2 + GAP + 12;
  const rows = items.map((item, index): PairRow => {
    const top = index * rowHeight + labelRow;
    return {
      label: item.label,
      shortLabel: stacked ? item.label : truncate(item.label, Math.floor((labelWidth - 8) / CHAR_WIDTH)),
      labelX: stacked ? 0 : labelWidth - 8,
      labelY: stacked ? top - 4 : top + BAR + GAP / 2 + 4,
      bars: item.values.map((raw, series): PairBar => {
        const value = Number.isFinite(raw) ? raw : 0;
        const end = x(value);
        return {
          series: series as 0 | 1,
          value,
          x: Math.min(zero, end),
          y: top + series * (BAR + GAP),
          width: Math.abs(end - zero),
          height: BAR,
          labelX: value < 0 ? end - 4 : end + 4,
          labelAnchor: value < 0 ? 'end' : 'start',
        };
      }),
    };
  });
  const bottom = items.length * rowHeight;
  const tickCount = Math.max(2, Math.floor((right - left) / 70));
  return {
    rows,
    ticks: x.ticks(tickCount).map((value) => ({ value, position: x(value) })),
    stacked,
    plot: { left, right, top: 0, bottom },
    zero,
    height: bottom + AXIS_ROOM,
  };
}
