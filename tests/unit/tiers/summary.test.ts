import { describe, expect, it } from 'vitest';
import { assignTiers } from '../../../src/lib/domain/tiers/evaluate';
import { tierFeaturesFromRows } from '../../../src/lib/domain/tiers/features';
import { B2B_ACCOUNT_TIERS, RFM_SEGMENTS, VALUE_LEVELS_SPEND } from '../../../src/lib/domain/tiers/presets';
import { keyNeedsOf } from '../../../src/lib/domain/tiers/scheme';
import { groupByTier, summarizeTiers } from '../../../src/lib/domain/tiers/summary';
import { featureTags, knownStatistic, type TagRule } from '../../../src/lib/domain/tiers/tags';
import { cents } from './helpers';

// Five customers worked by hand under the spend levels:
//   a 12,000 → High   b 10,000 → High   c 5,000 → Mid   d 1,000 → Low   e 2,000 → Low
// total 30,000: High 22,000 (73.3 %), Mid 5,000, Low 3,000, No data 0.
const FEATURES = tierFeaturesFromRows([
  { id: 'a', annualSpendCents: cents(12_000), monetaryCents: cents(40_000), ordersPerYear: 14, recencyDays: 5, relationshipYears: 4, satisfaction: 2, complaints: 3 },
  { id: 'b', annualSpendCents: cents(10_000), monetaryCents: cents(10_000), ordersPerYear: 12, recencyDays: 20, relationshipYears: 2, complaints: 1 },
  { id: 'c', annualSpendCents: cents(5_000), monetaryCents: cents(6_000), ordersPerYear: 4, recencyDays: 40, relationshipYears: 1, satisfaction: 5, complaints: 0 },
  { id: 'd', annualSpendCents: cents(1_000), monetaryCents: cents(1_000), ordersPerYear: 1, recencyDays: 200, relationshipYears: 0.5, satisfaction: 3, complaints: 0 },
  { id: 'e', annualSpendCents: cents(2_000), monetaryCents: cents(3_000), ordersPerYear: 2, recencyDays: 100, relationshipYears: 3.5, satisfaction: 4 },
]);

describe('summarizeTiers (spend levels, worked by hand)', () => {
  const assignment = assignTiers(FEATURES, VALUE_LEVELS_SPEND);
  const keyNeeds = ['Account manager', 'Upsell', '', 'n/a'];
  const rows = summarizeTiers(FEATURES, assignment, keyNeeds);

  it.each([
    { tier: 'High', customers: 2, customerShare: 0.4, revenueCents: cents(22_000), revenueShare: 22 / 30, averageSpendCents: cents(11_000), tags: ['long_relationship', 'high_frequency', 'high_spend', 'low_satisfaction', 'complaints'], keyNeeds: 'Account manager' },
    { tier: 'Mid', customers: 1, customerShare: 0.2, revenueCents: cents(5_000), revenueShare: 5 / 30, averageSpendCents: cents(5_000), tags: [], keyNeeds: 'Upsell' },
    { tier: 'Low', customers: 2, customerShare: 0.4, revenueCents: cents(3_000), revenueShare: 3 / 30, averageSpendCents: cents(1_500), tags: ['inactive'], keyNeeds: '' },
    { tier: 'No data', customers: 0, customerShare: 0, revenueCents: 0, revenueShare: 0, averageSpendCents: NaN, tags: [], keyNeeds: 'n/a' },
  ])('$tier', (expected) => {
    const row = rows.find((candidate) => candidate.tier === expected.tier)!;
    expect(row.customers).toBe(expected.customers);
    expect(row.customerShare).toBeCloseTo(expected.customerShare, 12);
    expect(row.revenueCents).toBe(expected.revenueCents);
    expect(row.revenueShare).toBeCloseTo(expected.revenueShare, 12);
    expect(row.averageSpendCents).toEqual(expected.averageSpendCents);
    expect(row.tags).toEqual(expected.tags);
    expect(row.keyNeeds).toBe(expected.keyNeeds);
  });

  it('rows come in tier order with the fallback last', () => {
    expect(rows.map((row) => row.tier)).toEqual(['High', 'Mid', 'Low', 'No data']);
  });

  it('can sum all-time money instead: High is 50,000 of 60,000', () => {
    const allTime = summarizeTiers(FEATURES, assignment, [], { money: 'monetaryCents', tagRules: [] });
    expect(allTime[0].revenueCents).toBe(cents(50_000));
    expect(allTime[0].revenueShare).toBeCloseTo(50 / 60, 12);
    expect(allTime[0].averageSpendCents).toBe(cents(25_000));
    expect(allTime[0].tags).toEqual([]);
    expect(allTime[3].keyNeeds).toBe('');
  });

  it('no customers: zero shares, no tags', () => {
    const empty = tierFeaturesFromRows([]);
    const summary = summarizeTiers(empty, assignTiers(empty, VALUE_LEVELS_SPEND));
    expect(summary.map((row) => [row.customers, row.customerShare, row.revenueShare, row.tags.length])).toEqual(Array(4).fill([0, 0, 0, 0]));
  });
});

