import { describe, expect, it } from 'vitest';
import { movedCuts, scoresAround } from '../../../src/views/rfm/cut-sliders';

const cuts = { recency: [142, 433, 486, 513], frequency: [2, 3, 4, 5], monetary: [15.37, 31.37, 59.93, 133.96] };

describe('movedCuts', () => {
  it.each([
    { name: 'moves one recency cut, rounded to whole days', metric: 'recency' as const, index: 0, value: 200.4, expected: [200, 433, 486, 513] },
    { name: 'stops a frequency cut one order below the next', metric: 'frequency' as const, index: 1, value: 9, expected: [2, 3, 4, 5] },
    { name: 'moves the last frequency cut up freely', metric: 'frequency' as const, index: 3, value: 12, expected: [2, 3, 4, 12] },
    { name: 'keeps money in cents and a cent above the previous cut', metric: 'monetary' as const, index: 1, value: 10, expected: [15.37, 15.38, 59.93, 133.96] },
    { name: 'ignores a value that is not a number', metric: 'monetary' as const, index: 1, value: NaN, expected: [15.37, 31.37, 59.93, 133.96] },
  ])('$name', ({ metric, index, value, expected }) => {
    const next = movedCuts(cuts, metric, index, value);
    expect(next[metric]).toEqual(expected);
    // The other metrics and the input stay as they were.
    for (const other of ['recency', 'frequency', 'monetary'] as const) if (other !== metric) expect(next[other]).toEqual(cuts[other]);
    expect(cuts.frequency).toEqual([2, 3, 4, 5]);
  });
});

describe('scoresAround', () => {
  it('names the scores a cut separates; recency runs backwards', () => {
    expect([0, 1, 2, 3].map((index) => scoresAround('frequency', index))).toEqual([[1, 2], [2, 3], [3, 4], [4, 5]]);
    expect([0, 1, 2, 3].map((index) => scoresAround('recency', index))).toEqual([[4, 5], [3, 4], [2, 3], [1, 2]]);
  });
});
