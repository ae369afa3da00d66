import { describe, expect, it } from 'vitest';
import { directed, filterIndices, identityIndices, nextSort, sortedIndices } from '../../../src/components/ui/table-order';
import { scrollTarget, virtualWindow } from '../../../src/components/ui/virtual-window';

const keys = [3, 1, 3, 2, 1, 3];
const byKey = (a: number, b: number) => keys[a] - keys[b];

describe('sortedIndices', () => {
  it.each([
    { name: 'ascending keeps ties in row order', compare: directed(byKey, 'asc'), order: [1, 4, 3, 0, 2, 5] },
    { name: 'descending keeps ties in row order too', compare: directed(byKey, 'desc'), order: [0, 2, 5, 3, 1, 4] },
    { name: 'all equal is the identity', compare: () => 0, order: [0, 1, 2, 3, 4, 5] },
  ])('$name', ({ compare, order }) => {
    expect(Array.from(sortedIndices(keys.length, compare))).toEqual(order);
  });

  it('is stable on 100,000 rows with many ties', () => {
    const values = Float64Array.from({ length: 100_000 }, (_, index) => (index * 7919) % 13);
    const order = sortedIndices(values.length, (a, b) => values[a] - values[b]);
    for (let position = 1; position < order.length; position++) {
      const [a, b] = [order[position - 1], order[position]];
      expect(values[a] < values[b] || (values[a] === values[b] && a < b)).toBe(true);
    }
  });
});

describe('filterIndices', () => {
  it.each([
    { name: 'natural order', order: undefined, kept: [0, 2, 5] },
    { name: 'keeps a sorted order', order: [5, 4, 3, 2, 1, 0], kept: [5, 2, 0] },
  ])('$name', ({ order, kept }) => {
    expect(Array.from(filterIndices(keys.length, (index) => keys[index] === 3, order))).toEqual(kept);
  });

  it('nothing kept', () => {
    expect(filterIndices(3, () => false)).toHaveLength(0);
    expect(Array.from(identityIndices(3))).toEqual([0, 1, 2]);
  });
});

describe('nextSort', () => {
  it.each([
    { name: 'first click', current: null, key: 'a', next: { key: 'a', direction: 'asc' } },
    { name: 'same column flips', current: { key: 'a', direction: 'asc' as const }, key: 'a', next: { key: 'a', direction: 'desc' } },
    { name: 'back to ascending', current: { key: 'a', direction: 'desc' as const }, key: 'a', next: { key: 'a', direction: 'asc' } },
    { name: 'new column', current: { key: 'a', direction: 'desc' as const }, key: 'b', next: { key: 'b', direction: 'asc' } },
  ])('$name', ({ current, key, next }) => {
    expect(nextSort(current, key)).toEqual(next);
  });
});

describe('virtualWindow', () => {
  it.each([
    { name: 'top', scrollTop: 0, count: 100_000, window: { start: 0, end: 22, top: 0, bottom: (100_000 - 22) * 32 } },
    { name: 'middle', scrollTop: 32_000, count: 100_000, window: { start: 994, end: 1022, top: 994 * 32, bottom: (100_000 - 1022) * 32 } },
    { name: 'fewer rows than fit', scrollTop: 0, count: 5, window: { start: 0, end: 5, top: 0, bottom: 0 } },
    { name: 'no rows', scrollTop: 0, count: 0, window: { start: 0, end: 0, top: 0, bottom: 0 } },
    { name: 'scrolled past the end after a filter', scrollTop: 1e6, count: 10, window: { start: 10, end: 10, top: 320, bottom: 0 } },
  ])('$name', ({ scrollTop, count, window }) => {
    expect(virtualWindow(scrollTop, 480, 32, count, 6)).toEqual(window);
  });
});

describe('scrollTarget', () => {
  it.each([
    { key: 'PageDown', scrollTop: 0, target: 448 },
    { key: 'PageUp', scrollTop: 100, target: 0 },
    { key: 'Home', scrollTop: 5000, target: 0 },
    { key: 'End', scrollTop: 0, target: 10_000 },
    { key: 'ArrowDown', scrollTop: 9990, target: 10_000 },
    { key: 'a', scrollTop: 0, target: null },
  ])('$key from $scrollTop', ({ key, scrollTop, target }) => {
    expect(scrollTarget(key, scrollTop, 480, 32, 10_000)).toBe(target);
  });
});
