import { describe, expect, it } from 'vitest';
import { lifecycleInputsFromRows } from '../../../src/lib/domain/lifecycle/inputs';
import { DEFAULT_LIFECYCLE_RULES, STAGES, type LifecycleRules, type Stage } from '../../../src/lib/domain/lifecycle/rules';
import { assignStages, stageCounts, warningThresholdDays } from '../../../src/lib/domain/lifecycle/stages';
import { NO_TIER } from '../../../src/lib/domain/lifecycle/value-tiers';

const AS_OF = 1000;

interface Customer {
  /** Days before the as-of date of each distinct order date, oldest first. */
  agoDays: number[];
  /** Orders (defaults to one per date; more means several orders on one day). */
  orders?: number;
  tierNow?: number;
  tierBefore?: number;
}

const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Stage of one customer, built the way the SQL describes it. */
function stageOf(customer: Customer, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES, withReview = true): Stage {
  const days = customer.agoDays.map((ago) => AS_OF - ago);
  const gaps = days.slice(1).map((day, index) => day - days[index]);
  const inputs = lifecycleInputsFromRows(AS_OF, [
    {
      id: 'c',
      firstDay: days[0],
      lastDay: days[days.length - 1],
      orderDays: days.length,
      lastGapDays: gaps.length ? gaps[gaps.length - 1] : 0,
      medianGapDays: median(gaps),
      orders: customer.orders ?? days.length,
    },
  ]);
  const tiers = {
    now: Uint8Array.of(customer.tierNow ?? 1),
    before: withReview ? Uint8Array.of(customer.tierBefore ?? customer.tierNow ?? 1) : null,
  };
  return STAGES[assignStages(inputs, rules, tiers)[0]];
}

describe('assignStages at the boundaries (default rules)', () => {
  it.each<{ name: string; customer: Customer; expected: Stage }>([
    { name: 'exactly 365 days since the last order is not churned (one order date → warning)', customer: { agoDays: [365] }, expected: 'churn_warning' },
    { name: '366 days since the last order is churned', customer: { agoDays: [366] }, expected: 'churned' },
    { name: 'churned wins over a long usual gap that would excuse the silence', customer: { agoDays: [1066, 666, 366] }, expected: 'churned' },
    { name: 'one-order customer at exactly 90 days is retained', customer: { agoDays: [90] }, expected: 'retained' },
    { name: 'one-order customer at 91 days is in warning (90 alone applies)', customer: { agoDays: [91] }, expected: 'churn_warning' },
    { name: 'median gap 60: exactly 2× (120 days) is not a warning', customer: { agoDays: [240, 180, 120] }, expected: 'repeat' },
    { name: 'median gap 60: 121 days is a warning', customer: { agoDays: [241, 181, 121] }, expected: 'churn_warning' },
    { name: 'median gap 30: the 90-day minimum rules, 90 days is fine', customer: { agoDays: [150, 120, 90] }, expected: 'repeat' },
    { name: 'median gap 30: 91 days is a warning', customer: { agoDays: [151, 121, 91] }, expected: 'churn_warning' },
    { name: 'median gap 45.5 (even count): threshold 91, 91 days is fine', customer: { agoDays: [182, 137, 91] }, expected: 'repeat' },
    { name: 'median gap 45.5: 92 days is a warning', customer: { agoDays: [183, 138, 92] }, expected: 'churn_warning' },
    { name: 'same-day orders: one order date, two orders → repeat', customer: { agoDays: [50], orders: 2 }, expected: 'repeat' },
    { name: 'same-day orders use the 90 days alone: 91 days is a warning', customer: { agoDays: [91], orders: 3 }, expected: 'churn_warning' },
    { name: 'last gap of 366 days is won back', customer: { agoDays: [400, 34] }, expected: 'won_back' },
    { name: 'last gap of exactly 365 days is not won back', customer: { agoDays: [399, 34] }, expected: 'repeat' },
    { name: 'won back wins over new and converted', customer: { agoDays: [400, 20], tierNow: 3, tierBefore: 1 }, expected: 'won_back' },
    { name: 'first order exactly 30 days ago is new', customer: { agoDays: [30] }, expected: 'new' },
    { name: 'first order 31 days ago is no longer new', customer: { agoDays: [31] }, expected: 'retained' },
    { name: 'new wins over converted and repeat', customer: { agoDays: [30, 5], tierNow: 3, tierBefore: 1 }, expected: 'new' },
    { name: 'a higher tier than at the review date is converted', customer: { agoDays: [200, 10], tierNow: 2, tierBefore: 1 }, expected: 'converted' },
    { name: 'a lower tier is not converted', customer: { agoDays: [200, 10], tierNow: 1, tierBefore: 3 }, expected: 'repeat' },
    { name: 'no tier at the review date (had not ordered) is not converted', customer: { agoDays: [60, 10], tierNow: 3, tierBefore: NO_TIER }, expected: 'repeat' },
    { name: 'one order, inside the window, is retained', customer: { agoDays: [60] }, expected: 'retained' },
  ])('$name', ({ customer, expected }) => {
    expect(stageOf(customer)).toBe(expected);
  });

  it('without a review date nobody is converted', () => {
    expect(stageOf({ agoDays: [200, 10], tierNow: 3, tierBefore: 1 }, DEFAULT_LIFECYCLE_RULES, false)).toBe('repeat');
  });
});

describe('assignStages follows edited rules', () => {
  const rules = (changes: Partial<LifecycleRules>): LifecycleRules => ({ ...DEFAULT_LIFECYCLE_RULES, ...changes });
  it.each<{ name: string; changes: Partial<LifecycleRules>; customer: Customer; expected: Stage }>([
    { name: 'churn after 180 days', changes: { churnedAfterDays: 180 }, customer: { agoDays: [181] }, expected: 'churned' },
    { name: 'warning minimum of 60 days', changes: { warningMinDays: 60 }, customer: { agoDays: [61] }, expected: 'churn_warning' },
    { name: 'gap multiple of 3: 3× a 60-day gap is fine', changes: { warningGapMultiple: 3 }, customer: { agoDays: [300, 240, 180] }, expected: 'repeat' },
    { name: 'new within 7 days', changes: { newWithinDays: 7 }, customer: { agoDays: [8] }, expected: 'retained' },
  ])('$name', ({ changes, customer, expected }) => {
    expect(stageOf(customer, rules(changes))).toBe(expected);
  });
});

describe('warningThresholdDays', () => {
  it.each([
    { name: 'one order date: the minimum alone', medianGap: NaN, expected: 90 },
    { name: 'short gaps: the minimum', medianGap: 20, expected: 90 },
    { name: 'long gaps: twice the median', medianGap: 50, expected: 100 },
  ])('$name', ({ medianGap, expected }) => {
    expect(warningThresholdDays(medianGap, DEFAULT_LIFECYCLE_RULES)).toBe(expected);
  });
});

describe('stageCounts', () => {
  it('counts each stage in STAGES order', () => {
    expect(Array.from(stageCounts(Uint8Array.of(0, 5, 5, 6), STAGES.length))).toEqual([1, 0, 0, 0, 0, 2, 1, 0]);
  });
});
