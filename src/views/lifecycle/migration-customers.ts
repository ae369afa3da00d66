import { formatDay } from '../../lib/domain/dates';
import type { LabelsById } from '../../lib/domain/lifecycle';
import { formatCents } from '../../lib/domain/money';
import type { RfmResult } from '../../lib/domain/rfm';
import { toCsv } from '../../lib/export/csv';

/** The customers of one matrix cell, as columns: label at each date ('' when absent) and net spend at the second. */
export interface MigrationCustomerList {
  ids: readonly string[];
  then: string[];
  now: string[];
  /** Monetary at the second date in cents; NaN for customers gone by then. */
  monetaryCents: Float64Array;
}

/** The columns of the list, in CSV order. */
export const MIGRATION_CUSTOMER_COLUMNS = [
  { key: 'customer_id', width: 160 },
  { key: 'then', width: 200 },
  { key: 'now', width: 200 },
  { key: 'monetary', align: 'right', width: 180 },
] as const;
export type MigrationCustomerColumn = (typeof MIGRATION_CUSTOMER_COLUMNS)[number]['key'];

// Finding the second date's row of each id needs a map; build it once per result, not per selected cell.
const rowsById = new WeakMap<readonly string[], Map<string, number>>();
function rowOf(ids: readonly string[]): Map<string, number> {
  let rows = rowsById.get(ids);
  if (!rows) rowsById.set(ids, (rows = new Map(ids.map((id, row) => [id, row]))));
  return rows;
}

/** The list for `ids` (e.g. from cellCustomers), with monetary from the RFM result of the second date. */
export function migrationCustomerList(ids: readonly string[], fromLabels: LabelsById, toLabels: LabelsById, second: RfmResult): MigrationCustomerList {
  const rows = rowOf(second.metrics.ids);
  return {
    ids,
    then: ids.map((id) => fromLabels.get(id) ?? ''),
    now: ids.map((id) => toLabels.get(id) ?? ''),
    monetaryCents: Float64Array.from(ids, (id) => {
      const row = rows.get(id);
      return row === undefined ? Number.NaN : second.metrics.monetaryCents[row];
    }),
  };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Ascending comparison of two list rows by a column; customers without a monetary value sort last. */
export function migrationCustomerComparator(list: MigrationCustomerList, key: MigrationCustomerColumn): (a: number, b: number) => number {
  if (key === 'monetary') {
    const value = (row: number) => (Number.isNaN(list.monetaryCents[row]) ? Infinity : list.monetaryCents[row]);
    return (a, b) => value(a) - value(b);
  }
  const text = key === 'customer_id' ? list.ids : list[key];
  return (a, b) => collator.compare(text[a], text[b]);
}

/** The list as CSV: label keys as stored (segment names, stage keys), money as exact decimals. */
export function migrationCustomersCsv(list: MigrationCustomerList, by: string): string {
  const rows = list.ids.map((id, row) => [id, list.then[row], list.now[row], Number.isNaN(list.monetaryCents[row]) ? '' : formatCents(list.monetaryCents[row])]);
  return toCsv(['customer_id', `${by}_then`, `${by}_now`, 'monetary_now'], rows);
}

/** A file name that says which cell it holds, e.g. migration_1997-09-30_Champions_to_1998-06-30_Lost.csv. */
export function migrationFileName(fromDay: number, toDay: number, fromLabel: string, toLabel: string): string {
  const part = (label: string) => label.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'label';
  return `migration_${formatDay(fromDay)}_${part(fromLabel)}_to_${formatDay(toDay)}_${part(toLabel)}.csv`;
}
