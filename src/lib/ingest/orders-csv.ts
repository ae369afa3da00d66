import type { OrderRows } from '../domain/order-rows';

const quote = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

/**
 * Writes clean order rows as the CSV that DuckDB loads with fixed column types
 * (columns and order: ORDER_FILE_COLUMNS in src/lib/data/queries/build-orders-sql.ts).
 * Text is always quoted, so ids with commas, quotes or newlines survive unchanged.
 */
export function ordersToCsv(rows: OrderRows): Uint8Array {
  const parts: string[] = ['line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n'];
  let chunk = '';
  for (let index = 0; index < rows.length; index++) {
    chunk += `${rows.line[index]},${quote(rows.customerId[index])},${rows.day[index]},${
      rows.orderKey[index] ? quote(rows.orderKey[index]) : ''
    },${rows.amount[index]},${rows.quantity[index]},${rows.unitPrice[index]},${rows.isReturn[index] ? 'true' : 'false'}\n`;
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return new TextEncoder().encode(parts.join(''));
}
