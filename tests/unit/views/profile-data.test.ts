import { describe, expect, it } from 'vitest';
import type { CustomerValue } from '../../../src/lib/domain/customer-value';
import type { RfmResult } from '../../../src/lib/domain/rfm';
import { customerIndex, RADAR_AXES, radarValues, segmentAverage, trailingOrderScores } from '../../../src/views/customer/profile-data';

// Four customers in two segments; ids in a collation order that is not JS order.
const rfm = {
  metrics: { ids: ['a10', 'a9', 'B', 'c'] },
  rScore: Uint8Array.of(5, 3, 1, 4),
  fScore: Uint8Array.of(4, 2, 1, 5),
  mScore: Uint8Array.of(5, 1, 2, 3),
  segment: Uint16Array.of(0, 1, 0, 1),
  segmentNames: ['Champions', 'Others'],
} as unknown as RfmResult;
// Health 80, 30, unscored, 100; trailing-year orders 12, 5, 0, 8.
const value = {
  health: { index: Float64Array.of(80, 30, NaN, 100) },
  features: { ordersPerYear: Float64Array.of(12, 5, 0, 8) },
} as unknown as CustomerValue;

describe('customerIndex', () => {
  it.each([
    { name: 'finds an id wherever the database sorted it', id: 'a9', expected: 1 },
    { name: 'is case-sensitive, like the ids', id: 'b', expected: -1 },
    { name: 'returns -1 for an unknown id', id: 'zz', expected: -1 },
  ])('$name', ({ id, expected }) => {
    expect(customerIndex(rfm.metrics.ids, id)).toBe(expected);
  });
});

describe('radar values', () => {
  it('has five axes on one 0–5 scale', () => {
    expect(RADAR_AXES).toEqual(['recency', 'frequency', 'monetary', 'health', 'trailing_orders']);
  });

  it('scores trailing-year orders in tie-sharing quintiles, like frequency', () => {
    // 1 + floor(5 × customers with fewer orders / 4)
    expect(Array.from(trailingOrderScores(value))).toEqual([4, 2, 1, 3]);
    expect(trailingOrderScores(value)).toBe(trailingOrderScores(value));
  });

  it.each([
    { name: 'RFM scores as they are, health ÷ 20', index: 0, expected: [5, 4, 5, 4, 4] },
    { name: 'an unscored customer has no health value', index: 2, expected: [1, 1, 2, NaN, 1] },
  ])('$name', ({ index, expected }) => {
    expect(radarValues(rfm, value, index)).toEqual(expected);
  });

  it('leaves the value axes empty until tiers and health are computed', () => {
    expect(radarValues(rfm, null, 3)).toEqual([4, 5, 3, NaN, NaN]);
  });
});

describe('segmentAverage', () => {
  it.each([
    // Champions: customers 0 and 2; health only from customer 0.
    { name: 'averages each axis over the segment, skipping missing values', segment: 0, expected: [3, 2.5, 3.5, 4, 2.5] },
    { name: 'another segment', segment: 1, expected: [3.5, 3.5, 2, 3.25, 2.5] },
    { name: 'an empty segment has no values', segment: 7, expected: [NaN, NaN, NaN, NaN, NaN] },
  ])('$name', ({ segment, expected }) => {
    expect(segmentAverage(rfm, value, segment)).toEqual(expected);
  });
});
