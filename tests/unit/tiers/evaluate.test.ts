import { describe, expect, it } from 'vitest';
import { conditionMask } from '../../../src/lib/domain/tiers/conditions';
import { assignmentFromSegments, assignTiers, missingFeatures, requiredFeatures } from '../../../src/lib/domain/tiers/evaluate';
import { tierFeaturesFromRows } from '../../../src/lib/domain/tiers/features';
import { B2B_ACCOUNT_TIERS, SERVICE_LEVELS, VALUE_LEVELS_MARGIN, VALUE_LEVELS_SPEND } from '../../../src/lib/domain/tiers/presets';
import type { Condition, TierScheme } from '../../../src/lib/domain/tiers/scheme';
import { tierOf, tiersOf } from './helpers';

/** Whether one customer with satisfaction `value` passes `condition`. */
const passes = (condition: Condition, value: number) => conditionMask(tierFeaturesFromRows([{ id: 'c', satisfaction: value }]), condition)[0] === 1;

describe('conditionMask', () => {
  it.each<{ name: string; condition: Condition; value: number; expected: boolean }>([
    { name: '>= holds at the bound', condition: { feature: 'satisfaction', op: '>=', value: 3 }, value: 3, expected: true },
    { name: '> fails at the bound', condition: { feature: 'satisfaction', op: '>', value: 3 }, value: 3, expected: false },
    { name: '> holds just above', condition: { feature: 'satisfaction', op: '>', value: 3 }, value: 3.01, expected: true },
    { name: '<= holds at the bound', condition: { feature: 'satisfaction', op: '<=', value: 3 }, value: 3, expected: true },
    { name: '< fails at the bound', condition: { feature: 'satisfaction', op: '<', value: 3 }, value: 3, expected: false },
    { name: 'between includes low', condition: { feature: 'satisfaction', op: 'between', low: 2, high: 4 }, value: 2, expected: true },
    { name: 'between excludes high', condition: { feature: 'satisfaction', op: 'between', low: 2, high: 4 }, value: 4, expected: false },
    { name: 'between below low', condition: { feature: 'satisfaction', op: 'between', low: 2, high: 4 }, value: 1.99, expected: false },
    { name: 'between with low > high matches nothing', condition: { feature: 'satisfaction', op: 'between', low: 4, high: 2 }, value: 3, expected: false },
    { name: 'missing never passes >=', condition: { feature: 'satisfaction', op: '>=', value: -Infinity }, value: NaN, expected: false },
    { name: 'missing never passes >', condition: { feature: 'satisfaction', op: '>', value: 0 }, value: NaN, expected: false },
    { name: 'missing never passes <=', condition: { feature: 'satisfaction', op: '<=', value: Infinity }, value: NaN, expected: false },
    { name: 'missing never passes <', condition: { feature: 'satisfaction', op: '<', value: 3 }, value: NaN, expected: false },
    { name: 'missing never passes between', condition: { feature: 'satisfaction', op: 'between', low: -Infinity, high: Infinity }, value: NaN, expected: false },
    { name: 'missing never passes a rank rule', condition: { feature: 'satisfaction', op: 'top', topShare: 1 }, value: NaN, expected: false },
  ])('$name', ({ condition, value, expected }) => {
    expect(passes(condition, value)).toBe(expected);
  });
});

const SCHEME: TierScheme = {
  id: 'test',
  name: 'Test',
  tiers: [
    { name: 'Big', conditions: [{ feature: 'monetaryCents', op: '>=', value: 1000 }], keyNeeds: '' },
    { name: 'Big or happy', conditions: [], anyOf: [{ feature: 'monetaryCents', op: '>=', value: 500 }, { feature: 'satisfaction', op: '>=', value: 4 }], keyNeeds: '' },
    { name: 'Frequent and recent', conditions: [{ feature: 'ordersPerYear', op: '>=', value: 5 }, { feature: 'recencyDays', op: '<=', value: 30 }], anyOf: [], keyNeeds: '' },
  ],
  fallback: 'Rest',
};

