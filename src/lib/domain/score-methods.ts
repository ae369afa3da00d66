import { quantilesType7 } from './r-quantile';
import { scoresFromWorseCounts, worseCounts } from './scores';

/** The three RFM metrics, in the order they are scored. */
export type RfmMetric = 'recency' | 'frequency' | 'monetary';
export const RFM_METRICS: readonly RfmMetric[] = ['recency', 'frequency', 'monetary'];

/** Four ascending cut points per metric, in display units: days, orders, currency units (not cents). */
export type CutPoints = Record<RfmMetric, number[]>;

/**
 * How values become scores 1–5, as plain settings data:
 *  - tie-sharing: score = 1 + floor(5 × worse customers ÷ customers), ties share a score (default);
 *  - fixed: the person's own cut points;
 *  - r-rfm: the R `rfm` package's bins (type-7 quantiles at 0.2…0.8, each + 1, intervals [lower, upper)).
 */
export type ScoreMethod = { kind: 'tie-sharing' } | { kind: 'fixed'; cuts: CutPoints } | { kind: 'r-rfm' };
export type ScoreMethodKind = ScoreMethod['kind'];
export const SCORE_METHOD_KINDS: readonly ScoreMethodKind[] = ['tie-sharing', 'r-rfm', 'fixed'];
export const DEFAULT_SCORE_METHOD: ScoreMethod = { kind: 'tie-sharing' };

/** App values per display unit: monetary is held in cents. */
export const METRIC_SCALE: Record<RfmMetric, number> = { recency: 1, frequency: 1, monetary: 100 };

/** The scores of one metric and how the values were cut. */
export interface ScoredMetric {
  metric: RfmMetric;
  scores: Uint8Array;
  /**
   * The 4 boundaries on the ascending value axis, display units: axis bin i is [cut[i−1], cut[i]).
   * Score = axis bin + 1 when higher is better, 5 − axis bin otherwise (recency). Infinity: no value that high.
   */
  cutPoints: number[];
  /** Customers per score, index 0 = score 1. */
  binSizes: number[];
  /** Per score: the most common value in it (display units) and how many customers have it; null when empty. */
  largestTies: ({ value: number; customers: number } | null)[];
  higherIsBetter: boolean;
  customers: number;
}

const BINS = 5;
const R_PROBABILITIES = [0.2, 0.4, 0.6, 0.8];

/** Scores `values` (app units: days, orders, cents) 1–5 with `method`. */
export function scoreWith(method: ScoreMethod, values: ArrayLike<number>, higherIsBetter: boolean, metric: RfmMetric): ScoredMetric {
  const scale = METRIC_SCALE[metric];
  const stats = method.kind === 'tie-sharing' ? tieSharing(values, higherIsBetter) : cutScoring(method, values, higherIsBetter, metric);
  return {
    metric,
    scores: stats.scores,
    cutPoints: stats.cuts.map((cut) => toDisplay(cut, scale)),
    binSizes: stats.sizes,
    largestTies: stats.ties.map((tie) => (tie ? { value: toDisplay(tie.value, scale), customers: tie.customers } : null)),
    higherIsBetter,
    customers: values.length,
  };
}

/** Scores, cuts (app units) and per-score sizes and largest ties. */
interface Binned {
  scores: Uint8Array;
  cuts: number[];
  sizes: number[];
  ties: ({ value: number; customers: number } | null)[];
}

/**
 * Whether `metric` is scored the same way under both methods: same kind and, for fixed cut points, the same
 * cuts of that metric. Then the same values get the same scores (a cut move rescores only its own metric).
 */
export function sameMetricMethod(a: ScoreMethod, b: ScoreMethod, metric: RfmMetric): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'fixed' || b.kind !== 'fixed') return true;
  const [cutsA, cutsB] = [a.cuts[metric], b.cuts[metric]];
  return cutsA.length === cutsB.length && cutsA.every((cut, index) => Object.is(cut, cutsB[index]));
}

// Sorted copies of value arrays already scored. The app never mutates a values array once scored (results are
// replaced whole), so moving a fixed cut point of the same values skips the sort: a walk and a pass remain.
const sortedCopies = new WeakMap<object, Float64Array>();

/** The values in ascending order, from the cache when these very values were sorted before. */
function sortedValues(values: ArrayLike<number>): Float64Array {
  let sorted = sortedCopies.get(values);
  if (!sorted) {
    sorted = Float64Array.from(values).sort();
    sortedCopies.set(values, sorted);
  }
  return sorted;
}

