import type { CustomerMetrics } from './customer-metrics';
import { defaultDefinitions, rfmInputs, type MetricDefinitions, type RfmInputs } from './metric-definitions';
import { DEFAULT_SCORE_METHOD, scoreWith, type RfmMetric, type ScoredMetric, type ScoreMethod } from './score-methods';
import { assignSegments, segmentNames, type SegmentRule } from './segments';

/** RFM of every customer, columnar, aligned with the metrics it came from. */
export interface RfmResult {
  metrics: CustomerMetrics;
  asOfDay: number;
  /** The frequency and monetary values F and M were scored from, and their definitions (orders/total by default). */
  inputs: RfmInputs;
  recencyDays: Int32Array;
  rScore: Uint8Array;
  fScore: Uint8Array;
  mScore: Uint8Array;
  /** Index into `segmentNames`. */
  segment: Uint16Array;
  segmentNames: string[];
  /** How each metric was cut into scores: method, cut points and customers per score. */
  binning: RfmBinning;
}

/** The cut points and bin sizes of each metric (its scores live in rScore/fScore/mScore). */
export type MetricBinning = Omit<ScoredMetric, 'scores'>;
export interface RfmBinning extends Record<RfmMetric, MetricBinning> {
  method: ScoreMethod;
}

/** Scores and segments every customer as of `asOfDay` (recency = as-of − last order, in days). */
export function computeRfm(
  metrics: CustomerMetrics,
  asOfDay: number,
  rules: readonly SegmentRule[],
  method: ScoreMethod = DEFAULT_SCORE_METHOD,
  definitions: MetricDefinitions = defaultDefinitions(),
): RfmResult {
  const steps = computeRfmInSteps(metrics, asOfDay, rules, method, definitions);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * computeRfm one metric at a time: it pauses (yields) after each score, so a caller on the
 * main thread can let the page handle input between them (each is tens of ms at 100k customers).
 */
export function* computeRfmInSteps(
  metrics: CustomerMetrics,
  asOfDay: number,
  rules: readonly SegmentRule[],
  method: ScoreMethod = DEFAULT_SCORE_METHOD,
  definitions: MetricDefinitions = defaultDefinitions(),
): Generator<void, RfmResult> {
  const inputs = rfmInputs(metrics, definitions);
  const recencyDays = metrics.lastDay.map((lastDay) => asOfDay - lastDay);
  const { scores: rScore, ...recency } = scoreWith(method, recencyDays, false, 'recency');
  yield;
  const { scores: fScore, ...frequency } = scoreWith(method, inputs.frequency, true, 'frequency');
  yield;
  const { scores: mScore, ...monetary } = scoreWith(method, inputs.monetaryCents, true, 'monetary');
  yield;
  return {
    metrics,
    asOfDay,
    inputs,
    recencyDays,
    rScore,
    fScore,
    mScore,
    binning: { method, recency, frequency, monetary },
    segment: assignSegments(rScore, fScore, mScore, rules),
    segmentNames: segmentNames(rules),
  };
}

/** The three-digit RFM cell, e.g. "545". */
export function rfmCell(result: RfmResult, index: number): string {
  return `${result.rScore[index]}${result.fScore[index]}${result.mScore[index]}`;
}
