/**
 * Minimum-cost assignment (Hungarian algorithm with potentials, O(rows² · cols)) for rows ≤ cols.
 * `cost` is row-major rows × cols; returns the column of each row.
 */
function hungarian(cost: Float64Array, rows: number, cols: number): Int32Array {
  // 1-based as in the textbook formulation: index 0 is the virtual start column.
  const rowPotential = new Float64Array(rows + 1);
  const colPotential = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  for (let row = 1; row <= rows; row++) {
    rowOfCol[0] = row;
    let col = 0;
    const slack = new Float64Array(cols + 1).fill(Infinity);
    const used = new Uint8Array(cols + 1);
    do {
      used[col] = 1;
      const current = rowOfCol[col];
      let delta = Infinity;
      let nextCol = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = cost[(current - 1) * cols + j - 1] - rowPotential[current] - colPotential[j];
        if (reduced < slack[j]) {
          slack[j] = reduced;
          way[j] = col;
        }
        if (slack[j] < delta) {
          delta = slack[j];
          nextCol = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          rowPotential[rowOfCol[j]] += delta;
          colPotential[j] -= delta;
        } else slack[j] -= delta;
      }
      col = nextCol;
    } while (rowOfCol[col] !== 0);
    // Walk the augmenting path back, shifting each row to its new column.
    do {
      const previous = way[col];
      rowOfCol[col] = rowOfCol[previous];
      col = previous;
    } while (col !== 0);
  }
  const colOfRow = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (rowOfCol[j] !== 0) colOfRow[rowOfCol[j] - 1] = j - 1;
  return colOfRow;
}

/** Column of each row in a minimum-cost matching; −1 for rows left over when rows > cols. */
export function minCostAssignment(cost: Float64Array, rows: number, cols: number): Int32Array {
  if (rows <= cols) return hungarian(cost, rows, cols);
  const transposed = Float64Array.from({ length: rows * cols }, (_, at) => cost[(at % rows) * cols + Math.floor(at / rows)]);
  const rowOfCol = hungarian(transposed, cols, rows);
  const colOfRow = new Int32Array(rows).fill(-1);
  rowOfCol.forEach((row, col) => (colOfRow[row] = col));
  return colOfRow;
}
