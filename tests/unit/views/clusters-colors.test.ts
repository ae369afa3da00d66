import { describe, expect, it } from 'vitest';
import { carrySlots, freshSlots, SlotMemory } from '../../../src/views/clusters/cluster-colors';

// Two clusters in 2-D: centres near (0, 0) and (10, 10).
const first = { k: 2, centroids: Float64Array.from([0, 0, 10, 10]) };
const swapped = { k: 2, centroids: Float64Array.from([10.2, 9.9, 0.1, -0.1]) };

describe('cluster colours', () => {
  it('a first fit takes the palette in order', () => {
    expect(freshSlots(3)).toEqual([0, 1, 2]);
    expect(carrySlots(null, first, 2)).toEqual([0, 1]);
  });

  it('a re-run with the same K keeps each colour on the cluster it continues, even when the numbering swaps', () => {
    expect(carrySlots({ fit: first, slots: [0, 1] }, swapped, 2)).toEqual([1, 0]);
  });

  it('another K, or another number of features, starts afresh', () => {
    expect(carrySlots({ fit: first, slots: [1, 0] }, { k: 3, centroids: new Float64Array(6) }, 2)).toEqual([0, 1, 2]);
    expect(carrySlots({ fit: first, slots: [1, 0] }, { k: 2, centroids: new Float64Array(6) }, 3)).toEqual([0, 1]);
  });

  it('SlotMemory carries across fits of the same customers only, and forgets when results are dropped', () => {
    const memory = new SlotMemory();
    const customers = {};
    expect(memory.slotsFor(first, customers, 2)).toEqual([0, 1]);
    expect(memory.slotsFor(swapped, customers, 2)).toEqual([1, 0]);
    expect(memory.slotsFor(swapped, customers, 2)).toEqual([1, 0]); // the same fit, the same answer
    expect(memory.slotsFor(first, {}, 2)).toEqual([0, 1]); // new data: fresh
    memory.slotsFor(swapped, customers, 2);
    expect(memory.slotsFor(null, null, 2)).toEqual([]);
    expect(memory.slotsFor(swapped, customers, 2)).toEqual([0, 1]);
  });
});
