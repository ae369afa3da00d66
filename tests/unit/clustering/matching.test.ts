import { describe, expect, it } from 'vitest';
import { minCostAssignment } from '../../../src/lib/domain/clustering/assignment';
import { carryOver, matchClusters } from '../../../src/lib/domain/clustering/matching';

const flat = (rows: number[][]) => Float64Array.from(rows.flat());

describe('minCostAssignment', () => {
  it.each([
    { name: 'identity is cheapest', cost: [[0, 5, 5], [5, 0, 5], [5, 5, 0]], expected: [0, 1, 2] },
    { name: 'a permutation', cost: [[9, 1, 9], [9, 9, 1], [1, 9, 9]], expected: [1, 2, 0] },
    // Greedy takes the 1 first and pays 1 + 100; the optimum pays 2 + 2.
    { name: 'where greedy by smallest entry loses', cost: [[1, 2], [2, 100]], expected: [1, 0] },
    { name: 'fewer rows than columns', cost: [[5, 1, 9], [1, 5, 9]], expected: [1, 0] },
    { name: 'more rows than columns: the costliest row is left out', cost: [[1, 9], [9, 1], [8, 8]], expected: [0, 1, -1] },
  ])('$name', ({ cost, expected }) => {
    expect(Array.from(minCostAssignment(flat(cost), cost.length, cost[0].length))).toEqual(expected);
  });
});

describe('matchClusters', () => {
  const previous = flat([[0, 0], [10, 0], [0, 10]]);

  it('follows clusters whose labels were permuted and whose centroids moved a little', () => {
    const rerun = flat([[0.4, 9.7], [0.2, -0.1], [9.6, 0.3]]);
    expect(Array.from(matchClusters(previous, rerun, 2))).toEqual([2, 0, 1]);
  });

  it('carries names across, a new extra cluster keeps its fresh name', () => {
    const rerun = flat([[10, 1], [0, 0.5], [0, 9], [5, 5]]);
    const match = matchClusters(previous, rerun, 2);
    expect(carryOver(['Loyal', 'Big', 'Lost'], match, ['a', 'b', 'c', 'd'])).toEqual(['Big', 'Loyal', 'Lost', 'd']);
  });
});
