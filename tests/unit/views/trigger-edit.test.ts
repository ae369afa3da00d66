import { describe, expect, it } from 'vitest';
import { newTrigger, parseDays, segmentChoices, toggleSegment } from '../../../src/views/lifecycle/trigger-edit';

const order = ['Champions', 'Loyal Customers', 'At Risk', 'Lost'];

describe('trigger editing', () => {
  it.each([
    { name: 'the first trigger', existing: [], expected: 'trigger-1' },
    { name: 'one past the largest number, gaps left alone', existing: ['trigger-1', 'trigger-4'], expected: 'trigger-5' },
    { name: 'ids of another shape are ignored', existing: ['custom', 'trigger-2'], expected: 'trigger-3' },
  ])('new trigger id: $name', ({ existing, expected }) => {
    const rule = newTrigger(existing.map((id) => ({ id, segments: [], moreThanDays: 1 })), 90);
    expect(rule).toEqual({ id: expected, segments: [], moreThanDays: 90 });
  });

  it.each([
    { name: 'checking keeps the segment order', segments: ['Lost'], toggle: 'Champions', checked: true, expected: ['Champions', 'Lost'] },
    { name: 'unchecking removes it', segments: ['Champions', 'Lost'], toggle: 'Champions', checked: false, expected: ['Lost'] },
    { name: 'checking twice changes nothing', segments: ['Lost'], toggle: 'Lost', checked: true, expected: ['Lost'] },
    { name: 'names no longer in the rules stay last', segments: ['Old name', 'Lost'], toggle: 'At Risk', checked: true, expected: ['At Risk', 'Lost', 'Old name'] },
    { name: 'an unknown name can be unchecked', segments: ['Old name', 'Lost'], toggle: 'Old name', checked: false, expected: ['Lost'] },
  ])('toggle: $name', ({ segments, toggle, checked, expected }) => {
    expect(toggleSegment(segments, toggle, checked, order)).toEqual(expected);
  });

  it.each([
    { text: '90', expected: 90 },
    { text: ' 0 ', expected: 0 },
    { text: '', expected: null },
    { text: '-5', expected: null },
    { text: '60.5', expected: null },
    { text: '1e3', expected: null },
    { text: '123456', expected: null },
  ])('days "$text" read as $expected', ({ text, expected }) => {
    expect(parseDays(text)).toBe(expected);
  });

  it('lists the current segments, then names only the trigger still holds', () => {
    expect(segmentChoices(['Champions', 'Lost'], ['Lost', 'Old name'])).toEqual([
      { name: 'Champions', known: true },
      { name: 'Lost', known: true },
      { name: 'Old name', known: false },
    ]);
  });
});
