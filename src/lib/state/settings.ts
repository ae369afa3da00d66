import type { Mapping } from '../domain/column-detection';
import type { ReadOptions } from '../domain/order-rows';
import { defaultDefinitions, type MetricDefinitions } from '../domain/metric-definitions';
import { DEFAULT_SCORE_METHOD, type ScoreMethod } from '../domain/score-methods';
import { DEFAULT_SEGMENT_RULES, type SegmentRule } from '../domain/segments';
import { defaultClusteringSettings, type ClusteringSettings } from './clustering-settings';
import { defaultLifecycleSettings, type LifecycleSettings } from './lifecycle-settings';
import { defaultStrategySettings, type StrategySettings } from './strategy-settings';
import { defaultValueSettings, type ValueSettings } from './value-settings';

/**
 * Every choice that shapes the results, in one plain serializable object: what a scenario
 * file will hold (no customer data). Later capabilities add fields; `version` guards old files.
 */
export interface Settings {
  version: 1;
  mapping: Mapping;
  read: ReadOptions;
  /** Day number of the as-of date; null means the default, the day after the latest order. */
  asOfDay: number | null;
  /** How values become scores 1–5; fixed cut points are stored in display units (days, orders, currency). */
  scoreMethod: ScoreMethod;
  /** What F and M are computed from: orders or distinct purchase days; total or average net money per order. */
  definitions: MetricDefinitions;
  segmentRules: SegmentRule[];
  clustering: ClusteringSettings;
  lifecycle: LifecycleSettings;
  value: ValueSettings;
  strategy: StrategySettings;
}

/** Settings of a fresh session. */
export function defaultSettings(): Settings {
  return {
    version: 1,
    mapping: {},
    read: { dateOrder: null, decimal: '.', removeDuplicates: false },
    asOfDay: null,
    scoreMethod: structuredClone(DEFAULT_SCORE_METHOD),
    definitions: defaultDefinitions(),
    segmentRules: DEFAULT_SEGMENT_RULES.map((rule) => ({ ...rule })),
    clustering: defaultClusteringSettings(),
    lifecycle: defaultLifecycleSettings(),
    value: defaultValueSettings(),
    strategy: defaultStrategySettings(),
  };
}
