import { describe, expect, it } from 'vitest';
import { HEATMAP_EMPTY, HEATMAP_HIGH, colorDomain, heatmapLayout, legendTicks, rampColor, rampFraction, stepCell } from '../../../src/components/charts/heatmap-layout';
import type { RfGridCell } from '../../../src/lib/domain/rf-grid';

function grid(fill: (r: number, f: number) => [number, number]): RfGridCell[] {
  return Array.from({ length: 25 }, (_, cell) => {
    const r = Math.floor(cell / 5) + 1;
    const f = (cell % 5) + 1;
    const [customers, averageMonetaryCents] = fill(r, f);
    return { r, f, customers, averageMonetaryCents };
  });
}

describe('colorDomain', () => {
  it.each([
    { name: 'counts start at zero', cells: grid((r, f) => [r * f, 100]), by: 'customers' as const, domain: [0, 25] },
    { name: 'all-zero counts have no domain', cells: grid(() => [0, 0]), by: 'customers' as const, domain: null },
    { name: 'monetary spans the non-empty cells only', cells: grid((r) => (r === 1 ? [0, 0] : [1, r * 1000])), by: 'averageMonetary' as const, domain: [2000, 5000] },
    { name: 'negative average monetary', cells: grid((r) => [1, r === 1 ? -300 : 500]), by: 'averageMonetary' as const, domain: [-300, 500] },
  ])('$name', ({ cells, by, domain }) => {
    expect(colorDomain(cells, by)).toEqual(domain);
  });
});

describe('rampFraction and colours', () => {
  it.each([
    { name: 'bottom', value: 0, domain: [0, 10] as [number, number], fraction: 0 },
    { name: 'middle', value: 5, domain: [0, 10] as [number, number], fraction: 0.5 },
    { name: 'clamped', value: 20, domain: [0, 10] as [number, number], fraction: 1 },
    { name: 'one-value domain', value: 3, domain: [3, 3] as [number, number], fraction: 1 },
  ])('$name', ({ value, domain, fraction }) => {
    expect(rampFraction(value, domain)).toBe(fraction);
  });

  it('the top of the ramp is the accent colour', () => {
    expect(rampColor(1)).toBe('rgb(47, 95, 208)');
    expect(HEATMAP_HIGH).toBe('#2f5fd0');
  });

  it('legend ticks of a one-value domain do not divide by zero', () => {
    expect(legendTicks([7, 7])).toEqual([{ value: 7, offset: 1 }]);
    expect(legendTicks([0, 100]).every((tick) => tick.offset >= 0 && tick.offset <= 1)).toBe(true);
    expect(legendTicks([0, 1], 4, true).map((tick) => tick.value)).toEqual([0, 1]);
  });
});

describe('heatmapLayout', () => {
  const cells = grid((r, f) => [r === 2 && f === 2 ? 0 : r * 10 + f, 1000]);

  it('places R left to right and F 5 at the top, inside the width', () => {
    const layout = heatmapLayout(cells, 500, 'customers');
    const at = (r: number, f: number) => layout.cells.find((cell) => cell.r === r && cell.f === f)!;
    expect(at(1, 1).x).toBeLessThan(at(5, 1).x);
    expect(at(1, 5).y).toBeLessThan(at(1, 1).y);
    expect(Math.max(...layout.cells.map((cell) => cell.x + cell.width))).toBeLessThanOrEqual(500);
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
  });

  it('empty cells are neutral, the fullest cell is darkest with light text', () => {
    const layout = heatmapLayout(cells, 500, 'customers');
    const empty = layout.cells.find((cell) => cell.customers === 0)!;
    expect(empty).toMatchObject({ fraction: null, fill: HEATMAP_EMPTY, ink: 'dark' });
    const fullest = layout.cells.find((cell) => cell.r === 5 && cell.f === 5)!;
    expect(fullest).toMatchObject({ fraction: 1, ink: 'light' });
  });

  it.each([
    { name: 'all-zero counts', cells: grid(() => [0, 0]) },
    { name: 'zero width', cells },
  ])('$name: no NaN anywhere', ({ cells: input }) => {
    const layout = heatmapLayout(input, 0, 'averageMonetary');
    for (const cell of layout.cells) expect([cell.x, cell.y, cell.width, cell.height].every(Number.isFinite)).toBe(true);
  });

  it('narrow grids switch to compact cells', () => {
    expect(heatmapLayout(cells, 300, 'customers').compact).toBe(true);
    expect(heatmapLayout(cells, 900, 'customers').compact).toBe(false);
  });
});

describe('stepCell', () => {
  it.each([
    { key: 'ArrowRight', from: [3, 3], to: { r: 4, f: 3 } },
    { key: 'ArrowLeft', from: [1, 3], to: { r: 1, f: 3 } },
    { key: 'ArrowUp', from: [3, 3], to: { r: 3, f: 4 } },
    { key: 'ArrowDown', from: [3, 1], to: { r: 3, f: 1 } },
    { key: 'Home', from: [4, 2], to: { r: 1, f: 2 } },
    { key: 'End', from: [2, 2], to: { r: 5, f: 2 } },
    { key: 'Enter', from: [2, 2], to: null },
  ])('$key from $from', ({ key, from, to }) => {
    expect(stepCell(from[0], from[1], key)).toEqual(to);
  });
});
