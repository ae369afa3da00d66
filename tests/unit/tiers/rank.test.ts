import { describe, expect, it } from 'vitest';
import { tierFeaturesFromRows, type TierFeatureRow } from '../../../src/lib/domain/tiers/features';
import { SERVICE_LEVELS } from '../../../src/lib/domain/tiers/presets';
import { topCount, topShareMask } from '../../../src/lib/domain/tiers/rank';
import { assignTiers } from '../../../src/lib/domain/tiers/evaluate';
import { cents, tiersOf } from './helpers';

/** Customers c01…cNN spending 1…N units, the highest id spending most. */
const ladder = (count: number): TierFeatureRow[] =>
  Array.from({ length: count }, (_, index) => ({ id: `c${String(index + 1).padStart(2, '0')}`, annualSpendCents: cents(index + 1) }));

/** Ids of the customers a mask selects. */
const selected = (values: number[], ids: string[], share: number) => {
  const mask = topShareMask(Float64Array.from(values), ids, share);
  return ids.filter((_, index) => mask[index] === 1);
};

describe('topCount', () => {
  it.each([
    { name: '5 % of 19 is nobody', share: 0.05, known: 19, expected: 0 },
    { name: '5 % of 20 is one', share: 0.05, known: 20, expected: 1 },
    { name: '5 % of 21 is one (floor)', share: 0.05, known: 21, expected: 1 },
    { name: '29 % of 100 is 29 despite 0.29 × 100 = 28.999…', share: 0.29, known: 100, expected: 29 },
    { name: '100 % is everyone', share: 1, known: 7, expected: 7 },
    { name: 'above 100 % is clamped', share: 1.5, known: 7, expected: 7 },
    { name: 'zero share is nobody', share: 0, known: 7, expected: 0 },
    { name: 'negative share is nobody', share: -0.1, known: 7, expected: 0 },
    { name: 'NaN share is nobody', share: NaN, known: 7, expected: 0 },
    { name: 'no known values', share: 0.5, known: 0, expected: 0 },
  ])('$name', ({ share, known, expected }) => {
    expect(topCount(share, known)).toBe(expected);
  });
});

describe('topShareMask', () => {
  it.each([
    { name: 'highest values first', values: [5, 9, 1, 7], ids: ['a', 'b', 'c', 'd'], share: 0.5, expected: ['b', 'd'] },
    { name: 'a tie at the cut goes to the smaller id', values: [9, 5, 5, 5], ids: ['a', 'd', 'b', 'c'], share: 0.5, expected: ['a', 'b'] },
    { name: 'ties above the cut are all in', values: [9, 9, 5, 1], ids: ['z', 'y', 'x', 'w'], share: 0.5, expected: ['z', 'y'] },
    { name: 'ids compare as text: "10" before "9"', values: [4, 4], ids: ['9', '10'], share: 0.5, expected: ['10'] },
    { name: 'unknown values are not ranked and not counted', values: [NaN, 3, NaN, 1], ids: ['a', 'b', 'c', 'd'], share: 0.5, expected: ['b'] },
    { name: 'negative values rank below zero', values: [-5, 0, -1], ids: ['a', 'b', 'c'], share: 0.67, expected: ['b', 'c'] },
  ])('$name', ({ values, ids, share, expected }) => {
    expect(selected(values, ids, share)).toEqual(expected);
  });

  it('the same customers whatever the input order', () => {
    const values = [5, 5, 5, 5, 9, 1, 5, 5, 5, 5];
    const ids = values.map((_, index) => `k${index}`);
    const order = [7, 2, 9, 0, 4, 1, 8, 3, 6, 5];
    const forward = selected(values, ids, 0.3);
    const shuffled = selected(order.map((at) => values[at]), order.map((at) => ids[at]), 0.3);
    expect(shuffled.sort()).toEqual(forward.sort());
    expect(forward.sort()).toEqual(['k0', 'k1', 'k4']);
  });
});

describe('Diamond / Gold / Silver on small populations', () => {
  it.each([
    { name: '1 customer: all silver', count: 1, diamond: [], gold: [] },
    { name: '2 customers: all silver', count: 2, diamond: [], gold: [] },
    { name: '19 customers: no diamond, top 3 gold (floor 3.8)', count: 19, diamond: [], gold: ['c17', 'c18', 'c19'] },
    { name: '20 customers: 1 diamond, next 3 gold', count: 20, diamond: ['c20'], gold: ['c17', 'c18', 'c19'] },
    { name: '21 customers: 1 diamond (floor 1.05), next 3 gold (floor 4.2 − 1)', count: 21, diamond: ['c21'], gold: ['c18', 'c19', 'c20'] },
  ])('$name', ({ count, diamond, gold }) => {
    const rows = ladder(count);
    const tiers = tiersOf(SERVICE_LEVELS, rows);
    expect(rows.filter((_, index) => tiers[index] === 'Diamond').map((row) => row.id)).toEqual(diamond);
    expect(rows.filter((_, index) => tiers[index] === 'Gold').map((row) => row.id)).toEqual(gold);
    expect(tiers.filter((tier) => tier === 'Silver').length).toBe(count - diamond.length - gold.length);
  });

  it('20 customers all tied: the smallest id is diamond, the next three gold', () => {
    const rows = ladder(20).map((row) => ({ ...row, annualSpendCents: cents(100) })).reverse();
    const tiers = tiersOf(SERVICE_LEVELS, rows);
    expect(rows.filter((_, index) => tiers[index] === 'Diamond').map((row) => row.id)).toEqual(['c01']);
    expect(rows.filter((_, index) => tiers[index] === 'Gold').map((row) => row.id).sort()).toEqual(['c02', 'c03', 'c04']);
  });

  it('customers who spent nothing this year are never diamond or gold', () => {
    const rows = ladder(20).map((row, index) => ({ ...row, annualSpendCents: index < 18 ? 0 : cents(index) }));
    const { counts, names } = assignTiers(tierFeaturesFromRows(rows), SERVICE_LEVELS);
    expect(names).toEqual(['Diamond', 'Gold', 'Silver']);
    expect(Array.from(counts)).toEqual([1, 1, 18]);
  });
});
