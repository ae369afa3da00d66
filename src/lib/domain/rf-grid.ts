import type { RfmResult } from './rfm';

/** One cell of the R × F grid. */
export interface RfGridCell {
  r: number;
  f: number;
  customers: number;
  /** Average monetary of the cell's customers, in cents; 0 for an empty cell. */
  averageMonetaryCents: number;
}

/** The 25 cells of the recency × frequency score grid, r and f from 1 to 5. */
export function rfGrid(result: RfmResult): RfGridCell[] {
  const counts = new Float64Array(25);
  const sums = new Float64Array(25);
  for (let index = 0; index < result.rScore.length; index++) {
    const cell = (result.rScore[index] - 1) * 5 + (result.fScore[index] - 1);
    counts[cell]++;
    sums[cell] += result.metrics.monetaryCents[index];
  }
  return Array.from({ length: 25 }, (_, cell) => ({
    r: Math.floor(cell / 5) + 1,
    f: (cell % 5) + 1,
    customers: counts[cell],
    averageMonetaryCents: counts[cell] ? sums[cell] / counts[cell] : 0,
  }));
}

/** Indices of the customers in one grid cell. */
export function customersInCell(result: RfmResult, r: number, f: number): number[] {
  const indices: number[] = [];
  for (let index = 0; index < result.rScore.length; index++) {
    if (result.rScore[index] === r && result.fScore[index] === f) indices.push(index);
  }
  return indices;
}