describe('assignTiers', () => {
  it.each([
    { name: 'first match wins: 1000 is also ≥ 500, but Big comes first', row: { monetaryCents: 1000 }, expected: 'Big' },
    { name: 'anyOf: one alternative is enough (money)', row: { monetaryCents: 500 }, expected: 'Big or happy' },
    { name: 'anyOf: one alternative is enough (satisfaction)', row: { monetaryCents: 0, satisfaction: 4 }, expected: 'Big or happy' },
    { name: 'anyOf: none of them holds', row: { monetaryCents: 0, satisfaction: 3 }, expected: 'Rest' },
    { name: 'all conditions must hold, an empty anyOf adds nothing', row: { ordersPerYear: 5, recencyDays: 30 }, expected: 'Frequent and recent' },
    { name: 'one condition failing is enough to miss', row: { ordersPerYear: 5, recencyDays: 31 }, expected: 'Rest' },
    { name: 'a missing value fails its condition', row: { ordersPerYear: 5 }, expected: 'Rest' },
    { name: 'nothing known at all is the fallback', row: {}, expected: 'Rest' },
  ])('$name', ({ row, expected }) => {
    expect(tierOf(SCHEME, row)).toBe(expected);
  });

  it('a rule without conditions takes everyone left', () => {
    const scheme: TierScheme = { ...SCHEME, tiers: [SCHEME.tiers[0], { name: 'All', conditions: [], keyNeeds: '' }] };
    expect(tiersOf(scheme, [{ id: 'a', monetaryCents: 2000 }, { id: 'b' }])).toEqual(['Big', 'All']);
  });

  it('no rules: everyone is the fallback', () => {
    const assignment = assignTiers(tierFeaturesFromRows([{ id: 'a' }, { id: 'b' }]), { id: 'empty', name: 'Empty', tiers: [], fallback: 'Everyone' });
    expect(assignment.names).toEqual(['Everyone']);
    expect(Array.from(assignment.counts)).toEqual([2]);
  });

  it('names are the rules then the fallback, counts per name, tier indexes into names', () => {
    const features = tierFeaturesFromRows([
      { id: 'a', monetaryCents: 5000 },
      { id: 'b', monetaryCents: 600 },
      { id: 'c', ordersPerYear: 9, recencyDays: 1 },
      { id: 'd' },
      { id: 'e', monetaryCents: 1000 },
    ]);
    const assignment = assignTiers(features, SCHEME);
    expect(assignment.names).toEqual(['Big', 'Big or happy', 'Frequent and recent', 'Rest']);
    expect(Array.from(assignment.tier)).toEqual([0, 1, 2, 3, 0]);
    expect(Array.from(assignment.counts)).toEqual([2, 1, 1, 1]);
  });

  it('no customers: empty tiers and zero counts', () => {
    const assignment = assignTiers(tierFeaturesFromRows([]), B2B_ACCOUNT_TIERS);
    expect(assignment.tier.length).toBe(0);
    expect(Array.from(assignment.counts)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('assignmentFromSegments', () => {
  it('takes RFM segment indices and names as they are, with counts', () => {
    const assignment = assignmentFromSegments(Uint16Array.of(0, 2, 2, 1), ['Champions', 'Lost', 'Others']);
    expect(assignment.names).toEqual(['Champions', 'Lost', 'Others']);
    expect(Array.from(assignment.counts)).toEqual([1, 1, 2]);
  });
});

describe('requiredFeatures', () => {
  it.each([
    { name: 'spend levels read annual spend only', scheme: VALUE_LEVELS_SPEND, expected: ['annualSpendCents'] },
    { name: 'margin levels read the margin attribute', scheme: VALUE_LEVELS_MARGIN, expected: ['marginRate'] },
    { name: 'B2B reads anyOf conditions too, each feature once, in column order', scheme: B2B_ACCOUNT_TIERS, expected: ['annualSpendCents', 'recencyDays', 'relationshipYears', 'satisfaction'] },
    { name: 'rank rules count', scheme: SERVICE_LEVELS, expected: ['annualSpendCents'] },
    { name: 'a scheme without rules needs nothing', scheme: { id: 'x', name: 'x', tiers: [], fallback: 'All' }, expected: [] },
  ])('$name', ({ scheme, expected }) => {
    expect(requiredFeatures(scheme)).toEqual(expected);
  });
});

describe('missingFeatures', () => {
  it('names the required columns nobody has a value for', () => {
    const features = tierFeaturesFromRows([
      { id: 'a', annualSpendCents: 100, recencyDays: 3, relationshipYears: 1 },
      { id: 'b', annualSpendCents: 0, recencyDays: 9, relationshipYears: 2 },
    ]);
    expect(missingFeatures(features, B2B_ACCOUNT_TIERS)).toEqual(['satisfaction']);
  });

  it('one known value is enough for a column to be present', () => {
    const features = tierFeaturesFromRows([{ id: 'a', marginRate: 0.3 }, { id: 'b' }]);
    expect(missingFeatures(features, VALUE_LEVELS_MARGIN)).toEqual([]);
  });
});
