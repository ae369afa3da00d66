import { describe, expect, it } from 'vitest';
import { flowKind, sankeyHeight, sankeyLayout, type SankeyInput } from '../../../src/components/charts/sankey-layout';

// Labels best first: A, B, C; the fourth row is "new", the fourth column "gone".
const INPUT: SankeyInput = {
  labels: ['A', 'B', 'C'],
  counts: [
    Int32Array.from([10, 5, 0, 1]),
    Int32Array.from([4, 20, 6, 0]),
    Int32Array.from([0, 0, 0, 0]), // nobody in C at the first date
    Int32Array.from([3, 0, 2, 0]),
  ],
};
const WIDTH = 600;
const HEIGHT = 300;
const LABELS = 120;

describe('sankeyLayout', () => {
  const layout = sankeyLayout(INPUT, WIDTH, HEIGHT, LABELS);

  it('puts rows on the left and columns on the right, in matrix order, without empty nodes', () => {
    const side = (name: 'from' | 'to') => layout.nodes.filter((node) => node.side === name).sort((a, b) => a.y0 - b.y0);
    expect(side('from').map((node) => node.index)).toEqual([0, 1, 3]);
    expect(side('to').map((node) => node.index)).toEqual([0, 1, 2, 3]);
    expect(side('from').every((node) => node.x0 === LABELS)).toBe(true);
    expect(side('to').every((node) => node.x1 === WIDTH - LABELS)).toBe(true);
  });

  it('node values are the row and column totals', () => {
    const value = (name: 'from' | 'to', index: number) => layout.nodes.find((node) => node.side === name && node.index === index)?.value;
    expect([value('from', 0), value('from', 1), value('from', 3)]).toEqual([16, 30, 5]);
    expect([value('to', 0), value('to', 1), value('to', 2), value('to', 3)]).toEqual([17, 25, 8, 1]);
  });

  it('has one flow per non-empty cell with its count and kind', () => {
    const flows = layout.flows.map(({ row, column, value, kind }) => [row, column, value, kind]).sort();
    expect(flows).toEqual(
      [
        [0, 0, 10, 'stay'],
        [0, 1, 5, 'downgrade'],
        [0, 3, 1, 'gone'],
        [1, 0, 4, 'upgrade'],
        [1, 1, 20, 'stay'],
        [1, 2, 6, 'downgrade'],
        [3, 0, 3, 'new'],
        [3, 2, 2, 'new'],
      ].sort(),
    );
  });

  it('gives each flow its share of the left node', () => {
    const share = (row: number, column: number) => layout.flows.find((flow) => flow.row === row && flow.column === column)?.share;
    expect([share(0, 0), share(1, 2), share(3, 2)]).toEqual([10 / 16, 6 / 30, 2 / 5]);
  });

  it('draws flows with widths proportional to their counts', () => {
    const perCustomer = layout.flows.map((flow) => flow.width / flow.value);
    for (const ratio of perCustomer) expect(ratio).toBeCloseTo(perCustomer[0], 9);
    expect(perCustomer[0]).toBeGreaterThan(0);
  });

  it('stays inside the box, with no NaN anywhere', () => {
    for (const node of layout.nodes) {
      for (const value of [node.x0, node.x1, node.y0, node.y1]) expect(Number.isFinite(value)).toBe(true);
      expect(node.y0).toBeGreaterThanOrEqual(-1e-9);
      expect(node.y1).toBeLessThanOrEqual(HEIGHT + 1e-9);
    }
    for (const flow of layout.flows) {
      expect(flow.path).toMatch(/^M/);
      expect(flow.path).not.toMatch(/NaN/);
      expect(Number.isFinite(flow.y)).toBe(true);
    }
  });

  it.each([
    { name: 'no labels and no customers', input: { labels: [], counts: [Int32Array.from([0])] }, width: WIDTH },
    { name: 'every count zero', input: { labels: ['A'], counts: [Int32Array.from([0, 0]), Int32Array.from([0, 0])] }, width: WIDTH },
    { name: 'a width with no room between the labels', input: INPUT, width: 2 * LABELS },
    { name: 'not measured yet (width 0)', input: INPUT, width: 0 },
  ])('is empty for $name', ({ input, width }) => {
    expect(sankeyLayout(input, width, HEIGHT, LABELS)).toEqual({ nodes: [], flows: [] });
  });

  it('lays out a single flow without NaN', () => {
    const single = sankeyLayout({ labels: ['A'], counts: [Int32Array.from([7, 0]), Int32Array.from([0, 0])] }, WIDTH, HEIGHT, LABELS);
    expect(single.flows).toHaveLength(1);
    expect(single.flows[0]).toMatchObject({ value: 7, kind: 'stay', width: HEIGHT });
    expect(single.flows[0].path).not.toMatch(/NaN/);
  });
});

describe('flowKind', () => {
  it.each([
    { name: 'towards index 0 is an upgrade', row: 2, column: 0, kind: 'upgrade' },
    { name: 'away from index 0 is a downgrade', row: 0, column: 2, kind: 'downgrade' },
    { name: 'the diagonal stayed', row: 1, column: 1, kind: 'stay' },
    { name: 'the extra row is new', row: 3, column: 0, kind: 'new' },
    { name: 'the extra column is gone', row: 0, column: 3, kind: 'gone' },
  ])('$name', ({ row, column, kind }) => {
    expect(flowKind(row, column, 3)).toBe(kind);
  });
});

describe('sankeyHeight', () => {
  it.each([
    { name: 'few nodes get the minimum', input: INPUT, height: 220 },
    { name: 'the fuller side sets the height', input: { labels: Array.from({ length: 11 }, (_, i) => `L${i}`), counts: Array.from({ length: 12 }, () => new Int32Array(12).fill(1)) }, height: 432 },
    { name: 'many nodes stop at the maximum', input: { labels: Array.from({ length: 39 }, (_, i) => `L${i}`), counts: Array.from({ length: 40 }, () => new Int32Array(40).fill(1)) }, height: 640 },
  ])('$name', ({ input, height }) => {
    expect(sankeyHeight(input)).toBe(height);
  });
});
