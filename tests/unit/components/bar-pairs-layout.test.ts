import { describe, expect, it } from 'vitest';
import { barPairsLayout, truncate } from '../../../src/components/charts/bar-pairs-layout';

describe('barPairsLayout', () => {
  const items = [
    { label: 'Champions', values: [0.1, 0.45] as [number, number] },
    { label: 'Potential Loyalist', values: [0.3, 0.6] as [number, number] },
    { label: 'Lost', values: [0.6, -0.05] as [number, number] },
  ];

  it.each([
    { name: 'wide, labels in a column', width: 800, stacked: false },
    { name: 'narrow, labels above the bars', width: 320, stacked: true },
  ])('$name', ({ width, stacked }) => {
    const layout = barPairsLayout(items, width);
    expect(layout.stacked).toBe(stacked);
    const zero = layout.zero;
    const lost = layout.rows[2].bars[1];
    expect(lost.x + lost.width).toBeCloseTo(zero, 6);
    expect(lost.labelAnchor).toBe('end');
    const champions = layout.rows[0].bars[1];
    expect(champions.x).toBeCloseTo(zero, 6);
    for (const row of layout.rows) for (const bar of row.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(width);
    expect(layout.ticks.some((tick) => tick.value === 0)).toBe(true);
  });

  it('all-zero values still give a usable axis', () => {
    const layout = barPairsLayout([{ label: 'Empty', values: [0, 0] }], 600);
    expect(layout.rows[0].bars.every((bar) => bar.width === 0 && Number.isFinite(bar.x))).toBe(true);
    expect(layout.ticks.length).toBeGreaterThan(1);
  });

  it.each([
    { text: 'Lost', max: 10, out: 'Lost' },
    { text: 'Potential Loyalist', max: 10, out: 'Potential…' },
    { text: 'abc', max: 1, out: '…' },
  ])('truncate($text, $max)', ({ text, max, out }) => {
    expect(truncate(text, max)).toBe(out);
  });
});
