import { beforeAll, describe, expect, it } from 'vitest';
import { attributeColumns, attributeMatch, customerAttributes, customerMetrics, loadAttributes, loadOrders } from '../../src/lib/data';
import { stageAttributes } from '../../src/lib/data/queries/attributes';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { emptyAttributeReport, toAttributeRows } from '../../src/lib/domain/attribute-rows';
import { attributesToCsv } from '../../src/lib/ingest/attributes-csv';
import { openNodeDb } from './node-db';

const bytes = (text: string) => new TextEncoder().encode(text);
const ORDERS_HEADER = 'line,customer_id,order_day,order_key,amount,quantity,unit_price,is_return\n';
const AS_OF = 1000;

/** A customer table through the same path the app takes: rows → worker CSV → DuckDB. */
function attributesCsv(columns: string[], rows: string[][]): Uint8Array {
  const report = emptyAttributeReport({ fileName: 'c.csv', format: 'csv', encoding: 'utf-8', delimiter: ',', rowsRead: rows.length });
  const table = { columns, rows, lineNumbers: rows.map((_, index) => index + 2), malformed: [] };
  const mapping = { customer_id: 'id', customer_name: 'name', since: 'since', satisfaction: 'sat', complaints: 'complaints', nps: 'nps', margin: 'margin' };
  return attributesToCsv(toAttributeRows(table, mapping, { dateOrder: null, decimal: '.' }, report));
}

describe('customer attributes in DuckDB', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
    // a, b, "c,1" buy up to the as-of date; r has only returns; z buys only after it.
    const orders = [
      ['a', 900, 'o1', '10.00', false],
      ['b', 950, 'o2', '20.00', false],
      ['c,1', 990, 'o3', '5.00', false],
      ['r', 950, 'C1', '-3.00', true],
      ['z', 1001, 'o4', '9.00', false],
    ];
    const lines = orders.map(([id, day, key, amount, isReturn], index) => `${index + 2},"${id}",${day},"${key}",${amount},,,${isReturn}`);
    await loadOrders(db, bytes(ORDERS_HEADER + lines.join('\n') + '\n'));
    const columns = ['id', 'name', 'since', 'sat', 'complaints', 'nps', 'margin', 'owner'];
    await loadAttributes(
      db,
      attributesCsv(columns, [
        ['b', 'Bee "Ltd"', '2020-01-02', '4', '1', '-20', '15%', 'Dana'],
        ['a', '', '', '', '', '', '', ''],
        ['p', 'Prospect Co', '2024-05-01', '5', '0', '9', '0.3', 'Eli'],
        ['z', 'Zed', '', '2', '3', '', '', ''],
        ['r', 'Returns only', '', '', '', '', '', ''],
      ]),
    );
  });

  it('lines the columns up with the metrics: LEFT JOIN, same order, NaN (never 0) and "" where unknown', async () => {
    const metrics = await customerMetrics(db, AS_OF, true);
    expect(metrics.ids).toEqual(['a', 'b', 'c,1']);
    const columns = await attributeColumns(db, metrics, AS_OF);
    expect(columns.names).toEqual(['', 'Bee "Ltd"', '']);
    expect(Array.from(columns.satisfaction)).toEqual([NaN, 4, NaN]);
    expect(Array.from(columns.complaints)).toEqual([NaN, 1, NaN]);
    expect(Array.from(columns.nps)).toEqual([NaN, -20, NaN]);
    expect(Array.from(columns.marginRate)).toEqual([NaN, 0.15, NaN]);
    expect(Array.from(columns.sinceDay)).toEqual([NaN, 18263, NaN]); // 2020-01-02
  });

  it.each([
    // z buys after the as-of date and r has only returns: both are prospects then, customers later.
    { name: 'as of the metrics day', asOfDay: AS_OF, expected: { both: 2, ordersOnly: 1, attributesOnly: 3 } },
    { name: 'after z’s order', asOfDay: 1001, expected: { both: 3, ordersOnly: 1, attributesOnly: 2 } },
    { name: 'before any order', asOfDay: 10, expected: { both: 0, ordersOnly: 0, attributesOnly: 5 } },
  ])('counts who is in which file: $name', async ({ asOfDay, expected }) => {
    expect(await attributeMatch(db, asOfDay)).toEqual(expected);
  });

  it('reads one customer’s row as text, free attributes as JSON; an unknown id has none', async () => {
    const row = await customerAttributes(db, 'p');
    expect(row).toMatchObject({ customer_id: 'p', customer_name: 'Prospect Co', satisfaction: '5.0', nps: '9.0', margin_rate: '0.3', region: '' });
    expect(JSON.parse(row!.extra)).toEqual({ owner: 'Eli' });
    expect(await customerAttributes(db, "nobody'; DROP TABLE orders; --")).toBeNull();
  });

  it('a failed load keeps the current customer table', async () => {
    await expect(stageAttributes(db, bytes('customer_id,customer_name\n"x",\n'))).rejects.toThrow();
    expect((await attributeMatch(db, AS_OF)).attributesOnly).toBe(3);
  });
});
