import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Tick } from './histogram';

const DAY_MS = 86_400_000;

/** One customer's rows as columns (the customer-orders query's shape): day numbers, cents, 1 = return. */
export interface TimelineRows {
  orderDay: ArrayLike<number>;
  amountCents: ArrayLike<number>;
  isReturn: ArrayLike<number>;
}

/** One day with rows: purchases drawn up from the axis, returns down, both as positive cents. */
export interface TimelineDay {
  day: number;
  rows: number;
  purchaseCents: number;
  returnCents: number;
  x: number;
  /** Bar tops and heights in pixels (0 high when there is nothing of that kind). */
  purchaseY: number;
  purchaseHeight: number;
  returnHeight: number;
  afterAsOf: boolean;
}

/** Everything the order timeline draws for one width. */
export interface OrderTimelineLayout {
  days: TimelineDay[];
  xTicks: (Tick & { label: string })[];
  axisY: number;
  asOfX: number;
  barWidth: number;
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
}

const MARGIN = { top: 18, right: 12, bottom: 22, left: 12 };
const UP_HEIGHT = 72;
const DOWN_HEIGHT = 28;

/** Days since 1970 as a UTC date, and back. */
const dateOf = (day: number) => new Date(day * DAY_MS);
const dayOf = (date: Date) => Math.round(date.getTime() / DAY_MS);

/** "1997" on 1 January, "1997-04" on other firsts of a month, the full date otherwise. */
export function tickLabel(day: number): string {
  const iso = dateOf(day).toISOString().slice(0, 10);
  if (iso.endsWith('-01-01')) return iso.slice(0, 4);
  if (iso.endsWith('-01')) return iso.slice(0, 7);
  return iso;
}

/** Sums the rows per day (several lines of one invoice, or two orders on a day, make one bar). */
export function rowsByDay(rows: TimelineRows): { day: number; rows: number; purchaseCents: number; returnCents: number }[] {
  const byDay = new Map<number, { day: number; rows: number; purchaseCents: number; returnCents: number }>();
  for (let index = 0; index < rows.orderDay.length; index++) {
    const day = rows.orderDay[index];
    const entry = byDay.get(day) ?? { day, rows: 0, purchaseCents: 0, returnCents: 0 };
    entry.rows++;
    if (rows.isReturn[index]) entry.returnCents += Math.abs(rows.amountCents[index]);
    else entry.purchaseCents += Math.max(0, rows.amountCents[index]);
    byDay.set(day, entry);
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/**
 * Bars on a date axis from the first row to the as-of date (or the last row, if later), padded a
 * little so end bars are not cut. Both directions share one height scale, so a return as large as a
 * purchase has the same length. A single day gets two weeks either side.
 */
export function orderTimelineLayout(rows: TimelineRows, asOfDay: number, width: number): OrderTimelineLayout {
  const grouped = rowsByDay(rows);
  const hasReturns = grouped.some((entry) => entry.returnCents > 0);
  const plot = { left: MARGIN.left, right: Math.max(MARGIN.left + 1, width - MARGIN.right), top: MARGIN.top, bottom: MARGIN.top + UP_HEIGHT + (hasReturns ? DOWN_HEIGHT : 0) };
  const axisY = MARGIN.top + UP_HEIGHT;
  const first = Math.min(asOfDay, grouped[0]?.day ?? asOfDay);
  const last = Math.max(asOfDay, grouped[grouped.length - 1]?.day ?? asOfDay);
  const padding = Math.max(14, Math.round((last - first) * 0.03));
  const x = scaleUtc()
    .domain([dateOf(first - padding), dateOf(last + padding)])
    .range([plot.left, plot.right]);
  const largest = Math.max(1, ...grouped.map((entry) => Math.max(entry.purchaseCents, entry.returnCents)));
  const length = scaleLinear().domain([0, largest]).range([0, UP_HEIGHT - 4]);
  // Two pixels at least so a small order stays visible; a gap between neighbours when there is room.
  const barWidth = Math.max(2, Math.min(8, (plot.right - plot.left) / Math.max(1, grouped.length) / 2));
  const days = grouped.map((entry) => {
    const purchaseHeight = entry.purchaseCents > 0 ? Math.max(2, length(entry.purchaseCents)) : 0;
    return {
      ...entry,
      x: x(dateOf(entry.day)),
      purchaseY: axisY - purchaseHeight,
      purchaseHeight,
      returnHeight: entry.returnCents > 0 ? Math.max(2, Math.min(DOWN_HEIGHT - 2, length(entry.returnCents))) : 0,
      afterAsOf: entry.day > asOfDay,
    };
  });
  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / 90));
  return {
    days,
    xTicks: x.ticks(tickCount).map((date) => ({ value: dayOf(date), position: x(date), label: tickLabel(dayOf(date)) })),
    axisY,
    asOfX: x(dateOf(asOfDay)),
    barWidth,
    plot,
    height: plot.bottom + MARGIN.bottom,
  };
}
