import { customerMetrics, lifecycleInputs, type SqlDb } from '../data';
import { evaluateLifecycle, type LifecycleResult, type LifecycleRules } from '../domain/lifecycle';
import { needsPurchaseDays, normalizeDefinitions, type MetricDefinitions } from '../domain/metric-definitions';
import { computeRfm } from '../domain/rfm';
import type { ScoreMethod } from '../domain/score-methods';
import type { SegmentRule } from '../domain/segments';

/**
 * RFM segments and lifecycle stages as of any day, from the loaded orders (e.g. the two dates of a
 * migration). Null when nobody had ordered by then.
 */
export async function lifecycleAt(
  db: SqlDb,
  asOfDay: number,
  hasOrderIds: boolean,
  segmentRules: readonly SegmentRule[],
  rules: LifecycleRules,
  scoreMethod?: ScoreMethod,
  definitions?: MetricDefinitions,
): Promise<LifecycleResult | null> {
  const chosen = normalizeDefinitions(definitions);
  const metrics = await customerMetrics(db, asOfDay, hasOrderIds, 'current', needsPurchaseDays(chosen));
  if (metrics.ids.length === 0) return null;
  const rfm = computeRfm(metrics, asOfDay, segmentRules, scoreMethod, chosen);
  const inputs = await lifecycleInputs(db, metrics, asOfDay, asOfDay - rules.reviewOffsetDays);
  return evaluateLifecycle(rfm, inputs, rules);
}
