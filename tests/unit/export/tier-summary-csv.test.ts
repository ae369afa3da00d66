import { describe, expect, it } from 'vitest';
import type { TierSummaryRow } from '../../../src/lib/domain/tiers';
import { tierSummaryCsv, tierSummaryFileName } from '../../../src/lib/export/tier-summary-csv';

const row = (overrides: Partial<TierSummaryRow>): TierSummaryRow => ({
  tier: 'Diamond',
  customers: 2,
  customerShare: 0.25,
  revenueCents: 150_001,
  revenueShare: 0.6,
  averageSpendCents: 75_000.5,
  tags: [],
  keyNeeds: '',
  ...overrides,
});
const lines = (text: string) => text.trimEnd().split('\r\n');
const HEADER = 'tier,customers,customer_share,revenue,revenue_share,average_spend,tags,key_needs';

describe('tierSummaryCsv', () => {
  it('writes shares as fractions, money with two decimals, tags joined and key needs quoted when needed', () => {
    const rows = [
      row({ tags: ['long_relationship', 'high_spend'], keyNeeds: 'Account manager, early access' }),
      row({ tier: 'Silver', customers: 6, customerShare: 0.75, revenueCents: -100, revenueShare: -0.0004, averageSpendCents: -16.67, tags: ['inactive'] }),
    ];
    expect(lines(tierSummaryCsv(rows, (tag) => tag.replace('_', ' ')))).toEqual([
      HEADER,
      'Diamond,2,0.2500,1500.01,0.6000,750.01,long relationship; high spend,"Account manager, early access"',
      'Silver,6,0.7500,-1.00,-0.0004,-0.17,inactive,',
    ]);
  });

  it('leaves the average empty for an empty tier and keeps tag keys without labels', () => {
    expect(lines(tierSummaryCsv([row({ tier: 'Gold', customers: 0, customerShare: 0, revenueCents: 0, revenueShare: 0, averageSpendCents: NaN, tags: ['complaints'] })]))).toEqual([
      HEADER,
      'Gold,0,0.0000,0.00,0.0000,,complaints,',
    ]);
  });

  it('neutralizes a tier name or key needs a spreadsheet would run as a formula', () => {
    expect(lines(tierSummaryCsv([row({ tier: '=Top', keyNeeds: '@call' })]))[1]).toBe("'=Top,2,0.2500,1500.01,0.6000,750.01,,'@call");
  });

  it('names the file after the scheme', () => {
    expect(tierSummaryFileName('service_levels')).toBe('tiers-service_levels.csv');
    expect(tierSummaryFileName('my scheme/2')).toBe('tiers-my_scheme_2.csv');
  });
});
