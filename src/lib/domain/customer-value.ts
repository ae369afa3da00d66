import { concentration, concentrationByGroup, type Concentration } from './concentration';
import {
  healthBands,
  healthComponents,
  healthHistogram,
  healthIndex,
  normalisedWeights,
  type HealthBandThresholds,
  type HealthComponent,
  type HealthWeights,
} from './health';
import type { RfmResult } from './rfm';
import {
  assignmentFromSegments,
  assignTiers,
  isSegmentScheme,
  keyNeedsOf,
  missingFeatures,
  summarizeTiers,
  tierFeaturesFromRfm,
  type AnyTierScheme,
  type AttributeColumns,
  type TierAssignment,
  type TierFeatureName,
  type TierFeatures,
  type TierSummaryRow,
} from './tiers';

/** Spend and orders in the windows ending on the as-of date, aligned with an RfmResult. */
export interface ValueWindowColumns {
  annualSpendCents: Float64Array;
  ordersPerYear: Float64Array;
  spendLast180Cents: Float64Array;
  spendPrior180Cents: Float64Array;
}

/** The choices behind tiers and health, as the settings hold them. */
export interface CustomerValueChoices {
  scheme: AnyTierScheme;
  healthWeights: HealthWeights;
  healthBands: HealthBandThresholds;
}

/** Tiers, health and concentration of one RFM result, aligned per customer with it. */
export interface CustomerValue {
  rfm: RfmResult;
  features: TierFeatures;
  tiers: TierAssignment;
  /** Columns the scheme reads that nobody has (e.g. satisfaction without a customer table). */
  missing: TierFeatureName[];
  summary: TierSummaryRow[];
  health: {
    index: Float64Array;
    bands: Uint8Array;
    /** Weights as applied: over the available components, summing to 1. */
    weights: Record<HealthComponent, number>;
    available: HealthComponent[];
    histogram: ReturnType<typeof healthHistogram>;
  };
  /** Of all-time net money (RFM monetary), overall and per tier. */
  concentration: Concentration;
  concentrationByTier: (Concentration & { name: string })[];
}

/** Everything the value views show, from in-memory columns (a threshold edit recomputes only this). */
export function evaluateCustomerValue(
  rfm: RfmResult,
  windows: ValueWindowColumns,
  choices: CustomerValueChoices,
  attributes: AttributeColumns = {},
): CustomerValue {
  const features = tierFeaturesFromRfm(rfm, windows, attributes);
  const { scheme } = choices;
  const tiers = isSegmentScheme(scheme) ? assignmentFromSegments(rfm.segment, rfm.segmentNames) : assignTiers(features, scheme);
  const components = healthComponents({
    recencyDays: rfm.recencyDays,
    frequency: rfm.metrics.frequency,
    daysSinceFirstOrder: rfm.metrics.firstDay.map((day) => rfm.asOfDay - day),
    spendLast180Cents: windows.spendLast180Cents,
    spendPrior180Cents: windows.spendPrior180Cents,
    satisfaction: attributes.satisfaction,
    complaints: attributes.complaints,
    nps: attributes.nps,
  });
  const index = healthIndex(components, choices.healthWeights);
  return {
    rfm,
    features,
    tiers,
    missing: isSegmentScheme(scheme) ? [] : missingFeatures(features, scheme),
    summary: summarizeTiers(features, tiers, keyNeedsOf(scheme, tiers.names)),
    health: {
      index,
      bands: healthBands(index, choices.healthBands),
      weights: normalisedWeights(components, choices.healthWeights),
      available: Object.keys(components.scores) as HealthComponent[],
      histogram: healthHistogram(index),
    },
    concentration: concentration(rfm.metrics.monetaryCents),
    concentrationByTier: concentrationByGroup(rfm.metrics.monetaryCents, tiers.tier, tiers.names),
  };
}
