export {
  ATTRIBUTE_FEATURES,
  TIER_FEATURES,
  tierFeaturesFromRfm,
  tierFeaturesFromRows,
  type AttributeColumns,
  type TierFeatureName,
  type TierFeatureRow,
  type TierFeatures,
  type TrailingYearColumns,
} from './features';
export { relationshipYears, relationshipYearsColumn } from './relationship-years';
export {
  ACTIVE_SEGMENT_RULES,
  isSegmentScheme,
  keyNeedsOf,
  tierNames,
  type AnyTierScheme,
  type BetweenCondition,
  type Condition,
  type RankCondition,
  type SegmentTierScheme,
  type ThresholdCondition,
  type TierRule,
  type TierScheme,
} from './scheme';
export {
  B2B_ACCOUNT_TIERS,
  defaultTierSchemes,
  RFM_SEGMENTS,
  SERVICE_LEVELS,
  TIER_PRESETS,
  VALUE_LEVELS_FREQUENCY,
  VALUE_LEVELS_MARGIN,
  VALUE_LEVELS_SPEND,
} from './presets';
export { topCount, topShareMask } from './rank';
export { kthSmallest, knownValues, medianInPlace } from './select';
export { conditionMask, ruleMask } from './conditions';
export { assignmentFromSegments, assignTiers, missingFeatures, requiredFeatures, tierCounts, type TierAssignment } from './evaluate';
export { DEFAULT_TAG_RULES, featureTags, knownStatistic, type TagRule } from './tags';
export { DEFAULT_SUMMARY_OPTIONS, groupByTier, summarizeTiers, type TierSummaryOptions, type TierSummaryRow } from './summary';
