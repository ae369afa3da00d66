import type { AttributeMapping, AttributeRole } from './attribute-detection';
import { freeAttributeColumns } from './attribute-detection';
import { parseDate, type DateOrder } from './dates';
import { emptyLine, tally, type ReportLine } from './import-report';
import { parseDecimal, type DecimalSeparator } from './numbers';
import type { SourceTable } from './order-rows';

/** How to read a customer table's dates and numbers; chosen in the mapping panel. */
export interface AttributeReadOptions {
  dateOrder: DateOrder | null;
  decimal: DecimalSeparator;
}

/** Roles whose values are checked and read as numbers or dates (an unreadable one is emptied and counted). */
export const VALUE_ROLES = ['since', 'satisfaction', 'complaints', 'nps', 'margin'] as const;
export type ValueRole = (typeof VALUE_ROLES)[number];

/** Roles kept as text as written (trimmed). */
export const TEXT_ROLES = ['customer_name', 'industry', 'company_size', 'region', 'preferred_channel'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

/** Why a row of a customer table was not used. */
export const ATTRIBUTE_DROP_REASONS = ['malformed_row', 'missing_customer_id', 'duplicate_customer_id'] as const;
export type AttributeDropReason = (typeof ATTRIBUTE_DROP_REASONS)[number];

/** Everything the import did with a customer table; nothing is dropped or emptied without being counted. */
export interface AttributeReport {
  fileName: string;
  format: string;
  encoding: string;
  delimiter: string;
  rowsRead: number;
  rowsUsed: number;
  dropped: Record<AttributeDropReason, ReportLine>;
  /** Values that could not be read: the cell is emptied (unknown), the row is kept. */
  invalid: Record<ValueRole, ReportLine>;
  /** Columns kept as free text attributes. */
  freeColumns: string[];
  /** Notes in words (i18n keys under report.attr.note.*), e.g. margin read as percent. */
  notes: string[];
}

/** Clean customer rows, columnar. NaN = unknown number; '' = unknown text. */
export interface AttributeRows {
  customerId: string[];
  text: Record<TextRole, string[]>;
  /** Relationship start as a day number. */
  sinceDay: Float64Array;
  /** 1–5. */
  satisfaction: Float64Array;
  /** Whole number ≥ 0. */
  complaints: Float64Array;
  /** As written, −100…100 or 0–10; the health index detects the scale from the whole column. */
  nps: Float64Array;
  /** A ratio: 0.2 is 20 %. */
  marginRate: Float64Array;
  /** Free attributes: column names and, per row, their values in that order. */
  freeColumns: string[];
  free: string[][];
  length: number;
}

/** An empty report for a freshly opened customer table. */
export function emptyAttributeReport(file: { fileName: string; format: string; encoding: string; delimiter: string; rowsRead: number }): AttributeReport {
  return {
    fileName: file.fileName,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    rowsRead: file.rowsRead,
    rowsUsed: 0,
    dropped: Object.fromEntries(ATTRIBUTE_DROP_REASONS.map((reason) => [reason, emptyLine()])) as AttributeReport['dropped'],
    invalid: Object.fromEntries(VALUE_ROLES.map((role) => [role, emptyLine()])) as AttributeReport['invalid'],
    freeColumns: [],
    notes: [],
  };
}

/** Reads a number; '' → blank (unknown, not an error), unreadable → null. */
function readNumber(raw: string, decimal: DecimalSeparator): number | null | 'blank' {
  const text = raw.trim();
  if (!text) return 'blank';
  const parsed = parseDecimal(text, decimal);
  return 'value' in parsed ? Number(parsed.value) : null;
}

/**
 * Whether a margin column without % signs is written in percent: most (> half) of its readable
 * values lie above 1 (a 120 % margin is rare, a 20 "%" is common). Decided once per column so
 * one row's "0.5" and another's "50" are not read differently.
 */
export function marginInPercent(values: readonly string[], decimal: DecimalSeparator): boolean {
  let readable = 0;
  let aboveOne = 0;
  for (const raw of values) {
    if (raw.includes('%')) continue;
    const value = readNumber(raw, decimal);
    if (typeof value !== 'number') continue;
    readable++;
    if (Math.abs(value) > 1) aboveOne++;
  }
  return readable > 0 && aboveOne / readable > 0.5;
}

/**
 * One margin cell as a ratio: "20%" → 0.2 always; otherwise the number, divided by 100 when the
 * column is in percent (see marginInPercent). Margins outside −100 %…100 % are unreadable.
 */
export function readMargin(raw: string, decimal: DecimalSeparator, percentColumn: boolean): number | null | 'blank' {
  const percentSign = raw.includes('%');
  const value = readNumber(raw.replace('%', ''), decimal);
  if (typeof value !== 'number') return value;
  const ratio = percentSign || percentColumn ? value / 100 : value;
  return ratio >= -1 && ratio <= 1 ? ratio : null;
}

/** One value cell of a role: a number (day number for since), 'blank', or null when unreadable or out of range. */
function readValue(role: ValueRole, raw: string, options: AttributeReadOptions, percentMargin: boolean): number | null | 'blank' {
  if (role === 'since') return raw.trim() ? parseDate(raw, options.dateOrder) : 'blank';
  if (role === 'margin') return readMargin(raw, options.decimal, percentMargin);
  const value = readNumber(raw, options.decimal);
  if (typeof value !== 'number') return value;
  if (role === 'satisfaction') return value >= 1 && value <= 5 ? value : null;
  if (role === 'complaints') return Number.isInteger(value) && value >= 0 ? value : null;
  return value >= -100 && value <= 100 ? value : null; // nps, either scale
}

/**
 * Applies the mapping to every record of a customer table. A row without an id is dropped; a
 * repeated id keeps its first row (later ones are counted and dropped); an unreadable value is
 * counted under its column and left unknown, the row kept. Unmapped columns become free attributes.
 */
export function toAttributeRows(table: SourceTable, mapping: AttributeMapping, options: AttributeReadOptions, report: AttributeReport): AttributeRows {
  const column = (role: AttributeRole) => (mapping[role] ? table.columns.indexOf(mapping[role]!) : -1);
  const idColumn = column('customer_id');
  const freeColumns = freeAttributeColumns(table.columns, mapping);
  const freeIndexes = freeColumns.map((name) => table.columns.indexOf(name));
  const marginColumn = column('margin');
  const percentMargin = marginColumn >= 0 && marginInPercent(table.rows.map((row) => row[marginColumn] ?? ''), options.decimal);
  if (percentMargin) report.notes.push('margin_percent');
  report.freeColumns = freeColumns;
  for (const bad of table.malformed) tally(report.dropped.malformed_row, bad.line, bad.reason);

  const count = table.rows.length;
  const out: AttributeRows = {
    customerId: [],
    text: Object.fromEntries(TEXT_ROLES.map((role) => [role, []])) as unknown as Record<TextRole, string[]>,
    sinceDay: new Float64Array(count),
    satisfaction: new Float64Array(count),
    complaints: new Float64Array(count),
    nps: new Float64Array(count),
    marginRate: new Float64Array(count),
    freeColumns,
    free: [],
    length: 0,
  };
  const numbers: Record<ValueRole, Float64Array> = { since: out.sinceDay, satisfaction: out.satisfaction, complaints: out.complaints, nps: out.nps, margin: out.marginRate };
  const valueColumns = VALUE_ROLES.map((role) => [role, column(role)] as const);
  const textColumns = TEXT_ROLES.map((role) => [role, column(role)] as const);
  const seen = new Set<string>();

  for (let index = 0; index < count; index++) {
    const row = table.rows[index];
    const line = table.lineNumbers[index];
    const customerId = (row[idColumn] ?? '').trim();
    if (!customerId) {
      tally(report.dropped.missing_customer_id, line, row[idColumn] ?? '');
      continue;
    }
    if (seen.has(customerId)) {
      tally(report.dropped.duplicate_customer_id, line, customerId);
      continue;
    }
    seen.add(customerId);
    const at = out.length++;
    out.customerId.push(customerId);
    for (const [role, source] of valueColumns) {
      const raw = source >= 0 ? (row[source] ?? '') : '';
      const value = source >= 0 ? readValue(role, raw, options, percentMargin) : 'blank';
      if (value === null) tally(report.invalid[role], line, raw);
      numbers[role][at] = typeof value === 'number' ? value : NaN;
    }
    for (const [role, source] of textColumns) out.text[role].push(source >= 0 ? (row[source] ?? '').trim() : '');
    out.free.push(freeIndexes.map((source) => (row[source] ?? '').trim()));
  }
  // Trim the columns to the rows kept (duplicates and rows without id left gaps at the end).
  for (const role of VALUE_ROLES) numbers[role] = numbers[role].slice(0, out.length);
  out.sinceDay = numbers.since;
  out.satisfaction = numbers.satisfaction;
  out.complaints = numbers.complaints;
  out.nps = numbers.nps;
  out.marginRate = numbers.margin;
  report.rowsUsed = out.length;
  return out;
}

/** Values emptied because they could not be read, over every column. */
export function invalidTotal(report: AttributeReport): number {
  return VALUE_ROLES.reduce((sum, role) => sum + report.invalid[role].count, 0);
}

/** Rows dropped for any reason. */
export function attributeDroppedTotal(report: AttributeReport): number {
  return ATTRIBUTE_DROP_REASONS.reduce((sum, reason) => sum + report.dropped[reason].count, 0);
}
