import { needsPurchaseDays, normalizeDefinitions } from '../domain/metric-definitions';
import { computeRfm, type RfmResult } from '../domain/rfm';
import { assignSegments, segmentNames } from '../domain/segments';
import { ruleSettingsKey, type SegmentSnapshot } from '../domain/what-if';
import type { Settings } from './settings';

/** A scenario's segmentation of the current customers, or why it cannot be computed in memory. */
export type ScenarioOutcome = { ok: true; snapshot: SegmentSnapshot } | { ok: false; reason: 'as_of' | 'purchase_days'; asOfDay: number };

/**
 * Segments the customers of `current` under a scenario's rules, in memory. Only possible when the
 * scenario's as-of date is the one shown (other dates need other metrics); then the result is what
 * switching to the scenario would show. Same score method: the scores are reused, only segments change.
 */
export function scenarioSnapshot(current: RfmResult, defaultAsOfDay: number, settings: Settings): ScenarioOutcome {
  const asOfDay = settings.asOfDay ?? defaultAsOfDay;
  if (asOfDay !== current.asOfDay) return { ok: false, reason: 'as_of', asOfDay };
  const definitions = normalizeDefinitions(settings.definitions);
  // Purchase days are counted by a query only while they are in use: without them, days cannot be scored here.
  if (needsPurchaseDays(definitions) && !current.metrics.purchaseDays) return { ok: false, reason: 'purchase_days', asOfDay };
  const { ids, monetaryCents } = current.metrics;
  const sameScores = ruleSettingsKey(settings.scoreMethod) === ruleSettingsKey(current.binning.method) && ruleSettingsKey(definitions) === ruleSettingsKey(current.inputs.definitions);
  if (sameScores) {
    const segment = assignSegments(current.rScore, current.fScore, current.mScore, settings.segmentRules);
    return { ok: true, snapshot: { ids, segment, segmentNames: segmentNames(settings.segmentRules), monetaryCents } };
  }
  const rescored = computeRfm(current.metrics, asOfDay, settings.segmentRules, settings.scoreMethod, definitions);
  return { ok: true, snapshot: { ids, segment: rescored.segment, segmentNames: rescored.segmentNames, monetaryCents } };
}
