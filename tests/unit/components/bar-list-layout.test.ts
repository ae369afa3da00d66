import { describe, expect, it } from 'vitest';
import { barListLayout } from '../../../src/components/charts/bar-list-layout';

describe('barListLayout', () => {
  it.each([
    { name: 'the largest value fills the track', values: [50, 100, 25], widths: [50, 100, 25] },
    { name: 'a tiny non-zero value keeps a sliver, zero stays empty', values: [1000, 1, 0], widths: [100, 0.5, 0] },
    { name: 'all zero: no bars, no NaN', values: [0, 0], widths: [0, 0] },
    { name: 'no items', values: [], widths: [] },
  ])('$name', ({ values, widths }) => {
    const rows = barListLayout(values.map((value, index) => ({ key: String(index), value })));
    expect(rows.map((row) => row.widthPercent)).toEqual(widths);
  });
});
