import type { OrderRows } from '../domain/order-rows';
import { ByteWriter } from './byte-writer';

const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * Writes clean order rows as the CSV that DuckDB loads with fixed column types
 * (columns and order: ORDER_FILE_COLUMNS in src/lib/data/queries/build-orders-sql.ts).
 * Text is always quoted, so ids with commas, quotes or newlines survive unchanged.
 */
export function ordersToCsv(rows: OrderRows): Uint8Array {
  const out = new ByteWriter(Math.max(1 << 16, rows.length * 48));
  out.text(HEADER);
  for (let index = 0; index < rows.length; index++) {
    out.integer(rows.line[index]).byte(COMMA).quoted(rows.customerId[index]).byte(COMMA).integer(rows.day[index]).byte(COMMA);
    if (rows.orderKey[index]) out.quoted(rows.orderKey[index]);
    out.byte(COMMA).text(rows.amount[index]).byte(COMMA).text(rows.quantity[index]).byte(COMMA).text(rows.unitPrice[index]);
    out.text(rows.isReturn[index] ? ',true' : ',false').byte(NEWLINE);
  }
  return out.toBytes();
}
