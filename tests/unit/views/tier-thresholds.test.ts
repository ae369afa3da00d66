import { describe, expect, it } from 'vitest';
import { B2B_ACCOUNT_TIERS, SERVICE_LEVELS, topShareMask } from '../../../src/lib/domain/tiers';
import { descendingKnown, ruleConditions, tierThresholds, topShareCut, typedColumn } from '../../../src/views/value/tier-thresholds';

describe('tierThresholds', () => {
  it('groups the bounds of the service levels by feature: top shares in percent, the spend floor in currency units', () => {
    const [group] = tierThresholds(SERVICE_LEVELS);
    expect(group.feature).toBe('annualSpendCents');
    expect(group.shares.map((item) => [item.key, item.tierName, item.value])).toEqual([
      ['0-0-topShare', 'Diamond', 5],
      ['1-0-topShare', 'Gold', 20],
    ]);
    expect(group.values.map((item) => [item.key, item.value])).toEqual([
      ['0-1-value', 0],
      ['1-1-value', 0],
    ]);
  });

  it('counts anyOf conditions after the conditions, as the rule editor does', () => {
    const groups = tierThresholds(B2B_ACCOUNT_TIERS);
    expect(groups.map((group) => group.feature)).toEqual(['relationshipYears', 'annualSpendCents', 'recencyDays', 'satisfaction']);
    const recency = groups.find((group) => group.feature === 'recencyDays')!;
    expect(recency.values).toEqual([{ key: '3-0-value', tierIndex: 3, conditionIndex: 0, bound: 'value', tierName: 'Churn risk', value: 90 }]);
    expect(ruleConditions(B2B_ACCOUNT_TIERS, 3)[0]).toBe(B2B_ACCOUNT_TIERS.tiers[3].anyOf![0]);
    const gold = groups.find((group) => group.feature === 'annualSpendCents')!.values.filter((item) => item.tierName === 'Gold');
    expect(gold.map((item) => [item.bound, item.value])).toEqual([
      ['low', 500_000],
      ['high', 1_000_000],
    ]);
  });
});

describe('topShareCut', () => {
  it('is the lowest value inside the top share, the value topShareMask cuts at', () => {
    const cents = Float64Array.from([500, 100, NaN, 900, 300, 700, 200, 800, 400, 600, 1000]);
    const typed = typedColumn('annualSpendCents', cents);
    expect(Array.from(typed.slice(0, 2))).toEqual([5, 1]);
    const descending = descendingKnown(typed);
    expect(Array.from(descending)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // Top 30 % of 10 known customers: 3 of them, the lowest of whom has 8.
    expect(topShareCut(descending, 30)).toBe(8);
    const mask = topShareMask(cents, Array.from(cents, (_, index) => String(index)), 0.3);
    const inside = Array.from(cents).filter((_, index) => mask[index] === 1);
    expect(Math.min(...inside) / 100).toBe(8);
    expect(topShareCut(descending, 5)).toBeNaN();
  });

  it('turns ratios into percent', () => {
    expect(Array.from(typedColumn('marginRate', Float64Array.from([0.2, 0.125])))).toEqual([20, 12.5]);
    expect(typedColumn('recencyDays', Float64Array.from([3]))[0]).toBe(3);
  });
});
