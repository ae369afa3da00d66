import { concentration, concentrationByGroup, revenueOrder, type Concentration } from './concentration';
import {
  healthBands,
  healthComponents,
  healthHistogram,
  healthIndex,
  normalisedWeights,
  type HealthBandThresholds,
  type HealthComponent,
  type HealthComponents,
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

/**
 * The parts of the value result that depend on the customers only, not on the tier scheme or the
 * health choices: computed once per RFM result, so a threshold or weight edit skips them.
 */
export interface ValueBasis {
  features: TierFeatures;
  components: HealthComponents;
  concentration: Concentration;
  /** Customers in ascending order of counted revenue: per-tier concentration without sorting. */
  revenueOrder: Uint32Array;
}

/** Tier features, health components and overall concentration of one RFM result. */
export function valueBasis(rfm: RfmResult, windows: ValueWindowColumns, attributes: AttributeColumns = {}): ValueBasis {
  return {
    features: tierFeaturesFromRfm(rfm, windows, attributes),
    components: healthComponents({
      recencyDays: rfm.recencyDays,
      frequency: rfm.metrics.frequency,
      daysSinceFirstOrder: rfm.metrics.firstDay.map((day) => rfm.asOfDay - day),
      spendLast180Cents: windows.spendLast180Cents,
      spendPrior180Cents: windows.spendPrior180Cents,
      satisfaction: attributes.satisfaction,
      complaints: attributes.complaints,
      nps: attributes.nps,
    }),
    concentration: concentration(rfm.metrics.monetaryCents),
    revenueOrder: revenueOrder(rfm.metrics.monetaryCents),
  };
}

/** The health index, bands and histogram under the chosen weights and bands. */
export function healthOf(basis: ValueBasis, choices: Pick<CustomerValueChoices, 'healthWeights' | 'healthBands'>): CustomerValue['health'] {
  const index = healthIndex(basis.components, choices.healthWeights);
  return {
    index,
    bands: healthBands(index, choices.healthBands),
    weights: normalisedWeights(basis.components, choices.healthWeights),
    available: Object.keys(basis.components.scores) as HealthComponent[],
    histogram: healthHistogram(index),
  };
}

/** The value result from a basis and the choices; `health` may come from an earlier call with the same health choices. */
export function valueFromBasis(rfm: RfmResult, basis: ValueBasis, choices: CustomerValueChoices, health: CustomerValue['health'] = healthOf(basis, choices)): CustomerValue {
  const { features } = basis;
  const { scheme } = choices;
  const tiers = isSegmentScheme(scheme) ? assignmentFromSegments(rfm.segment, rfm.segmentNames) : assignTiers(features, scheme);
  return {
    rfm,
    features,
    tiers,
    missing: isSegmentScheme(scheme) ? [] : missingFeatures(features, scheme),
    summary: summarizeTiers(features, tiers, keyNeedsOf(scheme, tiers.names)),
    health,
    concentration: basis.concentration,
    concentrationByTier: concentrationByGroup(rfm.metrics.monetaryCents, tiers.tier, tiers.names, {}, basis.revenueOrder),
  };
}

/** Everything the value views show, from in-memory columns (a threshold edit recomputes only this). */
export function evaluateCustomerValue(
  rfm: RfmResult,
  windows: ValueWindowColumns,
  choices: CustomerValueChoices,
  attributes: AttributeColumns = {},
): CustomerValue {
  return valueFromBasis(rfm, valueBasis(rfm, windows, attributes), choices);
}
