import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMapping, REQUIRED_ROLES, ROLES, type Mapping } from '../../../src/lib/domain/column-detection';
import { normalizeHeader } from '../../../src/lib/domain/header-matching';
import { readTable } from '../../../src/lib/ingest/read-table';

const shared = (relative: string) => new Uint8Array(readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url)));

describe('normalizeHeader', () => {
  it.each([
    { header: '  Customer ID ', expected: 'customerid' },
    { header: 'customer_id', expected: 'customerid' },
    { header: 'Order-Date', expected: 'orderdate' },
    { header: 'cust.id', expected: 'custid' },
    { header: '金额(元)', expected: '金额' },
    { header: '金额（元）', expected: '金额' },
    { header: 'Amount [USD]', expected: 'amount' },
  ])('$header → $expected', ({ header, expected }) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('detectMapping on real files', () => {
  it.each([
    {
      file: 'datasets/cdnow_master.csv',
      expected: { customer_id: 'customer_id', order_date: 'order_date', amount: 'dollar_value', quantity: 'number_of_cds' },
    },
    {
      file: 'datasets/cdnow_master.txt',
      expected: { customer_id: 'customer_id', order_date: 'date', amount: 'dollar_value', quantity: 'number_of_cds' },
    },
    { file: 'datasets/rfm_data_orders.csv', expected: { customer_id: 'customer_id', order_date: 'order_date', amount: 'revenue' } },
    { file: 'bad-inputs/gbk_chinese.csv', expected: { customer_id: '客户编号', order_date: '订单日期', amount: '金额(元)' } },
    { file: 'bad-inputs/gb18030_crlf_excel.csv', expected: { customer_id: '会员卡号', order_date: '消费时间', amount: '实付金额' } },
    { file: 'bad-inputs/tab_separated.tsv', expected: { customer_id: 'cust', order_date: 'date', amount: 'revenue' } },
    { file: 'bad-inputs/orders.ndjson', expected: { customer_id: 'customer', order_date: 'ts', amount: 'total' } },
    { file: 'bad-inputs/orders_array.json', expected: { customer_id: 'customer', order_date: 'ts', amount: 'total' } },
    { file: 'bad-inputs/utf8_bom.csv', expected: { customer_id: 'Customer ID', order_date: 'Order Date', amount: 'Amount' } },
    {
      file: 'bad-inputs/returns_cancellations.csv',
      expected: { order_id: 'InvoiceNo', quantity: 'Quantity', unit_price: 'UnitPrice', order_date: 'InvoiceDate', customer_id: 'CustomerID' },
    },
    { file: 'bad-inputs/no_date_column.csv', expected: { customer_id: 'customer_id', amount: 'amount' } },
    { file: 'bad-inputs/wide_columns.csv', expected: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' } },
  ])('maps $file', async ({ file, expected }) => {
    const table = await readTable(shared(file), file);
    expect(detectMapping(table.columns, table.rows.slice(0, 500))).toEqual(expected);
  });
});

describe('detectMapping rules', () => {
  it.each([
    {
      name: 'exact synonyms win over contains-matches',
      headers: ['Customer Name', 'Customer ID', 'Order Date', 'Amount'],
      expected: { customer_id: 'Customer ID', order_date: 'Order Date', amount: 'Amount' },
    },
    {
      name: 'headers containing a synonym as whole words',
      headers: ['Customer Number', 'Transaction Date (UTC)', 'Total Amount Paid'],
      expected: { customer_id: 'Customer Number', order_date: 'Transaction Date (UTC)', amount: 'Total Amount Paid' },
    },
    {
      name: 'the more specific synonym decides a contains-match',
      headers: ['client', 'Order Date Local', 'Value'],
      expected: { customer_id: 'client', order_date: 'Order Date Local', amount: 'Value' },
    },
    {
      name: 'no match inside a word or on a generic word',
      headers: ['LastUpdate', 'Lifetime', 'Order Status', 'Stock Count'],
      expected: {},
    },
    {
      name: 'camelCase headers',
      headers: ['CustomerID', 'InvoiceDate', 'LineTotal'],
      expected: { customer_id: 'CustomerID', order_date: 'InvoiceDate', amount: 'LineTotal' },
    },
    {
      name: 'Chinese headers containing a synonym',
      headers: ['会员编号', '下单时间(北京)', '订单金额合计', '订单编号'],
      expected: { customer_id: '会员编号', order_date: '下单时间(北京)', amount: '订单金额合计', order_id: '订单编号' },
    },
    {
      name: 'price is a unit price, order and invoice are order ids',
      headers: ['invoice', 'buyer', 'date', 'qty', 'price'],
      expected: { order_id: 'invoice', customer_id: 'buyer', order_date: 'date', quantity: 'qty', unit_price: 'price' },
    },
  ])('$name', ({ headers, expected }) => {
    expect(detectMapping(headers, [])).toEqual(expected);
  });

  it('fills required roles from the values of a file without a header', () => {
    const rows = [
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
      ['00018', '0002', '19970104', '1', '14.96'],
      ['00018', '0002', '19970301', '3', '41.99'],
    ];
    const headers = ['column_1', 'column_2', 'column_3', 'column_4', 'column_5'];
    expect(detectMapping(headers, rows)).toEqual({ customer_id: 'column_1', order_date: 'column_3', amount: 'column_5' });
  });

  it('never gives one column two roles', () => {
    const headers = ['date', 'when'];
    const rows = [
      ['2024-01-01', '2024-01-02'],
      ['2024-01-03', '2024-01-04'],
    ];
    const mapping: Mapping = detectMapping(headers, rows);
    const used = Object.values(mapping);
    expect(new Set(used).size).toBe(used.length);
    expect(mapping.order_date).toBe('date');
  });

  it('does not look for an amount when quantity and unit price are mapped', () => {
    const mapping = detectMapping(['id', 'date', 'qty', 'unit price', 'weight'], [['a', '2024-01-01', '2', '1.50', '0.25']]);
    expect(mapping.amount).toBeUndefined();
  });

  it('lists every role, three of them required', () => {
    expect(ROLES).toEqual(['customer_id', 'order_date', 'amount', 'order_id', 'quantity', 'unit_price']);
    expect(REQUIRED_ROLES).toEqual(['customer_id', 'order_date', 'amount']);
  });
});
