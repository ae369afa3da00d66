import { describe, expect, it } from 'vitest';
import { derivedSeed, seededSample } from '../../../src/lib/domain/clustering/sample';

describe('seededSample', () => {
  it.each([
    { name: 'a proper sample', n: 1000, size: 100 },
    { name: 'size ≥ n takes every row', n: 10, size: 20 },
  ])('$name: distinct, ascending, in range, repeatable', ({ n, size }) => {
    const sample = seededSample(n, size, 3);
    expect(sample).toHaveLength(Math.min(n, size));
    expect(new Set(sample).size).toBe(sample.length);
    expect(sample.every((row, at) => row >= 0 && row < n && (at === 0 || row > sample[at - 1]))).toBe(true);
    expect(Array.from(seededSample(n, size, 3))).toEqual(Array.from(sample));
  });

  it('is not a stride: gaps between picked rows vary', () => {
    const sample = seededSample(1000, 100, 3);
    const gaps = new Set(Array.from(sample.subarray(1), (row, at) => row - sample[at]));
    expect(gaps.size).toBeGreaterThan(5);
  });

  it('derives different restart seeds from one base seed', () => {
    expect(new Set(Array.from({ length: 10 }, (_, restart) => derivedSeed(0, restart))).size).toBe(10);
  });
});
