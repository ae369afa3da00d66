import { describe, expect, it } from 'vitest';
import { binningWarnings } from '../../../src/lib/domain/binning-warnings';
import { scoreWith } from '../../../src/lib/domain/score-methods';

const repeat = (value: number, times: number) => new Array<number>(times).fill(value);

describe('binningWarnings', () => {
  it('names the empty score and the tie that caused it (58% bought once)', () => {
    const frequency = [...repeat(1, 58), ...repeat(2, 14), ...repeat(3, 14), ...repeat(4, 14)];
    const warnings = binningWarnings(scoreWith({ kind: 'tie-sharing' }, frequency, true, 'frequency'));
    expect(warnings).toContainEqual({ kind: 'empty', metric: 'frequency', score: 2, cause: { value: 1, share: 0.58, score: 1 } });
    expect(warnings).toContainEqual({ kind: 'crowded', metric: 'frequency', score: 1, share: 0.58, value: 1, valueShare: 0.58 });
  });

  it('says nothing about even bins', () => {
    const values = Array.from({ length: 100 }, (_, index) => index);
    expect(binningWarnings(scoreWith({ kind: 'tie-sharing' }, values, true, 'frequency'))).toEqual([]);
  });

  it('an empty fixed bin without a big tie has no cause', () => {
    const method = { kind: 'fixed' as const, cuts: { recency: [1, 2, 3, 4], frequency: [10, 20, 30, 40], monetary: [1, 2, 3, 4] } };
    const values = Array.from({ length: 50 }, (_, index) => index);
    const warnings = binningWarnings(scoreWith(method, values, true, 'frequency'));
    expect(warnings).toEqual([]);
    const sparse = binningWarnings(scoreWith(method, [1, 2, 3, 4, 5, 6, 31, 32, 45, 46], true, 'frequency'));
    expect(sparse.filter((warning) => warning.kind === 'empty')).toEqual([
      { kind: 'empty', metric: 'frequency', score: 2, cause: null },
      { kind: 'empty', metric: 'frequency', score: 3, cause: null },
    ]);
  });

  it('a crowded bin made of many values (no big tie) is not blamed on ties', () => {
    const method = { kind: 'fixed' as const, cuts: { recency: [1, 2, 3, 4], frequency: [60, 70, 80, 90], monetary: [1, 2, 3, 4] } };
    const values = Array.from({ length: 100 }, (_, index) => index);
    expect(binningWarnings(scoreWith(method, values, true, 'frequency'))).toEqual([]);
  });

  it('no customers, no warnings', () => {
    expect(binningWarnings(scoreWith({ kind: 'r-rfm' }, [], true, 'frequency'))).toEqual([]);
  });
});