/** Fixed or R cut points: one sorted copy gives the quantiles, the sizes and the ties. */
function cutScoring(method: Exclude<ScoreMethod, { kind: 'tie-sharing' }>, values: ArrayLike<number>, higherIsBetter: boolean, metric: RfmMetric): Binned {
  const scale = METRIC_SCALE[metric];
  const sorted = sortedValues(values);
  // The rfm package adds 1 (one currency unit for revenue) to each quantile and bins [lower, upper).
  const cuts = method.kind === 'r-rfm' ? quantilesType7(sorted, R_PROBABILITIES).map((cut) => cut + scale) : method.cuts[metric].map((cut) => cut * scale);
  const scores = scoresFromCuts(values, cuts, higherIsBetter);
  const sizes = new Array<number>(BINS).fill(0);
  const ties: Binned['ties'] = new Array(BINS).fill(null);
  for (let start = 0, bin = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    while (bin < cuts.length && sorted[start] >= cuts[bin]) bin++;
    const score = higherIsBetter ? bin : BINS - 1 - bin;
    sizes[score] += end - start;
    if (!ties[score] || end - start > ties[score]!.customers) ties[score] = { value: sorted[start], customers: end - start };
    start = end;
  }
  return { scores, cuts, sizes, ties };
}

/** Tie-sharing: no extra sort; customers with the same worse count are one tie. */
function tieSharing(values: ArrayLike<number>, higherIsBetter: boolean): Binned {
  const worse = worseCounts(values, higherIsBetter);
  // The sorted copy comes almost free from the worse counts; a first move to fixed cuts then skips its sort.
  if (!sortedCopies.has(values)) sortedCopies.set(values, sortedFromWorseCounts(values, worse, higherIsBetter));
  const scores = scoresFromWorseCounts(worse, BINS);
  const tieSize = new Uint32Array(values.length);
  for (const count of worse) tieSize[count]++;
  const sizes = new Array<number>(BINS).fill(0);
  const ties: Binned['ties'] = new Array(BINS).fill(null);
  for (let index = 0; index < values.length; index++) {
    const score = scores[index] - 1;
    sizes[score]++;
    const customers = tieSize[worse[index]];
    if (!ties[score] || customers > ties[score]!.customers) ties[score] = { value: values[index], customers };
  }
  return { scores, cuts: tieSharingCuts(values, scores, higherIsBetter), sizes, ties };
}

/**
 * The values ascending, placed by their worse counts: with higher better a value's count is how many are
 * below it (its first place), otherwise how many are above it (its last place); a tie fills the places between.
 */
export function sortedFromWorseCounts(values: ArrayLike<number>, worse: Uint32Array, higherIsBetter: boolean): Float64Array {
  const count = values.length;
  const sorted = new Float64Array(count);
  const placed = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const place = higherIsBetter ? worse[index] : count - 1 - worse[index];
    sorted[place] = values[index];
    placed[place] = 1;
  }
  if (higherIsBetter) {
    for (let place = 1; place < count; place++) if (!placed[place]) sorted[place] = sorted[place - 1];
  } else {
    for (let place = count - 2; place >= 0; place--) if (!placed[place]) sorted[place] = sorted[place + 1];
  }
  return sorted;
}

/** Cents to currency units without float dust (25580 → 255.8, not 255.79999999999998). */
function toDisplay(cut: number, scale: number): number {
  if (!Number.isFinite(cut) || scale === 1) return cut;
  return Math.round((cut / scale) * 1e9) / 1e9;
}

/** Axis bin of a value: how many cuts are at or below it ([lower, upper) intervals). */
function axisBin(value: number, cuts: readonly number[]): number {
  let bin = 0;
  while (bin < cuts.length && value >= cuts[bin]) bin++;
  return bin;
}

function scoresFromCuts(values: ArrayLike<number>, cuts: readonly number[], higherIsBetter: boolean): Uint8Array {
  const scores = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const bin = axisBin(values[index], cuts);
    scores[index] = higherIsBetter ? bin + 1 : BINS - bin;
  }
  return scores;
}

/** Tie-sharing bins are contiguous on the axis, so each cut is the smallest value of the bins above it. */
function tieSharingCuts(values: ArrayLike<number>, scores: Uint8Array, higherIsBetter: boolean): number[] {
  const lowest = new Array<number>(BINS).fill(Infinity);
  for (let index = 0; index < values.length; index++) {
    const bin = higherIsBetter ? scores[index] - 1 : BINS - scores[index];
    if (values[index] < lowest[bin]) lowest[bin] = values[index];
  }
  const cuts: number[] = [];
  for (let bin = BINS - 1, above = Infinity; bin >= 1; bin--) {
    above = Math.min(above, lowest[bin]);
    cuts.unshift(above);
  }
  return cuts;
}

/** Why cut points are not acceptable as fixed cuts, or null: four finite numbers, strictly ascending. */
export function cutPointsProblem(cuts: readonly number[]): 'count' | 'not_number' | 'not_ascending' | null {
  if (cuts.length !== BINS - 1) return 'count';
  if (!cuts.every(Number.isFinite)) return 'not_number';
  for (let index = 1; index < cuts.length; index++) if (cuts[index] <= cuts[index - 1]) return 'not_ascending';
  return null;
}
