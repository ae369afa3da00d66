import { formatDay } from './dates';
import { seededRandom } from './random';

/** Shape of the generated file; the same options always give the same bytes. */
export interface RetailOptions {
  rows: number;
  seed: number;
  /** Customers; by default one per ten rows, as in a typical retail export. */
  customers?: number;
  /** First day of the two-year window (day number). Default 2023-01-01. */
  startDay?: number;
}

const WINDOW_DAYS = 730;

/**
 * A synthetic retail transactions CSV (customer_id, order_id, order_date, amount) for demos and
 * benchmarks. Purchases are skewed so a minority of customers buys most (as in real retail),
 * each customer shops only after a joining day, and about 1.5% of rows are returns.
 */
export function syntheticRetailCsv({ rows, seed, customers = Math.max(1, Math.round(rows / 10)), startDay = 19358 }: RetailOptions): string {
  const random = seededRandom(seed);
  const joinDay = new Int32Array(customers);
  const spendLevel = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    joinDay[customer] = startDay + Math.floor(random() * random() * WINDOW_DAYS);
    spendLevel[customer] = 15 + 120 * random() * random();
  }
  const width = String(customers).length;
  const parts: string[] = ['customer_id,order_id,order_date,amount\n'];
  let chunk = '';
  for (let row = 0; row < rows; row++) {
    // Skewed pick: low customer numbers buy far more often.
    const customer = Math.min(customers - 1, Math.floor(customers * random() ** 2.2));
    const day = joinDay[customer] + Math.floor(random() * (startDay + WINDOW_DAYS - joinDay[customer]));
    const isReturn = random() < 0.015;
    const cents = Math.max(1, Math.round(spendLevel[customer] * (0.4 + 1.2 * random()) * 100));
    const amount = `${isReturn ? '-' : ''}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    chunk += `C${String(customer + 1).padStart(width, '0')},${isReturn ? 'R' : 'S'}${row + 1},${formatDay(day)},${amount}\n`;
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
