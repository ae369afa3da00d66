import { ACTIVE_SEGMENT_RULES, type AnyTierScheme, type SegmentTierScheme, type TierScheme } from './scheme';

/** Money in the presets is written in currency units and stored in cents. */
const cents = (units: number) => units * 100;

/** Name of the tier of customers a value-levels scheme cannot read (e.g. margin not mapped). */
const NO_DATA = 'No data';

/**
 * Value levels, read as three schemes (one per measure) rather than one combined rule: each
 * answers one question with its own High/Mid/Low, the thresholds stay exactly the issue's, and
 * the margin scheme can be offered only when margin is mapped. Low is a rule too, so customers
 * with an unknown value land in "No data" instead of passing as Low.
 */
export const VALUE_LEVELS_SPEND: TierScheme = {
  id: 'value_levels_spend',
  name: 'Value levels: annual spend',
  tiers: [
    { name: 'High', conditions: [{ feature: 'annualSpendCents', op: '>=', value: cents(10_000) }], keyNeeds: '' },
    { name: 'Mid', conditions: [{ feature: 'annualSpendCents', op: 'between', low: cents(3_000), high: cents(10_000) }], keyNeeds: '' },
    { name: 'Low', conditions: [{ feature: 'annualSpendCents', op: '<', value: cents(3_000) }], keyNeeds: '' },
  ],
  fallback: NO_DATA,
};

/** Orders in the trailing year: ≥ 12 high, 4–11 mid, < 4 low. */
export const VALUE_LEVELS_FREQUENCY: TierScheme = {
  id: 'value_levels_frequency',
  name: 'Value levels: orders per year',
  tiers: [
    { name: 'High', conditions: [{ feature: 'ordersPerYear', op: '>=', value: 12 }], keyNeeds: '' },
    { name: 'Mid', conditions: [{ feature: 'ordersPerYear', op: 'between', low: 4, high: 12 }], keyNeeds: '' },
    { name: 'Low', conditions: [{ feature: 'ordersPerYear', op: '<', value: 4 }], keyNeeds: '' },
  ],
  fallback: NO_DATA,
};

/** Margin rate (a ratio): ≥ 20 % high, 10–20 % mid, < 10 % low; needs the margin attribute. */
export const VALUE_LEVELS_MARGIN: TierScheme = {
  id: 'value_levels_margin',
  name: 'Value levels: margin',
  tiers: [
    { name: 'High', conditions: [{ feature: 'marginRate', op: '>=', value: 0.2 }], keyNeeds: '' },
    { name: 'Mid', conditions: [{ feature: 'marginRate', op: 'between', low: 0.1, high: 0.2 }], keyNeeds: '' },
    { name: 'Low', conditions: [{ feature: 'marginRate', op: '<', value: 0.1 }], keyNeeds: '' },
  ],
  fallback: NO_DATA,
};

/**
 * B2B account tiers, in the order and with its thresholds (yearly spend in currency units).
 * The ranges leave gaps (e.g. 4 years and 700,000 is neither platinum nor gold): those customers,
 * unless at churn risk, are "Other". Churn risk is last, so a silent platinum account stays platinum.
 */
export const B2B_ACCOUNT_TIERS: TierScheme = {
  id: 'b2b_account_tiers',
  name: 'Platinum / Gold / Loyal base / Churn risk',
  tiers: [
    {
      name: 'Platinum',
      conditions: [
        { feature: 'relationshipYears', op: '>=', value: 3 },
        { feature: 'annualSpendCents', op: '>=', value: cents(1_000_000) },
      ],
      keyNeeds: '',
    },
    {
      name: 'Gold',
      conditions: [
        { feature: 'relationshipYears', op: 'between', low: 1, high: 3 },
        { feature: 'annualSpendCents', op: 'between', low: cents(500_000), high: cents(1_000_000) },
      ],
      keyNeeds: '',
    },
    {
      name: 'Loyal base',
      conditions: [
        { feature: 'relationshipYears', op: '>=', value: 2 },
        { feature: 'annualSpendCents', op: 'between', low: cents(100_000), high: cents(500_000) },
      ],
      keyNeeds: '',
    },
    {
      name: 'Churn risk',
      conditions: [],
      // "No order for 90 days" is more than 90 days, as the lifecycle's churn warning counts it.
      anyOf: [
        { feature: 'recencyDays', op: '>', value: 90 },
        { feature: 'satisfaction', op: '<=', value: 3 },
      ],
      keyNeeds: '',
    },
  ],
  fallback: 'Other',
};

/**
 * Three service levels by value rank: top 5 % Diamond, next 15 % Gold (top 20 % minus Diamond, as
 * first match wins), the rest Silver. Ranked on trailing-year spend; customers who spent nothing
 * in the year are never Diamond or Gold, however few customers spent.
 */
export const SERVICE_LEVELS: TierScheme = {
  id: 'service_levels',
  name: 'Diamond / Gold / Silver',
  tiers: [
    {
      name: 'Diamond',
      conditions: [
        { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
        { feature: 'annualSpendCents', op: '>', value: 0 },
      ],
      keyNeeds: '',
    },
    {
      name: 'Gold',
      conditions: [
        { feature: 'annualSpendCents', op: 'top', topShare: 0.2 },
        { feature: 'annualSpendCents', op: '>', value: 0 },
      ],
      keyNeeds: '',
    },
  ],
  fallback: 'Silver',
};

/** The RFM segments of the active segment rule table, shown as tiers. */
export const RFM_SEGMENTS: SegmentTierScheme = { id: 'rfm_segments', name: 'RFM segments', segmentRulesId: ACTIVE_SEGMENT_RULES };

/** Every preset, in the order the UI offers them. */
export const TIER_PRESETS: readonly AnyTierScheme[] = [
  VALUE_LEVELS_SPEND,
  VALUE_LEVELS_FREQUENCY,
  VALUE_LEVELS_MARGIN,
  B2B_ACCOUNT_TIERS,
  SERVICE_LEVELS,
  RFM_SEGMENTS,
];

/** Fresh, editable copies of the presets for a settings object (the constants stay untouched). */
export const defaultTierSchemes = (): AnyTierScheme[] => structuredClone([...TIER_PRESETS]);
