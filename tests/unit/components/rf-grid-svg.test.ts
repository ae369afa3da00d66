import { describe, expect, it } from 'vitest';
import { heatmapLayout } from '../../../src/components/charts/heatmap-layout';
import { rfGridPicture } from '../../../src/components/charts/rf-grid-svg';
import type { RfGridCell } from '../../../src/lib/domain/rf-grid';

const cells: RfGridCell[] = [];
for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) cells.push({ r, f, customers: r === 2 && f === 3 ? 0 : r * 10 + f, averageMonetaryCents: 1000 * r });

describe('rfGridPicture', () => {
  const layout = heatmapLayout(cells, 500, 'customers');
  const picture = rfGridPicture(layout, 500, 'R × F <grid>', { x: 'Recency', y: 'Frequency' }, (index) => ({ count: String(layout.cells[index].customers), average: index === 0 ? 'avg 10.00' : null }));

  it('draws every cell with the fill the page uses and its count', () => {
    const rects = [...picture.svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" rx="4" fill="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(rects).toEqual(layout.cells.map((cell) => cell.fill));
    for (const cell of layout.cells) expect(picture.svg).toContain(`>${cell.customers}</text>`);
    expect(picture.svg).toContain('>avg 10.00</text>');
  });

  it('is standalone, escaped and sized to the layout', () => {
    expect(picture.svg).not.toMatch(/href|url\(/);
    expect(picture.svg).toContain('R × F &lt;grid&gt;');
    expect(picture.width).toBe(500);
    expect(picture.height).toBeGreaterThan(layout.height);
    expect(picture.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
