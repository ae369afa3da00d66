import { ROLES, type Mapping, type Role } from '../../lib/domain/column-detection';
import { formatDay, parseDate } from '../../lib/domain/dates';
import { parseDecimal } from '../../lib/domain/numbers';
import type { ReadOptions } from '../../lib/domain/order-rows';

/** One previewed cell: what the file says and what the import will make of it (null = unusable). */
export interface PreviewCell {
  raw: string;
  parsed: string | null;
}

/** How each mapped role of the first rows will be read, with the current read options. */
export function previewRows(columns: string[], rows: string[][], mapping: Mapping, read: ReadOptions, limit = 8): { roles: Role[]; cells: PreviewCell[][] } {
  const roles = ROLES.filter((role) => mapping[role]);
  const cells = rows.slice(0, limit).map((row) =>
    roles.map((role) => {
      const raw = row[columns.indexOf(mapping[role]!)] ?? '';
      return { raw, parsed: readCell(role, raw, read) };
    }),
  );
  return { roles, cells };
}

function readCell(role: Role, raw: string, read: ReadOptions): string | null {
  if (role === 'order_date') {
    const day = parseDate(raw, read.dateOrder);
    return day === null ? null : formatDay(day);
  }
  if (role === 'amount' || role === 'quantity' || role === 'unit_price') {
    const parsed = parseDecimal(raw, read.decimal);
    if ('error' in parsed) return null;
    // "12.00" read as 12 is the same number: show it as written.
    return Number(raw.trim()) === Number(parsed.value) ? raw.trim() : parsed.value;
  }
  const text = raw.trim();
  return text ? text : null;
}
