import { describe, expect, it } from 'vitest';
import { binRows, fixedCutsFrom } from '../../../src/lib/domain/binning-ranges';
import { scoreWith } from '../../../src/lib/domain/score-methods';

describe('binRows', () => {
  it('gives each score its [from, to) range, open at both ends', () => {
    const { scores: _, ...binning } = scoreWith({ kind: 'r-rfm' }, [0, 1, 2, 3, 4, 5], true, 'frequency');
    expect(binRows(binning)).toEqual([
      { score: 1, from: null, to: 2, customers: 2, share: 2 / 6 },
      { score: 2, from: 2, to: 3, customers: 1, share: 1 / 6 },
      { score: 3, from: 3, to: 4, customers: 1, share: 1 / 6 },
      { score: 4, from: 4, to: 5, customers: 1, share: 1 / 6 },
      { score: 5, from: 5, to: null, customers: 1, share: 1 / 6 },
    ]);
  });

  it('runs recency backwards: score 5 is under the first cut', () => {
    const { scores: _, ...binning } = scoreWith({ kind: 'r-rfm' }, [0, 1, 2, 3, 4, 5], false, 'recency');
    const rows = binRows(binning);
    expect(rows[4]).toMatchObject({ score: 5, from: null, to: 2, customers: 2 });
    expect(rows[0]).toMatchObject({ score: 1, from: 5, to: null, customers: 1 });
  });
});

describe('fixedCutsFrom', () => {
  it('keeps valid cuts, rounds, and makes ties and infinities strictly ascending', () => {
    const cuts = fixedCutsFrom({
      recency: { cutPoints: [115, 181, 297.4, 482] },
      frequency: { cutPoints: [2, 2, 2, Infinity] },
      monetary: { cutPoints: [255.8, 382, 506.4, 666.004] },
    });
    expect(cuts).toEqual({ recency: [115, 181, 297, 482], frequency: [2, 3, 4, 5], monetary: [255.8, 382, 506.4, 666] });
  });
});
