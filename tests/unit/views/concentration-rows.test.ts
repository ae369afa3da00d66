import { describe, expect, it } from 'vitest';
import { concentration, concentrationByGroup } from '../../../src/lib/domain/concentration';
import { tierConcentrationRows, topShareAt, topShareCards } from '../../../src/views/value/concentration-rows';

// Ten customers: tier 0 holds 100, 50 and a −20 return (counted as 0); tier 1 seven customers of 10; tier 2 is empty.
const money = [10000, 5000, -2000, 1000, 1000, 1000, 1000, 1000, 1000, 1000];
const tier = Uint8Array.of(0, 0, 0, 1, 1, 1, 1, 1, 1, 1);
const overall = concentration(money);
const byTier = concentrationByGroup(money, tier, ['Gold', 'Silver', 'Bronze']);

describe('topShareCards', () => {
  it('gives one card per fraction with a whole percentage, shares untouched', () => {
    const cards = topShareCards(overall);
    expect(cards.map((card) => [card.percent, card.customers])).toEqual([
      [1, 1],
      [5, 1],
      [10, 1],
      [20, 2],
    ]);
    expect(cards[3].share).toBe(15000 / 22000);
    expect(cards[0].share).toBe(10000 / 22000);
  });
});

describe('topShareAt', () => {
  it.each([
    { name: 'the 20 % cut by default', fraction: undefined, customers: 2 },
    { name: 'a fraction written another way (0.1 + 0.1)', fraction: 0.1 + 0.1, customers: 2 },
    { name: 'the 1 % cut', fraction: 0.01, customers: 1 },
  ])('finds $name', ({ fraction, customers }) => {
    expect(topShareAt(overall.topShares, fraction)?.customers).toBe(customers);
  });

  it('is undefined for a fraction that was not computed', () => {
    expect(topShareAt(overall.topShares, 0.5)).toBeUndefined();
  });
});

describe('tierConcentrationRows', () => {
  const rows = tierConcentrationRows(overall, byTier);

  it('gives customers, revenue (the return as 0), share of all revenue, top 20 % within the tier and Gini', () => {
    expect(rows[0]).toEqual({ tier: 'Gold', customers: 3, revenueCents: 15000, revenueShare: 15000 / 22000, topShare: 10000 / 15000, gini: (0 * -2 + 5000 * 0 + 10000 * 2) / (3 * 15000) });
    expect(rows[1]).toMatchObject({ tier: 'Silver', customers: 7, revenueCents: 7000, revenueShare: 7000 / 22000, gini: 0 });
    expect(rows[1].topShare).toBeCloseTo(2 / 7, 12);
  });

  it('keeps an empty tier with undefined shares', () => {
    expect(rows[2].tier).toBe('Bronze');
    expect(rows[2].customers).toBe(0);
    expect(rows[2].topShare).toBeNaN();
    expect(rows[2].gini).toBeNaN();
  });

  it('has NaN revenue shares when nobody has revenue', () => {
    const none = concentration([0, -5]);
    expect(tierConcentrationRows(none, concentrationByGroup([0, -5], Uint8Array.of(0, 0), ['Only']))[0].revenueShare).toBeNaN();
  });
});
