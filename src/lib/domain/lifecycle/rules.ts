/** An inclusive monetary-score band, e.g. [3, 4]; its position in the list is the tier (1 = lowest). */
export type ScoreBand = readonly [number, number];

/**
 * Thresholds of the lifecycle stages (issue 4, §1). Plain data so the app can show and edit them;
 * every "more than" in the stage rules is strict, every "within" inclusive.
 */
export interface LifecycleRules {
  /** Churned: no order for more than this many days. */
  churnedAfterDays: number;
  /** Churn warning: days since last order above the larger of this… */
  warningMinDays: number;
  /** …and this multiple of the customer's own median gap between distinct order dates. */
  warningGapMultiple: number;
  /** New: first order at most this many days before the as-of date. */
  newWithinDays: number;
  /** Converted: compared with the value tier this many days before the as-of date. */
  reviewOffsetDays: number;
  /** Value tiers as monetary-score bands, lowest first, until custom tiers exist. */
  valueTierBands: readonly ScoreBand[];
}

/** The defaults the issue states. */
export const DEFAULT_LIFECYCLE_RULES: LifecycleRules = {
  churnedAfterDays: 365,
  warningMinDays: 90,
  warningGapMultiple: 2,
  newWithinDays: 30,
  reviewOffsetDays: 90,
  valueTierBands: [
    [1, 2],
    [3, 4],
    [5, 5],
  ],
};

/** Stage keys in rule order: the first matching stage wins (prospect only for customers without orders). */
export const STAGES = ['churned', 'churn_warning', 'won_back', 'new', 'converted', 'repeat', 'retained', 'prospect'] as const;

/** One lifecycle stage key. */
export type Stage = (typeof STAGES)[number];

/** Index of a stage in STAGES, for reading the Uint8Array that assignStages returns. */
export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);