describe('feature tags', () => {
  const groups = groupByTier(assignTiers(FEATURES, VALUE_LEVELS_SPEND));

  it.each<{ name: string; rule: TagRule; expected: boolean[] }>([
    // Medians of relationship: High (4, 2) → 3, Mid 1, Low (0.5, 3.5) → 2.
    { name: 'median relationship ≥ 3 → long relationship (High at exactly 3)', rule: { tag: 'long', feature: 'relationshipYears', statistic: 'median', op: '>=', value: 3 }, expected: [true, false, false, false] },
    // Satisfaction known: High only a (2), Mid 5, Low (3, 4) → 3.5.
    { name: 'mean satisfaction over known values only', rule: { tag: 'unhappy', feature: 'satisfaction', statistic: 'mean', op: '<=', value: 3 }, expected: [true, false, false, false] },
    // Complaints: overall (3 + 1 + 0 + 0) / 4 = 1; High 2, Mid 0, Low 0 (e unknown).
    { name: 'complaints per customer above the overall mean', rule: { tag: 'complaints', feature: 'complaints', statistic: 'mean', op: '>', value: 'overall' }, expected: [true, false, false, false] },
    { name: 'a feature nobody has gives no tag', rule: { tag: 'promoters', feature: 'nps', statistic: 'mean', op: '>=', value: 0 }, expected: [false, false, false, false] },
  ])('$name', ({ rule, expected }) => {
    expect(featureTags(FEATURES, groups, [rule]).map((tags) => tags.length === 1)).toEqual(expected);
  });

  it.each([
    { name: 'median of an even count averages the middle two', statistic: 'median' as const, indices: [0, 1], expected: 3 },
    { name: 'mean skips unknown values', statistic: 'mean' as const, indices: [0, 1, 2], expected: 3 },
    { name: 'median skips unknown values', statistic: 'median' as const, indices: [2, 1], expected: 2 },
    { name: 'no members is NaN', statistic: 'mean' as const, indices: [], expected: NaN },
  ])('knownStatistic: $name', ({ statistic, indices, expected }) => {
    const values = Float64Array.of(4, 2, NaN);
    expect(knownStatistic(values, statistic, indices)).toEqual(expected);
  });
});

describe('keyNeedsOf', () => {
  it('rule schemes: each rule then the fallback', () => {
    const scheme = { ...B2B_ACCOUNT_TIERS, tiers: B2B_ACCOUNT_TIERS.tiers.map((rule, at) => ({ ...rule, keyNeeds: `need ${at}` })), fallbackKeyNeeds: 'rest' };
    expect(keyNeedsOf(scheme, [])).toEqual(['need 0', 'need 1', 'need 2', 'need 3', 'rest']);
  });

  it('segment schemes: by segment name, empty where none written', () => {
    const scheme = { ...RFM_SEGMENTS, keyNeeds: { Champions: 'VIP events' } };
    expect(keyNeedsOf(scheme, ['Champions', 'Lost', 'Others'])).toEqual(['VIP events', '', '']);
  });
});
