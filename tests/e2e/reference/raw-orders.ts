/**
 * The raw order files of ../shared read with a plain split, and per-customer facts counted with plain loops:
 * the independent side the specs check the app against. Nothing here imports src/ (it is not the app's code).
 * Neither file has an order id or a return, so one row is one order; a negative amount would be a return,
 * which this reference does not model, so it refuses the file instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from '../serve.mjs';

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of `YYYYMMDD` (CDNOW's order_date). */
export const dayOfCompact = (yyyymmdd: string): number => Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) / DAY_MS;
/** Days since 1970-01-01 (UTC) of `YYYY-MM-DD`. */
export const dayOfIso = (iso: string): number => dayOfCompact(iso.replaceAll('-', ''));
/** `YYYY-MM` of a day number. */
export const monthOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 7);

/** One row of a raw orders file. */
export interface RawOrder {
  customerId: string;
  day: number;
  cents: number;
}

/** Rows of a header-first CSV without quoting, picking three columns by name; `day` parses the date column. */
function readOrders(file: string, [idColumn, dateColumn, amountColumn]: [string, string, string], day: (text: string) => number): RawOrder[] {
  const [header, ...lines] = readFileSync(path.join(SHARED_DIR, 'datasets', file), 'utf8').trim().split(/\r?\n/);
  const fields = header.split(',');
  const at = [idColumn, dateColumn, amountColumn].map((name) => fields.indexOf(name));
  if (at.includes(-1)) throw new Error(`${file}: expected columns ${idColumn}, ${dateColumn}, ${amountColumn} in "${header}"`);
  return lines.map((line) => {
    const cells = line.split(',');
    if (cells.length !== fields.length) throw new Error(`${file}: ${cells.length} cells in "${line}"`);
    const cents = Math.round(Number(cells[at[2]]) * 100);
    if (!(cents >= 0)) throw new Error(`${file}: amount "${cells[at[2]]}" is not a non-negative number`);
    return { customerId: cells[at[0]], day: day(cells[at[1]]), cents };
  });
}

let cdnow: readonly RawOrder[] | null = null;
/** cdnow_master.csv: customer_id, order_date (YYYYMMDD), number_of_cds, dollar_value; read once per spec file. */
export function readCdnow(): readonly RawOrder[] {
  cdnow ??= readOrders('cdnow_master.csv', ['customer_id', 'order_date', 'dollar_value'], dayOfCompact);
  return cdnow;
}

let rfmOrders: readonly RawOrder[] | null = null;
/** rfm_data_orders.csv (the R rfm package's example): customer_id, order_date (YYYY-MM-DD), revenue, names, email. */
export function readRfmOrders(): readonly RawOrder[] {
  rfmOrders ??= readOrders('rfm_data_orders.csv', ['customer_id', 'order_date', 'revenue'], dayOfIso);
  return rfmOrders;
}

/** The README's default as-of day: the day after the latest order (neither file has one in the future). */
export const defaultAsOfDay = (orders: readonly RawOrder[]): number => orders.reduce((latest, order) => Math.max(latest, order.day), -Infinity) + 1;

/** What the README's metrics are made of, per customer. */
export interface RawCustomer {
  id: string;
  firstDay: number;
  lastDay: number;
  /** rows (= orders) */
  orders: number;
  /** distinct order days, ascending (purchase days = their count) */
  orderDays: number[];
  netCents: number;
}

/** Customers with an order on or before `asOfDay` (orders after it left out), sorted by id as text. */
export function customersOf(orders: readonly RawOrder[], asOfDay = Infinity): RawCustomer[] {
  const byId = new Map<string, RawCustomer>();
  for (const order of orders) {
    if (order.day > asOfDay) continue;
    const customer = byId.get(order.customerId) ?? { id: order.customerId, firstDay: order.day, lastDay: order.day, orders: 0, orderDays: [], netCents: 0 };
    customer.firstDay = Math.min(customer.firstDay, order.day);
    customer.lastDay = Math.max(customer.lastDay, order.day);
    customer.orders++;
    if (!customer.orderDays.includes(order.day)) customer.orderDays.push(order.day);
    customer.netCents += order.cents;
    byId.set(order.customerId, customer);
  }
  for (const customer of byId.values()) customer.orderDays.sort((a, b) => a - b);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Net spend in the 365 days up to `asOfDay` (0 ≤ as-of − order day ≤ 365) per customer id, every customer of the
 * file included: 0 when that year holds no order (a known value, not a missing one).
 */
export function trailingYearCents(orders: readonly RawOrder[], asOfDay: number): Map<string, number> {
  const spend = new Map<string, number>();
  for (const order of orders) {
    const age = asOfDay - order.day;
    spend.set(order.customerId, (spend.get(order.customerId) ?? 0) + (age >= 0 && age <= 365 ? order.cents : 0));
  }
  return spend;
}
