import { scaleLinear } from 'd3-scale';
import type { HealthBand, HealthBandThresholds, HealthBin } from '../../lib/domain/health';
import type { Tick } from './histogram';

/** A piece of a bar in one band's colour: a bin that straddles a threshold is split where the threshold falls. */
export interface HealthBarPiece {
  x: number;
  width: number;
  band: HealthBand;
}

export interface HealthBar {
  bin: HealthBin;
  x: number;
  width: number;
  y: number;
  height: number;
  pieces: HealthBarPiece[];
}

export interface HealthHistogramLayout {
  bars: HealthBar[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Threshold lines (healthyFrom, watchFrom) inside 0–100. */
  thresholds: { key: 'healthyFrom' | 'watchFrom'; value: number; position: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const MARGIN = { top: 12, right: 14, bottom: 24, left: 48 };

/** The band of a score under these thresholds (inclusive lower bounds, as the domain's `healthBands`). */
export function bandOfScore(score: number, { healthyFrom, watchFrom }: HealthBandThresholds): HealthBand {
  return score >= healthyFrom ? 'healthy' : score >= watchFrom ? 'watch' : 'at_risk';
}

/** Splits [from, to) at the thresholds inside it; each piece takes the band of its lower end. */
export function bandPieces(from: number, to: number, thresholds: HealthBandThresholds): { from: number; to: number; band: HealthBand }[] {
  const cuts = [thresholds.watchFrom, thresholds.healthyFrom].filter((cut) => cut > from && cut < to).sort((a, b) => a - b);
  const edges = [from, ...cuts, to];
  return edges.slice(0, -1).map((start, at) => ({ from: start, to: edges[at + 1], band: bandOfScore(start, thresholds) }));
}

/** Bars of the 0–100 index in `width` × `height` pixels, coloured by band. */
export function healthHistogramLayout(bins: readonly HealthBin[], thresholds: HealthBandThresholds, width: number, height: number): HealthHistogramLayout {
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom) };
  const x = scaleLinear().domain([0, 100]).range([plot.left, plot.right]);
  const most = Math.max(1, ...bins.map((bin) => bin.customers));
  const y = scaleLinear().domain([0, most]).nice(4).range([plot.bottom, plot.top]);
  const bars = bins.map((bin): HealthBar => {
    const left = x(bin.from) + 0.5;
    const right = Math.max(left + 1, x(bin.to) - 0.5);
    const pieces = bandPieces(bin.from, bin.to, thresholds).map((piece) => {
      const start = Math.max(left, x(piece.from));
      return { x: start, width: Math.max(0, Math.min(right, x(piece.to)) - start), band: piece.band };
    });
    return { bin, x: left, width: right - left, y: y(bin.customers), height: plot.bottom - y(bin.customers), pieces };
  });
  const lines = (['watchFrom', 'healthyFrom'] as const)
    .map((key) => ({ key, value: thresholds[key], position: x(thresholds[key]) }))
    .filter((line) => line.value > 0 && line.value < 100);
  return {
    bars,
    xTicks: x.ticks(10).map((value) => ({ value, position: x(value) })),
    yTicks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, position: y(value) })),
    thresholds: lines,
    plot,
  };
}

/** Index of the bar whose column holds pixel `px`, or null. */
export function barIndexAt(bars: readonly { x: number; width: number }[], px: number): number | null {
  const found = bars.findIndex((bar) => px >= bar.x - 1 && px <= bar.x + bar.width + 1);
  return found === -1 ? null : found;
}
