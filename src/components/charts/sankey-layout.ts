import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';

/** How a flow moved: towards a better-ranked label, a worse one, the same, or in / out of the data. */
export type FlowKind = 'upgrade' | 'downgrade' | 'stay' | 'new' | 'gone';

/** Link colours: green up, red down, grey stayed, blue arrived, dark grey left. */
export const FLOW_COLORS: Record<FlowKind, string> = {
  upgrade: '#2e9e5b',
  downgrade: '#d0503a',
  stay: '#9aa3b0',
  new: '#2f5fd0',
  gone: '#5f6672',
};

/**
 * A transition matrix as the Sankey reads it: `labels` best first; counts[row][column] with one
 * extra row (new: only at the second date) and one extra column (gone: only at the first).
 */
export interface SankeyInput {
  labels: readonly string[];
  counts: readonly ArrayLike<number>[];
}

/** A node box; `index` is the row (left side) or column (right side) of the matrix. */
export interface SankeyNodeBox {
  side: 'from' | 'to';
  index: number;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** One flow: matrix cell (row, column), its customers, stroke width and SVG path. */
export interface SankeyFlow {
  row: number;
  column: number;
  value: number;
  /** Share of the left node's customers. */
  share: number;
  kind: FlowKind;
  width: number;
  path: string;
  /** Middle of the link, for its tooltip. */
  x: number;
  y: number;
}

export interface SankeyLayout {
  nodes: SankeyNodeBox[];
  flows: SankeyFlow[];
}

const NODE_WIDTH = 12;
// At least a label line apart, so the labels of small neighbouring nodes never overlap.
const NODE_PADDING = 14;
const EMPTY: SankeyLayout = { nodes: [], flows: [] };

/** Kind of the flow from row `row` to column `column` among `labelCount` ranked labels. */
export function flowKind(row: number, column: number, labelCount: number): FlowKind {
  if (row === labelCount) return 'new';
  if (column === labelCount) return 'gone';
  return column < row ? 'upgrade' : column > row ? 'downgrade' : 'stay';
}

// `slot`, not `index`: d3-sankey writes its own `index` on every node.
/** A height that gives every node of the fuller side room for a label line: 36 px each, 220–640 px. */
export function sankeyHeight(input: SankeyInput): number {
  const size = input.labels.length + 1;
  const filled = (count: (index: number) => number) => Array.from({ length: size }, (_, index) => count(index)).filter((total) => total > 0).length;
  const rows = filled((row) => Array.from(input.counts[row] ?? []).reduce((sum, count) => sum + count, 0));
  const columns = filled((column) => input.counts.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  return Math.min(640, Math.max(220, 36 * Math.max(rows, columns)));
}

type Node = { side: 'from' | 'to'; slot: number };
type Link = { row: number; column: number };

/**
 * Node and link positions inside `width` × `height`, leaving `labelSpace` pixels on each side for
 * labels. Left nodes are the rows, right nodes the columns, both in matrix order (new last on the
 * left, gone last on the right); empty nodes and flows without customers are left out.
 */
export function sankeyLayout(input: SankeyInput, width: number, height: number, labelSpace: number): SankeyLayout {
  const size = input.labels.length + 1;
  const nodes: Node[] = [];
  const nodeAt = new Map<string, number>();
  const links: { source: number; target: number; value: number; row: number; column: number }[] = [];
  const node = (side: Node['side'], index: number) => {
    const key = `${side}${index}`;
    if (!nodeAt.has(key)) nodeAt.set(key, nodes.push({ side, slot: index }) - 1);
    return nodeAt.get(key)!;
  };
  // Rows first, then columns, so d3 keeps matrix order within each side.
  for (let row = 0; row < size; row++) for (let column = 0; column < size; column++) if ((input.counts[row]?.[column] ?? 0) > 0) node('from', row);
  for (let column = 0; column < size; column++) for (let row = 0; row < size; row++) if ((input.counts[row]?.[column] ?? 0) > 0) node('to', column);
  for (let row = 0; row < size; row++)
    for (let column = 0; column < size; column++) {
      const value = input.counts[row]?.[column] ?? 0;
      if (value > 0) links.push({ source: nodeAt.get(`from${row}`)!, target: nodeAt.get(`to${column}`)!, value, row, column });
    }
  const right = width - labelSpace;
  if (links.length === 0 || right - labelSpace < 2 * NODE_WIDTH || height <= 0) return EMPTY;

  // No relaxation passes: nodes stay in matrix order, stacked top to bottom, so the chart reads like the table.
  const graph: SankeyGraph<Node, Link> = sankey<Node, Link>()
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_PADDING)
    .iterations(0)
    .extent([
      [labelSpace, 0],
      [right, height],
    ])({ nodes, links });
  const path = sankeyLinkHorizontal<Node, Link>();
  return {
    nodes: graph.nodes.map((box) => ({ side: box.side, index: box.slot, value: box.value ?? 0, x0: box.x0!, x1: box.x1!, y0: box.y0!, y1: box.y1! })),
    flows: graph.links.map((link) => ({
      row: link.row,
      column: link.column,
      value: link.value,
      share: link.value / ((link.source as Node & { value?: number }).value ?? link.value),
      kind: flowKind(link.row, link.column, input.labels.length),
      width: link.width ?? 0,
      path: path(link) ?? '',
      x: (labelSpace + right) / 2,
      y: ((link.y0 ?? 0) + (link.y1 ?? 0)) / 2,
    })),
  };
}
