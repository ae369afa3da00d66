import { describe, expect, it } from 'vitest';
import { segmentDiff, type SegmentSnapshot } from '../../../src/lib/domain/what-if';

const snapshot = (ids: string[], segmentNames: string[], segment: number[], monetaryCents: number[]): SegmentSnapshot => ({
  ids,
  segmentNames,
  segment: Uint16Array.from(segment),
  monetaryCents: Float64Array.from(monetaryCents),
});
const matrixOf = (counts: Int32Array[]) => counts.map((row) => Array.from(row));

describe('segment diff', () => {
  it('same customers: moves, per-segment counts and revenue share points (worked by hand)', () => {
    const before = snapshot(['a', 'b', 'c', 'd'], ['X', 'Y', 'Others'], [0, 0, 1, 2], [100, 300, 500, 100]);
    const after = snapshot(['a', 'b', 'c', 'd'], ['X', 'Y', 'Others'], [0, 1, 1, 1], [100, 300, 500, 100]);
    const diff = segmentDiff(before, after);
    expect(diff.matrix.rows).toEqual(['X', 'Y', 'Others', 'new']);
    expect(diff.matrix.columns).toEqual(['X', 'Y', 'Others', 'gone']);
    // a X→X, b X→Y, c Y→Y, d Others→Y
    expect(matrixOf(diff.matrix.counts)).toEqual([
      [1, 1, 0, 0],
      [0, 1, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect([diff.moved, diff.stayed, diff.newCustomers, diff.goneCustomers]).toEqual([2, 2, 0, 0]);
    expect([diff.matrix.upgraded, diff.matrix.downgraded]).toEqual([1, 1]);
    expect(diff.rows.map((row) => [row.segment, row.customersBefore, row.customersAfter, row.customerChange])).toEqual([
      ['X', 2, 1, -1],
      ['Y', 1, 3, 2],
      ['Others', 1, 0, -1],
    ]);
    const shares = diff.rows.map((row) => [row.revenueShareBefore, row.revenueShareAfter, row.revenueSharePoints]);
    const expected = [
      [0.4, 0.1, -30],
      [0.5, 0.9, 40],
      [0.1, 0, -10],
    ];
    shares.forEach((row, index) => row.forEach((value, column) => expect(value).toBeCloseTo(expected[index][column], 10)));
  });

  it('customers in one only are new or gone; a segment only after comes first in its rule order', () => {
    const before = snapshot(['a', 'b', 'c'], ['X', 'Others'], [0, 1, 0], [200, 200, 600]);
    const after = snapshot(['b', 'c', 'e'], ['Z', 'X', 'Others'], [0, 1, 2], [200, 700, 100]);
    const diff = segmentDiff(before, after);
    expect(diff.matrix.labels).toEqual(['Z', 'X', 'Others']);
    // a X→gone, b Others→Z, c X→X, e new→Others
    expect(matrixOf(diff.matrix.counts)).toEqual([
      [0, 0, 0, 0],
      [0, 1, 0, 1],
      [1, 0, 0, 0],
      [0, 0, 1, 0],
    ]);
    expect([diff.moved, diff.stayed, diff.newCustomers, diff.goneCustomers, diff.customersBefore, diff.customersAfter]).toEqual([1, 1, 1, 1, 3, 3]);
    expect(diff.rows.map((row) => [row.segment, row.customersBefore, row.customersAfter, Math.round(row.revenueSharePoints * 1e9) / 1e9])).toEqual([
      ['Z', 0, 1, 20],
      ['X', 2, 1, -10],
      ['Others', 1, 1, -10],
    ]);
  });

  it('a zero net total gives zero shares instead of NaN', () => {
    const zero = snapshot(['a', 'b'], ['X', 'Others'], [0, 1], [500, -500]);
    const diff = segmentDiff(zero, zero);
    expect(diff.rows.map((row) => row.revenueShareAfter)).toEqual([0, 0]);
    expect(diff.moved).toBe(0);
  });

  it('agrees with a plain per-customer loop on a seeded random case with shuffled and missing ids', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const names = ['A', 'B', 'C', 'Others'];
    const beforeIds = Array.from({ length: 500 }, (_, index) => `c${index}`);
    const afterIds = Array.from({ length: 520 }, (_, index) => `c${index + 40}`).reverse();
    const before = snapshot(beforeIds, names, beforeIds.map(() => Math.floor(next() * 4)), beforeIds.map(() => Math.round(next() * 1000)));
    const after = snapshot(afterIds, names, afterIds.map(() => Math.floor(next() * 4)), afterIds.map(() => Math.round(next() * 1000)));
    const diff = segmentDiff(before, after);
    const cells = new Map<string, number>();
    const add = (key: string) => cells.set(key, (cells.get(key) ?? 0) + 1);
    const afterLabel = new Map(afterIds.map((id, index) => [id, names[after.segment[index]]]));
    beforeIds.forEach((id, index) => add(`${names[before.segment[index]]}>${afterLabel.get(id) ?? 'gone'}`));
    const beforeSet = new Set(beforeIds);
    afterIds.forEach((id, index) => beforeSet.has(id) || add(`new>${names[after.segment[index]]}`));
    diff.matrix.rows.forEach((row, r) => diff.matrix.columns.forEach((column, c) => expect([row, column, diff.matrix.counts[r][c]]).toEqual([row, column, cells.get(`${row}>${column}`) ?? 0])));
    expect(diff.newCustomers).toBe(40 + 20);
    expect(diff.goneCustomers).toBe(40);
  });
});
