import { describe, expect, it } from 'vitest';
import { concentration, concentrationByGroup, gini, lorenzCurve, topShares } from '../../../src/lib/domain/concentration';
import { expectClose } from './expect-close';

const monetaryCents = Float64Array.of(100, 300, 200, 200, 600, -50, 999);
// The last customer has no tier (255) and must be left out.
const tier = Uint16Array.of(0, 0, 1, 1, 1, 2, 255);
const names = ['Gold', 'Silver', 'Bronze', 'Empty'];

describe('concentrationByGroup', () => {
  const groups = concentrationByGroup(monetaryCents, tier, names, { fractions: [0.5] });

  it.each([
    // [100, 300]: Σ 400, G = (−100 + 300) / (2 · 400); top ⌈1⌉ = 300 / 400.
    { name: 'Gold', customers: 2, revenueCents: 400, gini: 0.25, top: { customers: 1, share: 0.75 } },
    // [200, 200, 600]: Σ 1000, G = (−2·200 + 0 + 2·600) / (3 · 1000) = 800 / 3000; top ⌈1.5⌉ = 2 → 800 / 1000.
    { name: 'Silver', customers: 3, revenueCents: 1000, gini: 4 / 15, top: { customers: 2, share: 0.8 } },
    // [−50] read as 0: one customer, no revenue.
    { name: 'Bronze', customers: 1, revenueCents: 0, gini: 0, top: { customers: 1, share: Number.NaN } },
    { name: 'Empty', customers: 0, revenueCents: 0, gini: Number.NaN, top: { customers: 0, share: Number.NaN } },
  ])('$name', ({ name, customers, revenueCents, gini, top }) => {
    const group = groups.find((result) => result.name === name)!;
    expect(group.customers).toBe(customers);
    expect(group.revenueCents).toBe(revenueCents);
    expectClose(group.gini, gini);
    expect(group.topShares).toHaveLength(1);
    expect(group.topShares[0].customers).toBe(top.customers);
    expectClose(group.topShares[0].share, top.share);
    expect(group.lorenz.customerShare[0]).toBe(0);
    expect(group.lorenz.revenueShare[group.lorenz.revenueShare.length - 1]).toBe(1);
  });

  it('returns one result per name, in the order of the names', () => {
    expect(groups.map((group) => group.name)).toEqual(names);
  });

  it('gives each group what the single-set functions give its customers', () => {
    const silver = Float64Array.of(200, 200, 600);
    const [, result] = concentrationByGroup(monetaryCents, tier, names);
    expect(result.gini).toBe(gini(silver));
    expect(result.topShares).toEqual(topShares(silver));
    expect(result.lorenz).toEqual(lorenzCurve(silver));
  });
});

describe('concentration', () => {
  it('bundles the measures of all customers', () => {
    const all = concentration(monetaryCents, { maxPoints: 3 });
    expect(all.customers).toBe(7);
    expect(all.revenueCents).toBe(2399);
    expect(all.gini).toBe(gini(monetaryCents));
    expect(all.topShares).toEqual(topShares(monetaryCents));
    expect(all.lorenz).toEqual(lorenzCurve(monetaryCents, 3));
  });
});
