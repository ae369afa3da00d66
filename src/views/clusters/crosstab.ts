/** Customers per cluster (rows) and RFM segment (columns), with totals. */
export interface CrossTab {
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

/** Counts customers by cluster label (0…k−1) and segment index (0…segmentCount−1); others are skipped. */
export function crossTab(labels: ArrayLike<number>, k: number, segments: ArrayLike<number>, segmentCount: number): CrossTab {
  const counts = Array.from({ length: k }, () => new Array<number>(segmentCount).fill(0));
  const n = Math.min(labels.length, segments.length);
  for (let i = 0; i < n; i++) {
    const row = counts[labels[i]];
    const segment = segments[i];
    if (row && segment >= 0 && segment < segmentCount) row[segment]++;
  }
  const rowTotals = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = Array.from({ length: segmentCount }, (_, column) => counts.reduce((sum, row) => sum + row[column], 0));
  return { counts, rowTotals, columnTotals, total: rowTotals.reduce((sum, count) => sum + count, 0) };
}

/** Columns worth showing: segments with at least one customer, in their rule order. */
export function filledColumns(table: CrossTab): number[] {
  return table.columnTotals.flatMap((total, column) => (total > 0 ? [column] : []));
}

/** Background strength 0–1 of a cell: its share of the cluster's customers. */
export function cellShade(count: number, rowTotal: number): number {
  return rowTotal > 0 ? count / rowTotal : 0;
}
