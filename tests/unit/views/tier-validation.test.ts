import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/lib/domain/tiers';
import { applyTypedBound, validTierName } from '../../../src/views/value/tier-validation';
import type { Bound } from '../../../src/views/value/tier-units';

const spendRange = (): Condition => ({ feature: 'annualSpendCents', op: 'between', low: 300_000, high: 1_000_000 });

describe('applyTypedBound', () => {
  it.each<{ name: string; condition: Condition; bound: Bound; typed: number; problem: string | null; after: Condition }>([
    {
      name: 'a spend threshold typed in currency is stored in cents',
      condition: { feature: 'annualSpendCents', op: '>=', value: 1_000_000 },
      bound: 'value',
      typed: 100,
      problem: null,
      after: { feature: 'annualSpendCents', op: '>=', value: 10_000 },
    },
    {
      name: 'an empty field (NaN) is not written',
      condition: { feature: 'annualSpendCents', op: '>=', value: 1_000_000 },
      bound: 'value',
      typed: NaN,
      problem: 'tiers.invalid.number',
      after: { feature: 'annualSpendCents', op: '>=', value: 1_000_000 },
    },
    {
      name: 'negative days are refused',
      condition: { feature: 'recencyDays', op: '>', value: 90 },
      bound: 'value',
      typed: -1,
      problem: 'tiers.invalid.negative',
      after: { feature: 'recencyDays', op: '>', value: 90 },
    },
    {
      name: 'a negative spend is allowed (returns can outweigh orders)',
      condition: { feature: 'annualSpendCents', op: '>', value: 0 },
      bound: 'value',
      typed: -5,
      problem: null,
      after: { feature: 'annualSpendCents', op: '>', value: -500 },
    },
    {
      name: 'a margin typed in percent is stored as a ratio',
      condition: { feature: 'marginRate', op: '<', value: 0.1 },
      bound: 'value',
      typed: 15,
      problem: null,
      after: { feature: 'marginRate', op: '<', value: 0.15 },
    },
    {
      name: 'a top share is typed in percent',
      condition: { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
      bound: 'topShare',
      typed: 10,
      problem: null,
      after: { feature: 'annualSpendCents', op: 'top', topShare: 0.1 },
    },
    {
      name: 'a top share of 0 % is refused',
      condition: { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
      bound: 'topShare',
      typed: 0,
      problem: 'tiers.invalid.percent',
      after: { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
    },
    {
      name: 'a top share above 100 % is refused',
      condition: { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
      bound: 'topShare',
      typed: 101,
      problem: 'tiers.invalid.percent',
      after: { feature: 'annualSpendCents', op: 'top', topShare: 0.05 },
    },
    {
      name: 'a range low below its high is written',
      condition: spendRange(),
      bound: 'low',
      typed: 2_000,
      problem: null,
      after: { ...spendRange(), low: 200_000 } as Condition,
    },
    {
      name: 'a range low equal to its high would be empty',
      condition: spendRange(),
      bound: 'low',
      typed: 10_000,
      problem: 'tiers.invalid.range',
      after: spendRange(),
    },
    {
      name: 'a range high below its low is refused',
      condition: spendRange(),
      bound: 'high',
      typed: 1_000,
      problem: 'tiers.invalid.range',
      after: spendRange(),
    },
  ])('$name', ({ condition, bound, typed, problem, after }) => {
    expect(applyTypedBound(condition, bound, typed)).toBe(problem);
    expect(condition).toEqual(after);
  });
});

describe('validTierName', () => {
  it.each([
    { name: 'a name is kept as typed', typed: 'Gold ', expected: 'Gold ' },
    { name: 'blank is refused', typed: '   ', expected: null },
    { name: 'empty is refused', typed: '', expected: null },
  ])('$name', ({ typed, expected }) => {
    expect(validTierName(typed)).toBe(expected);
  });
});
