import { describe, expect, it } from 'vitest';
import {
  B2B_ACCOUNT_TIERS,
  defaultTierSchemes,
  RFM_SEGMENTS,
  SERVICE_LEVELS,
  TIER_PRESETS,
  VALUE_LEVELS_FREQUENCY,
  VALUE_LEVELS_MARGIN,
  VALUE_LEVELS_SPEND,
} from '../../../src/lib/domain/tiers/presets';
import { ACTIVE_SEGMENT_RULES, isSegmentScheme } from '../../../src/lib/domain/tiers/scheme';
import { cents, tierOf } from './helpers';

describe('value levels: annual spend', () => {
  it.each([
    { name: 'exactly 10,000 is high', spend: cents(10_000), expected: 'High' },
    { name: '9,999.99 is mid', spend: cents(9_999.99), expected: 'Mid' },
    { name: 'exactly 3,000 is mid', spend: cents(3_000), expected: 'Mid' },
    { name: '2,999.99 is low', spend: cents(2_999.99), expected: 'Low' },
    { name: 'nothing spent in the year is low', spend: 0, expected: 'Low' },
    { name: 'net negative (returns) is low', spend: cents(-50), expected: 'Low' },
    { name: 'unknown spend is no data, not low', spend: NaN, expected: 'No data' },
  ])('$name', ({ spend, expected }) => {
    expect(tierOf(VALUE_LEVELS_SPEND, { annualSpendCents: spend })).toBe(expected);
  });
});

describe('value levels: orders per year', () => {
  it.each([
    { name: '12 orders is high', orders: 12, expected: 'High' },
    { name: '11 orders is mid', orders: 11, expected: 'Mid' },
    { name: '4 orders is mid', orders: 4, expected: 'Mid' },
    { name: '3 orders is low', orders: 3, expected: 'Low' },
    { name: 'no orders in the year is low', orders: 0, expected: 'Low' },
  ])('$name', ({ orders, expected }) => {
    expect(tierOf(VALUE_LEVELS_FREQUENCY, { ordersPerYear: orders })).toBe(expected);
  });
});

describe('value levels: margin', () => {
  it.each([
    { name: 'exactly 20 % is high', margin: 0.2, expected: 'High' },
    { name: '19.99 % is mid', margin: 0.1999, expected: 'Mid' },
    { name: 'exactly 10 % is mid', margin: 0.1, expected: 'Mid' },
    { name: '9.99 % is low', margin: 0.0999, expected: 'Low' },
    { name: 'negative margin is low', margin: -0.05, expected: 'Low' },
    { name: 'margin not mapped is no data', margin: undefined, expected: 'No data' },
  ])('$name', ({ margin, expected }) => {
    expect(tierOf(VALUE_LEVELS_MARGIN, { marginRate: margin })).toBe(expected);
  });
});

