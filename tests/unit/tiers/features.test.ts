import { describe, expect, it } from 'vitest';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { dayFromParts } from '../../../src/lib/domain/dates';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import { TIER_FEATURES, tierFeaturesFromRfm, tierFeaturesFromRows } from '../../../src/lib/domain/tiers/features';
import { relationshipYears, relationshipYearsColumn } from '../../../src/lib/domain/tiers/relationship-years';

const day = (text: string) => {
  const [year, month, dayOfMonth] = text.split('-').map(Number);
  return dayFromParts(year, month, dayOfMonth)!;
};

describe('relationshipYears', () => {
  it.each([
    { name: 'the 3rd anniversary is exactly 3', start: '2021-06-01', asOf: '2024-06-01', expected: 3 },
    { name: 'the day before it is under 3', start: '2021-06-01', asOf: '2024-05-31', expected: 3 - 1 / 366 },
    { name: 'Jan 1 to Jan 1 three years on is 3 (days ÷ 365.25 would say 2.998)', start: '2021-01-01', asOf: '2024-01-01', expected: 3 },
    { name: 'half way through a year counts the elapsed share', start: '2023-01-01', asOf: '2023-07-02', expected: 182 / 365 },
    { name: 'a Feb 29 start: Feb 28 of a common year is not yet an anniversary', start: '2020-02-29', asOf: '2023-02-28', expected: 2 + 364 / 365 },
    { name: 'a Feb 29 start: Mar 1 of a common year is the anniversary', start: '2020-02-29', asOf: '2023-03-01', expected: 3 },
    { name: 'a Feb 29 start: Feb 29 of the next leap year is 4', start: '2020-02-29', asOf: '2024-02-29', expected: 4 },
    { name: 'same day is 0', start: '2024-03-10', asOf: '2024-03-10', expected: 0 },
    { name: 'a start after the as-of date is 0', start: '2025-01-01', asOf: '2024-03-10', expected: 0 },
  ])('$name', ({ start, asOf, expected }) => {
    expect(relationshipYears(day(start), day(asOf))).toBeCloseTo(expected, 12);
  });

  it('an unknown start is unknown', () => {
    expect(relationshipYears(NaN, day('2024-01-01'))).toBeNaN();
  });
});

describe('relationshipYearsColumn', () => {
  it('uses since where known, else the first order', () => {
    const asOf = day('2024-06-01');
    const years = relationshipYearsColumn(asOf, Float64Array.of(day('2020-06-01'), NaN), Int32Array.of(day('2023-06-01'), day('2022-06-01')));
    expect(Array.from(years)).toEqual([4, 2]);
  });
});

describe('tierFeaturesFromRows', () => {
  it('absent values are unknown (NaN), present ones kept', () => {
    const features = tierFeaturesFromRows([{ id: 'a', annualSpendCents: 1200, satisfaction: 4 }, { id: 'b' }]);
    expect(features.ids).toEqual(['a', 'b']);
    expect(Array.from(features.annualSpendCents)).toEqual([1200, NaN]);
    expect(Array.from(features.satisfaction)).toEqual([4, NaN]);
    for (const name of TIER_FEATURES) expect(features[name]).toBeInstanceOf(Float64Array);
  });
});

describe('tierFeaturesFromRfm', () => {
  const asOfDay = day('2024-06-01');
  const metrics = metricsFromRows([
    { id: 'a', firstDay: day('2021-06-01'), lastDay: day('2024-05-22'), frequency: 9, monetaryCents: 150_000 },
    { id: 'b', firstDay: day('2023-06-01'), lastDay: day('2023-12-01'), frequency: 2, monetaryCents: 4_000 },
  ]);
  const rfm = computeRfm(metrics, asOfDay, DEFAULT_SEGMENT_RULES);
  const trailingYear = { annualSpendCents: Float64Array.of(80_000, 4_000), ordersPerYear: Float64Array.of(5, 2) };

  it('without a customer table: RFM and trailing-year columns filled, attributes unknown', () => {
    const features = tierFeaturesFromRfm(rfm, trailingYear);
    expect(features.ids).toEqual(['a', 'b']);
    expect(Array.from(features.recencyDays)).toEqual([10, 183]);
    expect(Array.from(features.monetaryCents)).toEqual([150_000, 4_000]);
    expect(Array.from(features.annualSpendCents)).toEqual([80_000, 4_000]);
    expect(Array.from(features.ordersPerYear)).toEqual([5, 2]);
    expect(Array.from(features.relationshipYears)).toEqual([3, 1]);
    for (const name of ['satisfaction', 'complaints', 'nps', 'marginRate'] as const) expect(Array.from(features[name])).toEqual([NaN, NaN]);
  });

  it('with some attributes: since overrides the first order where known, absent columns stay unknown', () => {
    const features = tierFeaturesFromRfm(rfm, trailingYear, {
      sinceDay: Float64Array.of(NaN, day('2019-06-01')),
      satisfaction: Float64Array.of(2, NaN),
    });
    expect(Array.from(features.relationshipYears)).toEqual([3, 5]);
    expect(Array.from(features.satisfaction)).toEqual([2, NaN]);
    expect(Array.from(features.marginRate)).toEqual([NaN, NaN]);
  });
});
