import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics, loadOrders, metricsAsOf, orderDayRange } from '../../src/lib/data';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { openNodeDb } from './node-db';

const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';

describe('orders queries', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('sums money exactly and excludes returns from frequency', async () => {
    await loadOrders(
      db,
      csv(
        HEADER +
          '2,"a",100,,0.1,,,false\n3,"a",101,,0.2,,,false\n4,"a",102,,-0.05,,,true\n' +
          '5,"b, with comma",100,,,2,1.255,false\n6,"00001",99,,10,,,false\n',
      ),
    );
    const metrics = await customerMetrics(db, 103, false);
    expect(metrics.ids).toEqual(['00001', 'a', 'b, with comma']);
    expect(Array.from(metrics.frequency)).toEqual([1, 2, 1]);
    expect(Array.from(metrics.monetaryCents)).toEqual([1000, 25, 251]);
    expect(Array.from(metrics.lastDay)).toEqual([99, 101, 100]);
  });

  it('keeps the previous orders when a load fails', async () => {
    await expect(loadOrders(db, csv(HEADER + '1,"x",notaday,,1,,,false\n'))).rejects.toThrow();
    const range = await orderDayRange(db, 1000);
    expect(range.rows).toBe(5);
  });

  it('counts distinct order ids when the file has them', async () => {
    await loadOrders(db, csv(HEADER + '2,"a",10,"o1",1,,,false\n3,"a",10,"o1",2,,,false\n4,"a",11,"o2",3,,,false\n5,"a",12,"C9",-1,,,true\n'));
    const metrics = await customerMetrics(db, 20, true);
    expect(Array.from(metrics.frequency)).toEqual([2]);
    expect(Array.from(metrics.monetaryCents)).toEqual([500]);
  });

  it('an order counts from its first row on, once, whatever day its other rows or returns fall on', async () => {
    // o1 has rows on days 10 and 30; o3's return (day 5) comes before its order row (day 25); b's o1 is another order.
    await loadOrders(
      db,
      csv(HEADER + '2,"a",30,"o1",1,,,false\n3,"a",10,"o1",2,,,false\n4,"a",5,"o3",-1,,,true\n5,"a",25,"o3",4,,,false\n6,"b",12,"o1",1,,,false\n'),
    );
    const frequencyAsOf = async (day: number) => Array.from((await customerMetrics(db, day, true)).frequency);
    expect(await frequencyAsOf(20)).toEqual([1, 1]);
    expect(await frequencyAsOf(25)).toEqual([2, 1]);
    expect(await frequencyAsOf(40)).toEqual([2, 1]);
  });
});

describe('string columns', () => {
  it('reads ASCII and non-ASCII ids, and ids with quotes and newlines, exactly', async () => {
    const db = await openNodeDb();
    const ids = ['00001', '客户-7', 'Ωmega & <b>bold</b>', 'say "hi"', 'two\nlines', 'zz'];
    const rows = ids.map((id, index) => `${index + 2},"${id.replaceAll('"', '""')}",10,,1,,,false`).join('\n');
    await loadOrders(db, csv(`${HEADER}${rows}\n`));
    const metrics = await customerMetrics(db, 11, false);
    expect(metrics.ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String));
  });
});

describe('metricsAsOf', () => {
  it('leaves out later rows and returns-only customers, and counts both', async () => {
    const db = await openNodeDb();
    await loadOrders(
      db,
      csv(HEADER + '2,"a",10,,5,,,false\n3,"a",30,,7,,,false\n4,"r",11,,-3,,,true\n5,"r",40,,9,,,false\n6,"b",12,,1,,,false\n'),
    );
    const { metrics, exclusions } = await metricsAsOf(db, 20, false, 5);
    expect(metrics.ids).toEqual(['a', 'b']);
    expect(Array.from(metrics.monetaryCents)).toEqual([500, 100]);
    expect(exclusions).toEqual({ rowsAfterAsOf: 2, returnsOnlyCustomers: 1 });
  });
});
