import type { Mapping } from './column-detection';
import { parseDate, type DateOrder } from './dates';
import { emptyLine, tally, type ImportReport } from './import-report';
import { parseDecimal, type DecimalSeparator } from './numbers';
import { flagRepeatedRows } from './repeated-rows';

/** How to read the user's columns; chosen in the mapping panel and kept in the settings. */
export interface ReadOptions {
  dateOrder: DateOrder | null;
  decimal: DecimalSeparator;
  removeDuplicates: boolean;
}

/** The records of a source table that the order rules need. */
export interface SourceTable {
  columns: string[];
  rows: string[][];
  lineNumbers: ArrayLike<number>;
  malformed: { line: number; reason: string }[];
}

/** Clean order rows, columnar. Empty strings mean "not in the file". Money stays decimal text. */
export interface OrderRows {
  line: Int32Array;
  customerId: string[];
  day: Int32Array;
  orderKey: string[];
  amount: string[];
  quantity: string[];
  unitPrice: string[];
  isReturn: Uint8Array;
  length: number;
}

const CANCELLED_INVOICE = /^[Cc]\d/;

/**
 * Applies the mapping and the import rules to every record: each is either used or counted
 * under the first reason it fails (malformed, missing id, date, amount, duplicate). Returns are
 * rows with a negative amount or quantity, or a cancelled invoice number (C followed by digits);
 * they stay in the data and count toward monetary, not as orders.
 */
export function toOrderRows(
  table: SourceTable,
  mapping: Mapping,
  options: ReadOptions,
  report: Pick<ImportReport, 'dropped' | 'returns' | 'duplicates' | 'notes'>,
): OrderRows {
  const column = (role: keyof Mapping) => (mapping[role] ? table.columns.indexOf(mapping[role]!) : -1);
  const idColumn = column('customer_id');
  const dateColumn = column('order_date');
  const amountColumn = column('amount');
  const orderColumn = column('order_id');
  const quantityColumn = column('quantity');
  const priceColumn = column('unit_price');
  const derived = amountColumn < 0;

  for (const bad of table.malformed) tally(report.dropped.malformed_row, bad.line, bad.reason);
  const cancellationRule = orderColumn >= 0 && !mostStartWithC(table.rows, orderColumn);
  if (orderColumn >= 0 && !cancellationRule) report.notes.push('cancellation_rule_off');

  const count = table.rows.length;
  const out: OrderRows = {
    line: new Int32Array(count),
    customerId: [],
    day: new Int32Array(count),
    orderKey: [],
    amount: [],
    quantity: [],
    unitPrice: [],
    isReturn: new Uint8Array(count),
    length: 0,
  };
  const repeated = flagRepeatedRows(table.rows);
  report.duplicates = { ...emptyLine(), removed: options.removeDuplicates };

  for (let index = 0; index < count; index++) {
    const row = table.rows[index];
    const line = table.lineNumbers[index];
    const customerId = (row[idColumn] ?? '').trim();
    if (!customerId) {
      tally(report.dropped.missing_customer_id, line, row[idColumn] ?? '');
      continue;
    }
    const day = parseDate(row[dateColumn] ?? '', options.dateOrder);
    if (day === null) {
      tally(report.dropped.unparseable_date, line, row[dateColumn] ?? '');
      continue;
    }
    let amount = '';
    let quantity = '';
    let unitPrice = '';
    let negative = false;
    if (!derived) {
      const parsed = parseDecimal(row[amountColumn] ?? '', options.decimal);
      if ('error' in parsed) {
        tally(report.dropped.unparseable_amount, line, row[amountColumn] ?? '');
        continue;
      }
      amount = parsed.value;
      negative = amount.startsWith('-');
    } else {
      const parsedQuantity = parseDecimal(row[quantityColumn] ?? '', options.decimal);
      const parsedPrice = parseDecimal(row[priceColumn] ?? '', options.decimal);
      if ('error' in parsedQuantity || 'error' in parsedPrice) {
        const bad = 'error' in parsedQuantity ? row[quantityColumn] : row[priceColumn];
        tally(report.dropped.unparseable_amount, line, bad ?? '');
        continue;
      }
      quantity = parsedQuantity.value;
      unitPrice = parsedPrice.value;
      negative = quantity.startsWith('-') || unitPrice.startsWith('-');
    }
    if (repeated[index]) {
      tally(report.duplicates, line, customerId);
      if (options.removeDuplicates) {
        tally(report.dropped.duplicate_row, line, customerId);
        continue;
      }
    }

    // A row without an order id is an order of its own (the control character cannot clash with real ids).
    const orderKey = orderColumn >= 0 ? (row[orderColumn] ?? '').trim() || `\u0001${line}` : '';
    const isReturn = negative || (cancellationRule && CANCELLED_INVOICE.test(orderKey));
    if (isReturn) tally(report.returns, line, customerId);
    const at = out.length++;
    out.line[at] = line;
    out.customerId.push(customerId);
    out.day[at] = day;
    out.orderKey.push(orderKey);
    out.amount.push(amount);
    out.quantity.push(quantity);
    out.unitPrice.push(unitPrice);
    out.isReturn[at] = isReturn ? 1 : 0;
  }
  return out;
}

/** When most order ids start with C, the letter is a house prefix, not a cancellation mark. */
function mostStartWithC(rows: string[][], column: number): boolean {
  let withC = 0;
  let total = 0;
  for (let index = 0; index < rows.length; index += Math.max(1, Math.floor(rows.length / 2000))) {
    const key = (rows[index][column] ?? '').trim();
    if (!key) continue;
    total++;
    if (CANCELLED_INVOICE.test(key)) withC++;
  }
  return total > 0 && withC / total > 0.5;
}
