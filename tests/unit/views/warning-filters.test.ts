import { describe, expect, it } from 'vitest';
import { activeChoice, filterOptions, filterRows } from '../../../src/views/lifecycle/warning-filters';

// Six customers in three segments (0, 1, 2) and two clusters (0, 1).
const segmentOf = Uint16Array.of(0, 1, 1, 2, 0, 1);
const clusterOf = Int32Array.of(0, 0, 1, 1, 1, 0);
const listed = Int32Array.of(5, 1, 2, 0); // a warning list, most valuable first

describe('warning filters', () => {
  it('offers the segments present in the list, in segment order, with counts', () => {
    expect(filterOptions(listed, segmentOf, ['Champions', 'Lost', 'Others'])).toEqual([
      { value: 0, name: 'Champions', count: 1 },
      { value: 1, name: 'Lost', count: 3 },
    ]);
  });

  it.each([
    { name: 'no filter keeps the list as it is', filters: [{ groupOf: segmentOf, keep: null }], expected: [5, 1, 2, 0] },
    { name: 'one segment, list order kept', filters: [{ groupOf: segmentOf, keep: 1 }], expected: [5, 1, 2] },
    { name: 'segment and cluster together', filters: [{ groupOf: segmentOf, keep: 1 }, { groupOf: clusterOf, keep: 0 }], expected: [5, 1] },
    { name: 'a group nobody listed is in', filters: [{ groupOf: segmentOf, keep: 2 }], expected: [] },
  ])('rows: $name', ({ filters, expected }) => {
    expect(Array.from(filterRows(listed, filters))).toEqual(expected);
  });

  it.each([
    { name: 'nothing chosen', choice: null, expected: null },
    { name: 'a listed group stays chosen', choice: 1, expected: 1 },
    { name: 'a group that left the list falls back to everyone', choice: 2, expected: null },
  ])('active choice: $name', ({ choice, expected }) => {
    const options = [{ value: 0, name: 'a', count: 1 }, { value: 1, name: 'b', count: 2 }];
    expect(activeChoice(choice, options)).toBe(expected);
  });
});
