import { cellIndex, cellScores } from '../../lib/domain/segment-lint';

/**
 * The cell a key moves to in the score cube (one tab stop for all 125 cells): arrows move R
 * (left/right) and F (up/down) within a grid, Page Up/Down move M to the next/previous grid,
 * Home/End jump to R1 F1 / R5 F5 of the grid. Null for any other key or at an edge.
 */
export function nextCell(cell: number, key: string): number | null {
  const [r, f, m] = cellScores(cell);
  const moves: Record<string, [number, number, number]> = {
    ArrowLeft: [r - 1, f, m],
    ArrowRight: [r + 1, f, m],
    ArrowUp: [r, f + 1, m],
    ArrowDown: [r, f - 1, m],
    PageUp: [r, f, m + 1],
    PageDown: [r, f, m - 1],
    Home: [1, 1, m],
    End: [5, 5, m],
  };
  const target = moves[key];
  if (!target || target.some((score) => score < 1 || score > 5)) return null;
  const next = cellIndex(...target);
  return next === cell ? null : next;
}
