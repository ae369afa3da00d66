import type { CustomerMetrics } from './customer-metrics';
import { quantileScores } from './scores';
import { assignSegments, segmentNames, type SegmentRule } from './segments';

/** RFM of every customer, columnar, aligned with the metrics it came from. */
export interface RfmResult {
  metrics: CustomerMetrics;
  asOfDay: number;
  recencyDays: Int32Array;
  rScore: Uint8Array;
  fScore: Uint8Array;
  mScore: Uint8Array;
  /** Index into `segmentNames`. */
  segment: Uint16Array;
  segmentNames: string[];
}

/** Scores and segments every customer as of `asOfDay` (recency = as-of − last order, in days). */
export function computeRfm(metrics: CustomerMetrics, asOfDay: number, rules: readonly SegmentRule[]): RfmResult {
  const recencyDays = metrics.lastDay.map((lastDay) => asOfDay - lastDay);
  const rScore = quantileScores(recencyDays, false);
  const fScore = quantileScores(metrics.frequency, true);
  const mScore = quantileScores(metrics.monetaryCents, true);
  return {
    metrics,
    asOfDay,
    recencyDays,
    rScore,
    fScore,
    mScore,
    segment: assignSegments(rScore, fScore, mScore, rules),
    segmentNames: segmentNames(rules),
  };
}

/** The three-digit RFM cell, e.g. "545". */
export function rfmCell(result: RfmResult, index: number): string {
  return `${result.rScore[index]}${result.fScore[index]}${result.mScore[index]}`;
}
