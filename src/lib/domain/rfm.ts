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
  const steps = computeRfmInSteps(metrics, asOfDay, rules);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * computeRfm one metric at a time: it pauses (yields) after each score, so a caller on the
 * main thread can let the page handle input between them (each is tens of ms at 100k customers).
 */
export function* computeRfmInSteps(metrics: CustomerMetrics, asOfDay: number, rules: readonly SegmentRule[]): Generator<void, RfmResult> {
  const recencyDays = metrics.lastDay.map((lastDay) => asOfDay - lastDay);
  const rScore = quantileScores(recencyDays, false);
  yield;
  const fScore = quantileScores(metrics.frequency, true);
  yield;
  const mScore = quantileScores(metrics.monetaryCents, true);
  yield;
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
