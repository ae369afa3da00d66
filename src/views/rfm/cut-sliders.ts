import type { CutPoints, RfmMetric } from '../../lib/domain/score-methods';
import { clampBetween } from '../../components/charts/threshold-layout';

/** The smallest step between two fixed cuts: whole days and orders, one cent. */
export const CUT_GAP: Record<RfmMetric, number> = { recency: 1, frequency: 1, monetary: 0.01 };

/**
 * Fixed cut points with one cut moved to `value`, kept strictly ascending (clamped between its
 * neighbours) and in whole units (cents for money); the other cuts stay.
 */
export function movedCuts(cuts: CutPoints, metric: RfmMetric, index: number, value: number): CutPoints {
  const next: CutPoints = { recency: [...cuts.recency], frequency: [...cuts.frequency], monetary: [...cuts.monetary] };
  if (!Number.isFinite(value) || index < 0 || index >= next[metric].length) return next;
  const gap = CUT_GAP[metric];
  const whole = Math.round(value / gap) * gap;
  next[metric][index] = Number(clampBetween(next[metric], index, whole, gap).toFixed(metric === 'monetary' ? 2 : 0));
  return next;
}

/** The two scores a cut separates, lower score first: recency runs backwards (fewer days score higher). */
export function scoresAround(metric: RfmMetric, index: number): [number, number] {
  return metric === 'recency' ? [4 - index, 5 - index] : [index + 1, index + 2];
}
