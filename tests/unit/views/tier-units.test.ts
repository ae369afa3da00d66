import { describe, expect, it } from 'vitest';
import { TIER_FEATURES, type Condition, type TierFeatureName } from '../../../src/lib/domain/tiers';
import { allowsNegative, boundsOf, FEATURE_UNITS, storedFromTyped, typedFromStored, unitKey, type Bound } from '../../../src/views/value/tier-units';

describe('tier input units', () => {
  it.each<{ name: string; feature: TierFeatureName; bound: Bound; stored: number; typed: number }>([
    { name: 'spend is stored in cents, typed in currency units', feature: 'annualSpendCents', bound: 'value', stored: 1_000_000, typed: 10_000 },
    { name: 'cents survive the round trip', feature: 'monetaryCents', bound: 'low', stored: 12_345, typed: 123.45 },
    { name: 'a margin ratio is typed in percent', feature: 'marginRate', bound: 'value', stored: 0.2, typed: 20 },
    { name: 'a float artefact does not reach the input', feature: 'marginRate', bound: 'high', stored: 0.07, typed: 7 },
    { name: 'a top share is typed in percent whatever the feature', feature: 'annualSpendCents', bound: 'topShare', stored: 0.05, typed: 5 },
    { name: 'days are plain', feature: 'recencyDays', bound: 'value', stored: 90, typed: 90 },
    { name: 'years are plain', feature: 'relationshipYears', bound: 'low', stored: 1.5, typed: 1.5 },
    { name: 'orders are plain', feature: 'ordersPerYear', bound: 'value', stored: 12, typed: 12 },
    { name: 'satisfaction is plain', feature: 'satisfaction', bound: 'value', stored: 3, typed: 3 },
  ])('$name', ({ feature, bound, stored, typed }) => {
    expect(typedFromStored(feature, bound, stored)).toBe(typed);
    expect(storedFromTyped(feature, bound, typed)).toBe(stored);
  });

  it('rounds typed money to whole cents', () => {
    expect(storedFromTyped('annualSpendCents', 'value', 10.005)).toBe(1001);
    expect(storedFromTyped('annualSpendCents', 'value', 0.1 + 0.2)).toBe(30);
  });

  it.each<{ name: string; condition: Condition; bounds: Bound[] }>([
    { name: 'a threshold has one value', condition: { feature: 'recencyDays', op: '>', value: 90 }, bounds: ['value'] },
    { name: 'a range has low then high', condition: { feature: 'ordersPerYear', op: 'between', low: 4, high: 12 }, bounds: ['low', 'high'] },
    { name: 'a rank has its share', condition: { feature: 'annualSpendCents', op: 'top', topShare: 0.05 }, bounds: ['topShare'] },
  ])('$name', ({ condition, bounds }) => {
    expect(boundsOf(condition)).toEqual(bounds);
  });

  it('names a unit after days, years and percentages only', () => {
    expect(unitKey('recencyDays', 'value')).toBe('tiers.unit.days');
    expect(unitKey('relationshipYears', 'high')).toBe('tiers.unit.years');
    expect(unitKey('marginRate', 'value')).toBe('tiers.unit.percent');
    expect(unitKey('annualSpendCents', 'value')).toBe('');
    // The sentence of a rank says "%" itself.
    expect(unitKey('marginRate', 'topShare')).toBe('');
  });

  it('has a unit for every feature; only money and margins may be negative', () => {
    expect(Object.keys(FEATURE_UNITS).sort()).toEqual([...TIER_FEATURES].sort());
    expect(TIER_FEATURES.filter(allowsNegative)).toEqual(['annualSpendCents', 'monetaryCents', 'marginRate']);
  });
});
