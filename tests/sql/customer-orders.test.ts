import { beforeAll, describe, expect, it } from 'vitest';
import { customerOrders, loadOrders } from '../../src/lib/data';
import { buildCustomerOrdersSql } from '../../src/lib/data/queries/build-customer-orders-sql';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { sharedBytes } from '../support/shared-files';
import { runPipeline } from '../support/pipeline';
import { cdnowRows } from '../unit/lifecycle/cdnow-raw';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';

describe('buildCustomerOrdersSql', () => {
  it('quotes the id as a literal and the table as an identifier', () => {
    const sql = buildCustomerOrdersSql('orders', "O'Brien");
    expect(sql).toContain(`WHERE customer_id = 'O''Brien'`);
    expect(sql).toContain('FROM "orders"');
    expect(sql).toMatch(/ORDER BY order_day, line$/);
  });
});

describe('customerOrders on CDNOW', () => {
  let db: SqlDb;
  const raw = cdnowRows();
  beforeAll(async () => {
    db = await openNodeDb();
    await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'));
  });

  it.each([
    { name: 'a one-order customer', id: '00001' },
    { name: 'two orders on one day', id: '00002' },
    { name: 'six orders over a year and a half', id: '00003' },
    { name: 'the last customer of the file', id: raw[raw.length - 1].id },
  ])('returns the raw rows in file order: $name', async ({ id }) => {
    const expected = raw.filter((row) => row.id === id);
    const orders = await customerOrders(db, id);
    expect(Array.from(orders.orderDay)).toEqual(expected.map((row) => row.day));
    expect(Array.from(orders.amountCents)).toEqual(expected.map((row) => row.cents));
    expect(Array.from(orders.isReturn)).toEqual(expected.map(() => 0));
    // CDNOW has no order ids.
    expect(orders.orderKey).toEqual(expected.map(() => ''));
  });

  it('returns nothing for an unknown id, even one that looks like SQL', async () => {
    const orders = await customerOrders(db, "x' OR '1'='1");
    expect(orders.orderDay.length).toBe(0);
  });
});

describe('customerOrders with returns and order ids', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
    const rows = [
      [2, "O'B", 100, 'o2', '5.005', false],
      [3, "O'B", 90, 'o1', '10.00', false],
      [4, "O'B", 100, 'C9', '-2.50', true],
      [5, 'other', 95, 'o3', '7.00', false],
    ];
    const lines = rows.map(([line, id, day, key, amount, isReturn]) => `${line},"${id}",${day},"${key}",${amount},,,${isReturn}`);
    await loadOrders(db, csv(HEADER + lines.join('\n') + '\n'));
  });

  it('sorts by day then line, rounds to cents and flags returns', async () => {
    const orders = await customerOrders(db, "O'B");
    expect({
      days: Array.from(orders.orderDay),
      keys: orders.orderKey,
      cents: Array.from(orders.amountCents),
      returns: Array.from(orders.isReturn),
    }).toEqual({ days: [90, 100, 100], keys: ['o1', 'o2', 'C9'], cents: [1000, 501, -250], returns: [0, 0, 1] });
  });
});
