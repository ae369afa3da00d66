import { axisPosition } from './histogram';

/** One threshold a slider moves: a stable key, what it is called and its value in the axis's units. */
export interface Threshold {
  key: string;
  label: string;
  value: number;
}

/**
 * A range input laid along a histogram's axis: whole steps of the input ↔ data values. On a log axis the
 * steps are even in log10(1 + x), so the thumb moves as far as the cut line does.
 */
export interface SliderScale {
  /** The input's max (its min is 0, step 1). */
  steps: number;
  toValue(step: number): number;
  toStep(value: number): number;
}

/** Options of `sliderScale`. */
export interface SliderOptions {
  log?: boolean;
  /** Values are whole numbers (days, orders): every step lands on one. */
  integer?: boolean;
  /** Decimals kept on a continuous axis (2 for money in currency units). */
  decimals?: number;
  /** Steps of a continuous axis. */
  resolution?: number;
}

// Whole-number axes up to this span get one step per value; wider ones share `resolution` steps.
const MAX_UNIT_STEPS = 1_000;

/** The scale of a slider over `domain` (data units, as `histogramModel` gives it). */
export function sliderScale(domain: readonly [number, number], options: SliderOptions = {}): SliderScale {
  const log = (options.log ?? false) && domain[0] >= 0;
  const integer = options.integer ?? false;
  const low = domain[0];
  const high = Math.max(domain[1], low + (integer ? 1 : 1e-9));
  if (integer && !log && high - low <= MAX_UNIT_STEPS) {
    const steps = Math.round(high - low);
    return {
      steps,
      toValue: (step) => Math.round(low + clamp(step, 0, steps)),
      toStep: (value) => clamp(Math.round(value - low), 0, steps),
    };
  }
  // Evenly spaced positions along the axis, rounded, so the thumb sits where the line is drawn. Where the
  // axis is dense several steps round to one value: `stepAfter` skips them for the arrow keys.
  const resolution = options.resolution ?? 500;
  const from = axisPosition(low, log);
  const to = axisPosition(high, log);
  const round = integer ? Math.round : (value: number) => roundTidy(value, options.decimals ?? 2);
  const table: number[] = [];
  for (let step = 0; step <= resolution; step++) {
    const position = from + ((to - from) * step) / resolution;
    const value = round(log ? 10 ** position - 1 : position);
    table.push(table.length ? Math.max(value, table[table.length - 1]) : value);
  }
  return {
    steps: table.length - 1,
    toValue: (step) => table[clamp(Math.round(step), 0, table.length - 1)],
    toStep: (value) => nearestIndex(table, value),
  };
}

/** The nearest step from `step` in `direction` (±1) whose value differs, or `step` at either end: one arrow key, one change. */
export function stepAfter(scale: SliderScale, step: number, direction: 1 | -1): number {
  const value = scale.toValue(step);
  for (let next = step + direction; next >= 0 && next <= scale.steps; next += direction) if (scale.toValue(next) !== value) return next;
  return step;
}

/** Index of the entry of ascending `table` closest to `value` (the last one for NaN or +∞). */
function nearestIndex(table: readonly number[], value: number): number {
  if (Number.isNaN(value)) return table.length - 1;
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (table[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low > 0 && value - table[low - 1] < table[low] - value ? low - 1 : low;
}

/** Three significant digits, at most `decimals` decimals: slider values read as 1,250 or 37.5, not 1,247.318. */
export function roundTidy(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const digits = Math.min(decimals, Math.max(0, 2 - magnitude));
  const unit = 10 ** (magnitude - 2);
  const rounded = digits > 0 || unit < 1 ? Number(value.toFixed(digits)) : Math.round(value / unit) * unit;
  return Number(rounded.toPrecision(12));
}

/**
 * `value` moved as close as allowed to where it was asked, so `values` stays strictly ascending:
 * at least `gap` above the previous value and below the next one.
 */
export function clampBetween(values: readonly number[], index: number, value: number, gap: number): number {
  const below = index > 0 && Number.isFinite(values[index - 1]) ? values[index - 1] + gap : -Infinity;
  const above = index < values.length - 1 && Number.isFinite(values[index + 1]) ? values[index + 1] - gap : Infinity;
  if (below > above) return values[index];
  return Math.min(above, Math.max(below, value));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * Runs `task` for the newest request only, one at a time: a request while it runs is remembered and run
 * once it ends (the older waiting one dropped). A slider drag thus recomputes as fast as the work allows,
 * never queues up, and always ends on the last position.
 */
export function latestOnly<T>(task: (request: T) => Promise<void>): (request: T) => Promise<void> {
  let running: Promise<void> | null = null;
  let waiting: { request: T } | null = null;
  const drain = async () => {
    while (waiting) {
      const { request } = waiting;
      waiting = null;
      try {
        await task(request);
      } catch {
        // The task reports its own failures; the next request still runs.
      }
    }
    running = null;
  };
  return (request: T) => {
    waiting = { request };
    running ??= drain();
    return running;
  };
}

/** The smallest and largest finite value ([0, 1] without any): the span a slider covers. */
export function valueExtent(values: ArrayLike<number>, log = false): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low > high) return [0, 1];
  // A log axis has no place below 0 (net returns): its slider starts at 0.
  return [log ? Math.max(0, low) : low, high];
}
