import { describe, expect, it } from 'vitest';
import { barListPicture } from '../../../src/components/charts/bar-list-svg';
import { scatterPointsSvg } from '../../../src/components/charts/scatter-svg';
import { withBottomLayer, xmlText } from '../../../src/lib/export/picture';
import { tableFromCells } from '../../../src/lib/export/shown-table';

describe('barListPicture', () => {
  const rows = [
    { label: 'Diamond', value: '1,178 · 5.0%', widthPercent: 6.25, color: 'rgb(47, 95, 208)' },
    { label: 'Gold & <Silver>', value: '3,536 · 15.0%', widthPercent: 100, color: '#d69e00' },
    { label: 'Empty', value: '0 · 0.0%', widthPercent: 0, color: '#999' },
  ];

  it('draws one label, one value and a bar per non-empty row, widths as a share of the track', () => {
    const picture = barListPicture(rows, 'Customers per tier', 800);
    expect(picture.width).toBe(800);
    expect(picture.height).toBe(28 + 3 * 24 + 8);
    const bars = [...picture.svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="16"/g)].map((match) => [Number(match[1]), Number(match[2])]);
    // Track: 800 − 170 − 200 − 2 × 8 = 414 px; 6.25 % of it is 25.875 px, both start after the label column.
    expect(bars).toEqual([
      [178, 25.88],
      [178, 414],
    ]);
    expect(picture.svg).toContain('>Gold &amp; &lt;Silver&gt;</text>');
    expect(picture.svg).toContain('>1,178 · 5.0%</text>');
    expect(picture.svg).toContain('>Customers per tier</text>');
    expect(picture.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="108"')).toBe(true);
    expect(picture.svg).not.toMatch(/href|url\(/);
  });

  it('centres a funnel’s bars on the track', () => {
    const picture = barListPicture(rows.slice(0, 1), 'Funnel', 800, true);
    const [, x, width] = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="16"/.exec(picture.svg)!;
    expect(Number(x) + Number(width) / 2).toBeCloseTo(178 + 414 / 2, 1);
  });
});

describe('scatterPointsSvg', () => {
  it('draws each cluster as one path of circles at the layout positions, skipping points off the scales', () => {
    const coordinates = [0, 0, 1, 2, 2, 4, NaN, 1];
    const layout = { x: (value: number) => 10 + value * 10, y: (value: number) => 100 - value * 10 };
    const svg = scatterPointsSvg(coordinates, [{ cluster: 0, indices: [0, 1] }, { cluster: 1, indices: [2, 3] }], (cluster) => ['#111', '#222'][cluster], layout, 2);
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="([^"]+)"/g)];
    expect(paths.map((match) => match[2])).toEqual(['#111', '#222']);
    expect(paths[0][1]).toBe('M8 100a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M18 80a2 2 0 1 0 4 0a2 2 0 1 0 -4 0');
    // The NaN point of cluster 1 is left out: one circle (two arcs).
    expect(paths[1][1].match(/M/g)).toHaveLength(1);
    expect(paths[1][1].startsWith('M28 60')).toBe(true);
  });
});

describe('picture helpers', () => {
  it('escapes text for XML', () => {
    expect(xmlText(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;');
  });

  it('puts a layer under everything else in the root svg', () => {
    expect(withBottomLayer('<svg width="2"><text>axis</text></svg>', '<g>points</g>')).toBe('<svg width="2"><g>points</g><text>axis</text></svg>');
    expect(withBottomLayer('<svg/>', '<g/>')).toBe('<svg/>');
  });
});

describe('tableFromCells', () => {
  it('lists every row in display order through the cell function, not only a visible window', () => {
    const order = [2, 0, 1];
    const data = [['a', 1], ['b', 2], ['c', 3]] as const;
    const table = tableFromCells(order.length, [{ key: 'id', label: 'Customer' }, { key: 'n', label: 'Orders' }], (row, key) => String(data[order[row]][key === 'id' ? 0 : 1]));
    expect(table).toEqual({ header: ['Customer', 'Orders'], rows: [['c', '3'], ['a', '1'], ['b', '2']] });
  });
});