describe('Platinum / Gold / Loyal base / Churn risk', () => {
  const active = { recencyDays: 10, satisfaction: 5 };
  it.each([
    { name: 'exactly 3 years and exactly 1,000,000 is platinum', row: { relationshipYears: 3, annualSpendCents: cents(1_000_000) }, expected: 'Platinum' },
    { name: 'just under 3 years with 1,000,000 is not platinum (nor gold: spend too high)', row: { relationshipYears: 2.999, annualSpendCents: cents(1_000_000) }, expected: 'Other' },
    { name: '3 years with 999,999.99 is not platinum; 3 years is past gold → other', row: { relationshipYears: 3, annualSpendCents: cents(999_999.99) }, expected: 'Other' },
    { name: 'exactly 1 year and exactly 500,000 is gold', row: { relationshipYears: 1, annualSpendCents: cents(500_000) }, expected: 'Gold' },
    { name: '2.99 years and 999,999.99 is gold', row: { relationshipYears: 2.99, annualSpendCents: cents(999_999.99) }, expected: 'Gold' },
    { name: 'under 1 year with gold spend is other', row: { relationshipYears: 0.99, annualSpendCents: cents(600_000) }, expected: 'Other' },
    { name: '2 years and 499,999.99 is loyal base', row: { relationshipYears: 2, annualSpendCents: cents(499_999.99) }, expected: 'Loyal base' },
    { name: '2 years and exactly 100,000 is loyal base', row: { relationshipYears: 2, annualSpendCents: cents(100_000) }, expected: 'Loyal base' },
    { name: '2 years and 99,999.99 is other', row: { relationshipYears: 2, annualSpendCents: cents(99_999.99) }, expected: 'Other' },
    { name: '1.99 years and 200,000 is other', row: { relationshipYears: 1.99, annualSpendCents: cents(200_000) }, expected: 'Other' },
    { name: '2.5 years and 500,000 is gold before loyal base', row: { relationshipYears: 2.5, annualSpendCents: cents(500_000) }, expected: 'Gold' },
  ])('$name', ({ row, expected }) => {
    expect(tierOf(B2B_ACCOUNT_TIERS, { ...active, ...row })).toBe(expected);
  });

  const small = { relationshipYears: 0.5, annualSpendCents: cents(1_000) };
  it.each([
    { name: 'exactly 90 days without an order is not churn risk', row: { recencyDays: 90, satisfaction: 5 }, expected: 'Other' },
    { name: '91 days without an order is churn risk', row: { recencyDays: 91, satisfaction: 5 }, expected: 'Churn risk' },
    { name: 'satisfaction exactly 3 is churn risk', row: { recencyDays: 10, satisfaction: 3 }, expected: 'Churn risk' },
    { name: 'satisfaction 3.5 (an average) is not churn risk', row: { recencyDays: 10, satisfaction: 3.5 }, expected: 'Other' },
    { name: 'unknown satisfaction and recent order is other', row: { recencyDays: 10 }, expected: 'Other' },
    { name: 'unknown satisfaction but 120 days silent is churn risk', row: { recencyDays: 120 }, expected: 'Churn risk' },
    { name: 'a silent platinum account stays platinum (churn risk is last)', row: { relationshipYears: 5, annualSpendCents: cents(2_000_000), recencyDays: 120, satisfaction: 1 }, expected: 'Platinum' },
  ])('$name', ({ row, expected }) => {
    expect(tierOf(B2B_ACCOUNT_TIERS, { ...small, ...row })).toBe(expected);
  });

  it('without the customer table, relationship from the first order still tiers', () => {
    expect(tierOf(B2B_ACCOUNT_TIERS, { relationshipYears: 4, annualSpendCents: cents(1_500_000), recencyDays: 5 })).toBe('Platinum');
  });
});

describe('Diamond / Gold / Silver', () => {
  it('a lone customer is silver: 5 % and 20 % of one customer are nobody', () => {
    expect(tierOf(SERVICE_LEVELS, { annualSpendCents: cents(1_000_000) })).toBe('Silver');
  });
});

describe('preset list', () => {
  it('offers the four presets of the issue (value levels as three schemes), ids unique', () => {
    expect(TIER_PRESETS.map((scheme) => scheme.id)).toEqual([
      'value_levels_spend',
      'value_levels_frequency',
      'value_levels_margin',
      'b2b_account_tiers',
      'service_levels',
      'rfm_segments',
    ]);
  });

  it('the RFM preset references the active segment rules by id', () => {
    expect(isSegmentScheme(RFM_SEGMENTS)).toBe(true);
    expect(RFM_SEGMENTS.segmentRulesId).toBe(ACTIVE_SEGMENT_RULES);
  });

  it('fresh copies are plain data: editing one leaves the presets alone and survives JSON', () => {
    const schemes = defaultTierSchemes();
    expect(JSON.parse(JSON.stringify(schemes))).toEqual(schemes);
    const spend = schemes[0];
    if (isSegmentScheme(spend)) throw new Error('expected a rule scheme');
    spend.tiers[0].name = 'Top';
    expect(VALUE_LEVELS_SPEND.tiers[0].name).toBe('High');
  });
});
