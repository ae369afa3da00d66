import { formatPercent } from '../../components/format';
import type { TransitionMatrix } from '../../lib/domain/lifecycle';
import { t } from '../../lib/i18n';
import { displayName } from '../../lib/i18n/names';
import type { MigrationBy } from '../../lib/state/migration.svelte';

/** Display text of a ranked label: stages by their translated name, segments by their shown name (a renamed one as typed). */
export function labelText(label: string, by: MigrationBy): string {
  return by === 'stage' ? t(`lifecycle.stage.${label}`) : displayName(label);
}

/** Text of matrix row `row`; the row after the ranked labels holds the customers new at the second date. */
export function rowText(matrix: TransitionMatrix, row: number, by: MigrationBy): string {
  return row === matrix.labels.length ? t('migration.new') : labelText(matrix.rows[row], by);
}

/** Text of matrix column `column`; the column after the ranked labels holds the customers gone by the second date. */
export function columnText(matrix: TransitionMatrix, column: number, by: MigrationBy): string {
  return column === matrix.labels.length ? t('migration.gone') : labelText(matrix.columns[column], by);
}

/** A row share as a percentage; an empty row has none. */
export function shareText(share: number): string {
  return Number.isNaN(share) ? '—' : formatPercent(share);
}

/** The cell an arrow key (or Home/End) moves to in a rows × columns grid; null for other keys. */
export function stepCell(row: number, column: number, key: string, rows: number, columns: number): { row: number; column: number } | null {
  const clamp = (value: number, size: number) => Math.min(size - 1, Math.max(0, value));
  switch (key) {
    case 'ArrowLeft':
      return { row, column: clamp(column - 1, columns) };
    case 'ArrowRight':
      return { row, column: clamp(column + 1, columns) };
    case 'ArrowUp':
      return { row: clamp(row - 1, rows), column };
    case 'ArrowDown':
      return { row: clamp(row + 1, rows), column };
    case 'Home':
      return { row, column: 0 };
    case 'End':
      return { row, column: columns - 1 };
    default:
      return null;
  }
}
