import { describe, expect, it } from 'vitest';
import { B2B_ACCOUNT_TIERS, RFM_SEGMENTS, type TierSummaryRow } from '../../../src/lib/domain/tiers';
import { cardTierStats, playbookTierNames } from '../../../src/views/strategy/playbook-tiers';

const row = (tier: string, customers: number, revenueCents: number): TierSummaryRow => ({
  tier,
  customers,
  customerShare: customers / 10,
  revenueCents,
  revenueShare: revenueCents / 1000,
  averageSpendCents: customers ? revenueCents / customers : NaN,
  tags: [],
  keyNeeds: '',
});

describe('playbookTierNames', () => {
  it.each([
    { name: 'a rule scheme: its tiers, then the fallback', scheme: B2B_ACCOUNT_TIERS, expected: ['Platinum', 'Gold', 'Loyal base', 'Churn risk', 'Other'] },
    { name: 'a segment scheme: the RFM segments', scheme: RFM_SEGMENTS, expected: ['Champions', 'Others'] },
  ])('$name', ({ scheme, expected }) => {
    expect(playbookTierNames(scheme, ['Champions', 'Others'])).toEqual(expected);
  });
});

describe('cardTierStats', () => {
  it('finds each tier by name and shows zeros for a tier not yet evaluated', () => {
    const summary = [row('Gold', 3, 600), row('Silver', 7, 400), row('Gold', 0, 0)];
    expect(cardTierStats(['Silver', 'Gold', 'New'], summary)).toEqual([
      { index: 1, customers: 7, customerShare: 0.7, revenueCents: 400, revenueShare: 0.4 },
      { index: 0, customers: 3, customerShare: 0.3, revenueCents: 600, revenueShare: 0.6 },
      { index: -1, customers: 0, customerShare: 0, revenueCents: 0, revenueShare: 0 },
    ]);
  });
});
