import { describe, expect, it } from 'vitest';
import { churnWarningOrder } from '../../../src/lib/domain/lifecycle/warnings';
import { lifecycleFunnel } from '../../../src/lib/domain/lifecycle/funnel';
import { lifecycleInputsFromRows } from '../../../src/lib/domain/lifecycle/inputs';
import { DEFAULT_LIFECYCLE_RULES, stageIndex } from '../../../src/lib/domain/lifecycle/rules';
import { usualGapRatio, warningReason } from '../../../src/lib/domain/lifecycle/usual-gap';
import { NO_TIER, valueTiers, valueTiersAtReview } from '../../../src/lib/domain/lifecycle/value-tiers';

const BANDS = DEFAULT_LIFECYCLE_RULES.valueTierBands;

describe('valueTiers', () => {
  it('maps monetary scores 1–2 / 3–4 / 5 to tiers 1 / 2 / 3', () => {
    expect(Array.from(valueTiers(Uint8Array.of(1, 2, 3, 4, 5), BANDS))).toEqual([1, 1, 2, 2, 3]);
  });
  it('a score outside every band has no tier', () => {
    expect(Array.from(valueTiers(Uint8Array.of(5, 0), [[1, 4]]))).toEqual([NO_TIER, NO_TIER]);
  });
});

describe('valueTiersAtReview', () => {
  // Five customers had ordered by the review date (100…500 → scores 1…5); a sixth arrived later.
  const cents = Float64Array.of(100, 200, 300, 400, 500, 0);
  const ordered = Uint8Array.of(1, 1, 1, 1, 1, 0);
  it('scores among the customers of the review date only; later arrivals have no tier', () => {
    expect(Array.from(valueTiersAtReview(cents, ordered, BANDS))).toEqual([1, 1, 2, 2, 3, NO_TIER]);
  });
  it('nobody had ordered: no tiers', () => {
    expect(Array.from(valueTiersAtReview(Float64Array.of(0, 0), Uint8Array.of(0, 0), BANDS))).toEqual([NO_TIER, NO_TIER]);
  });
});

const inputs = lifecycleInputsFromRows(1000, [
  { id: 'steady', firstDay: 800, lastDay: 866, orderDays: 3, lastGapDays: 41, medianGapDays: 41, orders: 3 },
  { id: 'once', firstDay: 900, lastDay: 900, orderDays: 1, lastGapDays: 0, medianGapDays: NaN, orders: 1 },
  { id: 'half', firstDay: 900, lastDay: 990, orderDays: 3, lastGapDays: 45, medianGapDays: 45.5, orders: 4 },
]);

describe('usualGapRatio and warningReason', () => {
  it('divides the days since the last order by the median gap; NaN for one order date', () => {
    const ratios = usualGapRatio(inputs);
    expect(ratios[0]).toBeCloseTo(134 / 41, 12);
    expect(ratios[1]).toBeNaN();
    expect(ratios[2]).toBeCloseTo(10 / 45.5, 12);
  });
  it.each([
    { name: 'no order for 134 days; usually orders every 41 days', index: 0, expected: { daysSinceLastOrder: 134, usualGapDays: 41 } },
    { name: 'a single order date has no usual gap', index: 1, expected: { daysSinceLastOrder: 100, usualGapDays: null } },
    { name: 'a half-day median is shown in whole days', index: 2, expected: { daysSinceLastOrder: 10, usualGapDays: 46 } },
  ])('$name', ({ index, expected }) => {
    expect(warningReason(inputs, index)).toEqual(expected);
  });
});

describe('lifecycleFunnel', () => {
  const at = stageIndex;
  it('counts nested steps and their conversion rates', () => {
    const funnel = lifecycleFunnel({
      stages: Uint8Array.of(at('repeat'), at('churned'), at('churn_warning'), at('repeat'), at('retained'), at('new')),
      orders: Int32Array.of(5, 3, 2, 2, 1, 1),
      monetaryScores: Uint8Array.of(5, 5, 5, 4, 5, 1),
      prospects: 0,
    });
    expect(funnel.map((step) => [step.key, step.customers])).toEqual([
      ['acquired', 6],
      ['activated', 6],
      ['repeat', 4],
      ['high_value', 3],
      ['still_active', 1],
    ]);
    expect(funnel.map((step) => step.stepRate)).toEqual([1, 1, 4 / 6, 3 / 4, 1 / 3]);
    expect(funnel[4].overallRate).toBe(1 / 6);
  });
  it('prospects widen the top of the funnel only', () => {
    const funnel = lifecycleFunnel({ stages: Uint8Array.of(at('retained')), orders: Int32Array.of(1), monetaryScores: Uint8Array.of(1), prospects: 3 });
    expect(funnel.slice(0, 2).map((step) => [step.customers, step.stepRate])).toEqual([
      [4, 1],
      [1, 0.25],
    ]);
  });
  it('an empty step gives NaN rates after it, not a throw', () => {
    const funnel = lifecycleFunnel({ stages: new Uint8Array(0), orders: new Int32Array(0), monetaryScores: new Uint8Array(0), prospects: 0 });
    expect(funnel.every((step) => step.customers === 0)).toBe(true);
    expect(funnel[1].stepRate).toBeNaN();
  });
});

describe('churnWarningOrder', () => {
  const at = stageIndex;
  it.each([
    {
      name: 'keeps only churn warnings, most valuable first, ties in customer order',
      stages: Uint8Array.of(at('churn_warning'), at('churned'), at('churn_warning'), at('churn_warning'), at('repeat')),
      money: Float64Array.of(500, 9000, 700, 500, 8000),
      expected: [2, 0, 3],
    },
    { name: 'nobody in warning: empty', stages: Uint8Array.of(at('repeat')), money: Float64Array.of(1), expected: [] },
  ])('$name', ({ stages, money, expected }) => {
    expect(Array.from(churnWarningOrder(stages, money))).toEqual(expected);
  });
});
