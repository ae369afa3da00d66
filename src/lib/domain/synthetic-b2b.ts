import { dayFromParts, formatDay } from './dates';
import { seededRandom } from './random';

/** One generated account, as its row in the customer table. */
export interface B2bCustomer {
  id: string;
  name: string;
  industry: string;
  size: string;
  region: string;
  /** Relationship start (day number). */
  sinceDay: number;
  satisfaction: number;
  complaints: number;
  /** 0–10 answer. */
  nps: number;
  /** Ratio (0.18 = 18 %); written as "18.0%". */
  marginRate: number;
  channel: string;
  accountManager: string;
}

/** One generated order (one row, no returns); money in whole cents. */
export interface B2bOrder {
  customerId: string;
  orderId: string;
  day: number;
  cents: number;
}

export interface B2bSample {
  /** Accounts in the customer table (prospects included). */
  customers: B2bCustomer[];
  /** Orders, by customer then day; some customers have none (prospects), a few are not in the customer table. */
  orders: B2bOrder[];
}

/** The seed of the app's B2B sample (tests regenerate it with this seed). */
export const B2B_SAMPLE_SEED = 20240901;

export interface B2bOptions {
  seed: number;
  customers?: number;
}

const INDUSTRIES = ['Manufacturing', 'Retail', 'Healthcare', 'Logistics', 'Software', 'Construction', 'Finance', 'Energy'];
const SIZES = ['1-49', '50-249', '250-999', '1000+'];
const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
/** Satisfaction answers, skewed towards content as in real surveys. */
const SATISFACTION = [1, 2, 3, 3, 4, 4, 4, 5, 5, 5];
const CHANNELS = ['Account manager', 'Email', 'Phone', 'Portal'];
const MANAGERS = ['A. Chen', 'B. Müller', 'C. Okafor', 'D. Rossi', 'E. Tanaka'];
const NAME_PARTS = ['Apex', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Ionic', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Nimbus', 'Orchid', 'Pioneer'];
const NAME_SUFFIXES = ['Industries', 'Systems', 'Group', 'Partners', 'Labs', 'Works', 'Holdings', 'Supply'];

/** Orders span 2021–2024; the sample never has future dates, so its as-of date is fixed by its last order. */
const FIRST_ORDER_DAY = dayFromParts(2021, 1, 1)!;
const LAST_ORDER_DAY = dayFromParts(2024, 12, 31)!;
const SINCE_FROM = dayFromParts(2015, 1, 1)!;
const SINCE_TO = dayFromParts(2024, 6, 30)!;
/** Share of accounts without orders (prospects) and of accounts that stopped buying (churned). */
const PROSPECT_SHARE = 0.08;
const CHURN_SHARE = 0.12;
/** Customers with orders but no row in the customer table (the "only in the transactions" line). */
const ORDERS_ONLY = 15;

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/**
 * A seeded B2B sample: ~800 accounts with industry, size, region, relationship start (2015–2024),
 * satisfaction 1–5, complaints, NPS 0–10, margin and an account manager (a free attribute), and
 * their orders (thousands to hundreds of thousands per order; about a third of the accounts buy
 * more than 1,000,000 a year). About 8 % are prospects without orders, 12 % stopped buying a year
 * or more before the end. The same options always give the same sample.
 */
export function syntheticB2b({ seed, customers: count = 800 }: B2bOptions): B2bSample {
  const random = seededRandom(seed);
  const width = String(count).length;
  const customers: B2bCustomer[] = [];
  const orders: B2bOrder[] = [];
  let orderNumber = 0;
  const addOrders = (customerId: string, startDay: number, endDay: number, yearlyCents: number) => {
    const perYear = 6 + Math.floor(random() * 18);
    const span = endDay - startDay + 1;
    const total = Math.max(1, Math.round((perYear * span) / 365));
    const days = Array.from({ length: total }, () => startDay + Math.floor(random() * span)).sort((a, b) => a - b);
    for (const day of days) {
      const cents = Math.max(100_000, Math.round((yearlyCents / perYear) * (0.6 + 0.8 * random())));
      orders.push({ customerId, orderId: `SO-${String(++orderNumber).padStart(6, '0')}`, day, cents });
    }
  };

  for (let at = 0; at < count; at++) {
    const id = `B${String(at + 1).padStart(width, '0')}`;
    const sinceDay = SINCE_FROM + Math.floor(random() * (SINCE_TO - SINCE_FROM));
    const level = random();
    // Yearly spend in currency units: a third large (1M–4M), a third mid (200k–1M), the rest small (20k–200k).
    const yearly = level < 0.34 ? 1_000_000 + 3_000_000 * random() : level < 0.67 ? 200_000 + 800_000 * random() : 20_000 + 180_000 * random();
    customers.push({
      id,
      name: `${pick(random, NAME_PARTS)} ${pick(random, NAME_SUFFIXES)} ${at + 1}`,
      industry: pick(random, INDUSTRIES),
      size: pick(random, SIZES),
      region: pick(random, REGIONS),
      sinceDay,
      satisfaction: pick(random, SATISFACTION),
      complaints: Math.floor(random() * random() * 8),
      nps: Math.floor(random() * 11),
      marginRate: Math.round((0.05 + 0.3 * random()) * 1000) / 1000,
      channel: pick(random, CHANNELS),
      accountManager: pick(random, MANAGERS),
    });
    const kind = random();
    if (kind < PROSPECT_SHARE) continue;
    const startDay = Math.max(FIRST_ORDER_DAY, sinceDay);
    // Churned accounts stop somewhere in 2021–2023, at least a year before the end.
    const endDay = kind < PROSPECT_SHARE + CHURN_SHARE ? FIRST_ORDER_DAY + Math.floor(random() * (LAST_ORDER_DAY - 365 - FIRST_ORDER_DAY)) : LAST_ORDER_DAY;
    if (endDay >= startDay) addOrders(id, startDay, endDay, yearly * 100);
  }
  for (let at = 0; at < ORDERS_ONLY; at++) {
    addOrders(`X${String(at + 1).padStart(3, '0')}`, FIRST_ORDER_DAY, LAST_ORDER_DAY, (20_000 + 100_000 * random()) * 100);
  }
  // The last day always has an order, so the sample's as-of date is 2025-01-01.
  orders.push({ customerId: customers[count - 1].id, orderId: `SO-${String(++orderNumber).padStart(6, '0')}`, day: LAST_ORDER_DAY, cents: 250_000 });
  return { customers, orders };
}

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** The orders as a transactions CSV: customer_id, order_id, order_date, amount. */
export function b2bOrdersCsv(sample: B2bSample): string {
  const lines = sample.orders.map((order) => `${order.customerId},${order.orderId},${formatDay(order.day)},${money(order.cents)}`);
  return `customer_id,order_id,order_date,amount\n${lines.join('\n')}\n`;
}

/** The accounts as a customer table; margin written in percent ("18.5%"), the account manager a free column. */
export function b2bCustomersCsv(sample: B2bSample): string {
  const header = 'customer_id,customer_name,industry,company_size,region,customer_since,satisfaction,complaints,nps,margin,preferred_channel,account_manager';
  const lines = sample.customers.map((c) =>
    [c.id, c.name, c.industry, c.size, c.region, formatDay(c.sinceDay), c.satisfaction, c.complaints, c.nps, `${(c.marginRate * 100).toFixed(1)}%`, c.channel, c.accountManager].join(','),
  );
  return `${header}\n${lines.join('\n')}\n`;
}
