import { describe, expect, it } from 'vitest';
import { concentration, concentrationByGroup } from '../../../src/lib/domain/concentration';
import { concentrationCsv, healthBandsCsv } from '../../../src/lib/export/concentration-csv';

describe('concentrationCsv', () => {
  // Gold: 100.00 and 50.00 and a −20.00 return (counted as 0); "=Silver" (a formula-looking name): five of 10.00; Bronze empty.
  const money = [10000, 5000, -2000, 1000, 1000, 1000, 1000, 1000];
  const tier = Uint8Array.of(0, 0, 0, 1, 1, 1, 1, 1);
  const csv = concentrationCsv(concentration(money), concentrationByGroup(money, tier, ['Gold', '=Silver', 'Bronze']));

  it('writes all customers first, then each tier, shares as fractions with six decimals', () => {
    expect(csv.split('\r\n')).toEqual([
      'scope,tier,customers,revenue,revenue_share,top_1pct_share,top_5pct_share,top_10pct_share,top_20pct_share,gini',
      // Top 20 % of 8 = 2 customers: 150 of 200. Gini over 0, 10 ×5, 50, 100 with weights 2i − 9: (−5 −3 −1 +1 +3) × 10 + 5 × 50 + 7 × 100 = 900, ÷ (8 × 200).
      'all,,8,200.00,1.000000,0.500000,0.500000,0.500000,0.750000,0.562500',
      'tier,Gold,3,150.00,0.750000,0.666667,0.666667,0.666667,0.666667,0.444444',
      "tier,'=Silver,5,50.00,0.250000,0.200000,0.200000,0.200000,0.200000,0.000000",
      'tier,Bronze,0,0.00,0.000000,,,,,',
      '',
    ]);
  });
});

describe('healthBandsCsv', () => {
  it('writes each band with its index range, count, share and the applied weights of the weighted components', () => {
    const csv = healthBandsCsv(
      [
        { band: 'healthy', customers: 2, share: 0.25, from: 70, to: 100 },
        { band: 'watch', customers: 2, share: 0.25, from: 40, to: 70 },
        { band: 'at_risk', customers: 3, share: 0.375, from: 0, to: 40 },
        { band: 'unscored', customers: 1, share: 0.125, from: null, to: null },
      ],
      { recency: 0.5, frequency: 0, trend: 0.5, satisfaction: 0, complaints: 0, nps: 0 },
    );
    expect(csv.split('\r\n')).toEqual([
      'band,index_from,index_to,customers,share,weight_recency,weight_trend',
      'healthy,70,100,2,0.250000,0.500000,0.500000',
      'watch,40,70,2,0.250000,0.500000,0.500000',
      'at_risk,0,40,3,0.375000,0.500000,0.500000',
      'unscored,,,1,0.125000,0.500000,0.500000',
      '',
    ]);
  });
});
