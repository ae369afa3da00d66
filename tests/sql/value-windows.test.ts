import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics, loadOrders, valueWindows } from '../../src/lib/data';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const AS_OF = 1000;

describe('valueWindows', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
    // Ages (as-of − day): a at 0, 179, 180, 359, 360, 365, 366; a return at 10; r returns only; z after the as-of date.
    const rows = [
      ['a', 1000, 'o1', '1.00', false],
      ['a', 821, 'o2', '2.00', false],
      ['a', 820, 'o3', '4.00', false],
      ['a', 641, 'o4', '8.00', false],
      ['a', 640, 'o5', '16.00', false],
      ['a', 635, 'o6', '32.00', false],
      ['a', 634, 'o7', '64.00', false],
      ['a', 990, 'C1', '-0.50', true],
      ['b', 500, 'o8', '5.00', false],
      ['r', 900, 'C2', '-3.00', true],
      ['z', 1001, 'o9', '9.00', false],
    ];
    const lines = rows.map(([id, day, key, amount, isReturn], index) => `${index + 2},"${id}",${day},"${key}",${amount},,,${isReturn}`);
    await loadOrders(db, csv(HEADER + lines.join('\n') + '\n'));
  });

  it('sums each window by age, net of returns, and lines up with the customers with orders', async () => {
    const metrics = await customerMetrics(db, AS_OF, true);
    expect(metrics.ids).toEqual(['a', 'b']);
    const windows = await valueWindows(db, metrics, AS_OF, true);
    expect({
      year: Array.from(windows.annualSpendCents),
      orders: Array.from(windows.ordersPerYear),
      last: Array.from(windows.spendLast180Cents),
      prior: Array.from(windows.spendPrior180Cents),
    }).toEqual({
      // age ≤ 365: 1+2+4+8+16+32 − 0.50; six orders (the return is none)
      year: [6250, 0],
      orders: [6, 0],
      // age < 180: 1 + 2 − 0.50
      last: [250, 0],
      // 180 ≤ age < 360: 4 + 8
      prior: [1200, 0],
    });
  });
});
