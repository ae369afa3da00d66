import type { CustomerMetrics } from './customer-metrics';
import { defaultDefinitions, rfmInputs, type MetricDefinitions, type RfmInputs } from './metric-definitions';
import { DEFAULT_SCORE_METHOD, RFM_METRICS, sameMetricMethod, scoreWith, type RfmMetric, type ScoredMetric, type ScoreMethod } from './score-methods';
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
 * computeRfm one metric at a time: it pauses (yields) after each metric it scores, so a caller on the
 * main thread can let the page handle input between them (each is tens of ms at 100k customers).
 * With `previous` (a result of the same metrics and as-of date) a metric whose values and scoring are
 * unchanged keeps its scores and binning without a pause: a moved cut point rescores only its metric.
 */
export function* computeRfmInSteps(
  metrics: CustomerMetrics,
  asOfDay: number,
  rules: readonly SegmentRule[],
  method: ScoreMethod = DEFAULT_SCORE_METHOD,
  definitions: MetricDefinitions = defaultDefinitions(),
  previous: RfmResult | null = null,
): Generator<void, RfmResult> {
  const kept = previous && previous.metrics === metrics && previous.asOfDay === asOfDay ? previous : null;
  const sameDefinitions = kept && kept.inputs.definitions.frequency === definitions.frequency && kept.inputs.definitions.monetary === definitions.monetary;
  const inputs = sameDefinitions ? kept.inputs : rfmInputs(metrics, definitions);
  const recencyDays = kept ? kept.recencyDays : metrics.lastDay.map((lastDay) => asOfDay - lastDay);
  const values: Record<RfmMetric, ArrayLike<number>> = { recency: recencyDays, frequency: inputs.frequency, monetary: inputs.monetaryCents };
  const keptValues: Partial<Record<RfmMetric, ArrayLike<number>>> = kept ? { recency: kept.recencyDays, frequency: kept.inputs.frequency, monetary: kept.inputs.monetaryCents } : {};
  const keptScores: Partial<Record<RfmMetric, Uint8Array>> = kept ? { recency: kept.rScore, frequency: kept.fScore, monetary: kept.mScore } : {};
  const scored = {} as Record<RfmMetric, ScoredMetric>;
  for (const metric of RFM_METRICS) {
    if (kept && keptValues[metric] === values[metric] && sameMetricMethod(kept.binning.method, method, metric)) {
      scored[metric] = { ...kept.binning[metric], scores: keptScores[metric]! };
      continue;
    }
    scored[metric] = scoreWith(method, values[metric], metric !== 'recency', metric);
    yield;
  }
  const { scores: rScore, ...recency } = scored.recency;
  const { scores: fScore, ...frequency } = scored.frequency;
  const { scores: mScore, ...monetary } = scored.monetary;
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
