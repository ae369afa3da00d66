import { describe, expect, it } from 'vitest';
import { triggerMatches, type TriggerRule } from '../../../src/lib/domain/lifecycle';

// Five customers: days since the last order and their RFM segment.
const inputs = {
  recencyDays: Int32Array.of(59, 60, 61, 200, 61),
  segment: Uint16Array.of(0, 0, 1, 2, 2),
  segmentNames: ['Champions', 'Loyal Customers', 'Lost'],
};
const rule = (segments: string[], moreThanDays: number): TriggerRule => ({ id: 'trigger-1', segments, moreThanDays });

describe('triggerMatches', () => {
  it.each([
    { name: 'exactly N days does not fire, N + 1 does ("more than" is strict)', rule: rule(['Champions', 'Loyal Customers'], 60), expected: [2] },
    { name: 'fewer days fires for nobody of those segments', rule: rule(['Champions'], 60), expected: [] },
    { name: 'empty segments watch everyone', rule: rule([], 60), expected: [2, 3, 4] },
    { name: 'zero days fires for everyone with a day since the last order', rule: rule([], 0), expected: [0, 1, 2, 3, 4] },
    { name: 'an unknown segment name matches nobody', rule: rule(['Hibernating'], 0), expected: [] },
    { name: 'unknown names beside known ones: only the known ones count', rule: rule(['Hibernating', 'Lost'], 60), expected: [3, 4] },
    { name: 'names match exactly (case matters, as in the segment rules)', rule: rule(['lost'], 0), expected: [] },
    { name: 'a missing day count (NaN) fires for nobody', rule: rule([], Number.NaN), expected: [] },
  ])('$name', ({ rule, expected }) => {
    expect(Array.from(triggerMatches(rule, inputs))).toEqual(expected);
  });

  it('returns customer indices in customer order as an Int32Array', () => {
    const hits = triggerMatches(rule([], 0), inputs);
    expect(hits).toBeInstanceOf(Int32Array);
  });

  it('handles no customers', () => {
    expect(Array.from(triggerMatches(rule([], 0), { recencyDays: new Int32Array(0), segment: new Uint16Array(0), segmentNames: [] }))).toEqual([]);
  });
});
