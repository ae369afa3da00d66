import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { Tick } from './histogram';

/** The highlighted cut: the poorest `1 − topFraction` of customers hold `1 − share` of revenue. */
export interface LorenzHighlight {
  /** Customers in the top group (e.g. ⌈0.2 × n⌉). */
  topCustomers: number;
  customers: number;
  /** Revenue share of the top group, 0–1 (NaN without revenue: no mark). */
  share: number;
}

/** The mark in pixels, with the data point it stands for. */
export interface LorenzMark {
  customerShare: number;
  revenueShare: number;
  x: number;
  y: number;
  /** Pixel y of 100 % revenue: the bracket from `y` up to here is the top group's share. */
  topY: number;
}

export interface LorenzLayout {
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
  /** The Lorenz curve, poorest customers first. */
  curve: string;
  /** The area between the equality diagonal and the curve (its share of the triangle is the Gini). */
  gap: string;
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  xTicks: Tick[];
  yTicks: Tick[];
  mark: LorenzMark | null;
}

const MARGIN = { top: 12, right: 16, bottom: 38, left: 48 };
const MAX_SIDE = 300;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** A square plot (shares on both axes read alike) of at most MAX_SIDE pixels within `width`. */
export function lorenzLayout(
  points: { customerShare: ArrayLike<number>; revenueShare: ArrayLike<number> },
  highlight: LorenzHighlight | null,
  width: number,
): LorenzLayout {
  const side = Math.max(1, Math.min(MAX_SIDE, width - MARGIN.left - MARGIN.right));
  const plot = { left: MARGIN.left, right: MARGIN.left + side, top: MARGIN.top, bottom: MARGIN.top + side };
  const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
  const pairs = Array.from({ length: points.customerShare.length }, (_, at): [number, number] => [points.customerShare[at], points.revenueShare[at]]);
  const curve = line<[number, number]>()
    .x(([customers]) => x(customers))
    .y(([, revenue]) => y(revenue))(pairs);
  const gap = area<[number, number]>()
    .x(([customers]) => x(customers))
    .y0(([customers]) => y(customers))
    .y1(([, revenue]) => y(revenue))(pairs);
  let mark: LorenzMark | null = null;
  if (highlight && highlight.customers > 0 && Number.isFinite(highlight.share)) {
    const customerShare = 1 - highlight.topCustomers / highlight.customers;
    const revenueShare = 1 - highlight.share;
    mark = { customerShare, revenueShare, x: x(customerShare), y: y(revenueShare), topY: y(1) };
  }
  const ticks = (scale: (value: number) => number) => TICKS.map((value) => ({ value, position: scale(value) }));
  return {
    plot,
    height: plot.bottom + MARGIN.bottom,
    curve: pairs.length > 1 ? (curve ?? '') : '',
    gap: pairs.length > 1 ? (gap ?? '') : '',
    diagonal: { x1: x(0), y1: y(0), x2: x(1), y2: y(1) },
    xTicks: ticks(x),
    yTicks: ticks(y),
    mark,
  };
}

/** Whether pixel (px, py) is close enough to the mark to show its tooltip. */
export function nearMark(mark: LorenzMark | null, px: number, py: number, radius = 24): boolean {
  return mark !== null && Math.hypot(mark.x - px, mark.y - py) <= radius;
}
