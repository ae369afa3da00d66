import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readParquet } from '../../../src/lib/ingest/parquet';
import { parquetFile } from '../../support/parquet-writer';
import { readTable, ReadError, type RawTable } from '../../../src/lib/ingest/read-table';

const shared = (relative: string) => new Uint8Array(readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url)));
const read = (relative: string) => readTable(shared(relative), relative.split('/').pop()!);
const encode = (text: string) => new TextEncoder().encode(text);

async function readErrorCode(promise: Promise<RawTable>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof ReadError ? error.code : `unexpected ${String(error)}`;
  }
}

describe('readTable on the bad inputs', () => {
  it.each([
    { file: 'bad-inputs/empty.csv', code: 'empty' },
    { file: 'bad-inputs/header_only.csv', code: 'no_rows' },
    { file: 'bad-inputs/binary_garbage.csv', code: 'binary' },
    { file: 'bad-inputs/not_a_parquet.parquet', code: 'not_parquet' },
  ])('refuses $file with $code', async ({ file, code }) => {
    expect(await readErrorCode(read(file))).toBe(code);
  });

  it.each([
    {
      file: 'bad-inputs/utf8_bom.csv',
      expected: { format: 'csv', delimiter: ',', encoding: 'utf-8-bom', columns: ['Customer ID', 'Order Date', 'Amount'], rows: 20, first: ['0', '2024-03-01', '10.5'] },
    },
    {
      file: 'bad-inputs/gbk_chinese.csv',
      expected: { format: 'csv', delimiter: ',', encoding: 'gb18030', columns: ['客户编号', '客户名称', '订单日期', '金额(元)'], rows: 60, first: ['K0000', '北京制造厂', '2024/1/1', '100.0'] },
    },
    {
      file: 'bad-inputs/gb18030_crlf_excel.csv',
      expected: { format: 'csv', delimiter: ',', encoding: 'gb18030', columns: ['会员卡号', '消费时间', '实付金额', '门店'], rows: 30, first: ['VIP00000', '2024-01-01 10:30', '20.0', '徐汇店'] },
    },
    {
      file: 'bad-inputs/semicolon_decimal_comma.csv',
      expected: { format: 'csv', delimiter: ';', encoding: 'utf-8', columns: ['customer_id', 'order_date', 'amount'], rows: 40, first: ['C000', '2024-01-10', '1000,00'] },
    },
    {
      file: 'bad-inputs/tab_separated.tsv',
      expected: { format: 'tsv', delimiter: '\t', encoding: 'utf-8', columns: ['cust', 'date', 'revenue'], rows: 16, first: ['T0', '2024-03-01', '15'] },
    },
    {
      file: 'bad-inputs/orders.ndjson',
      expected: { format: 'ndjson', encoding: 'utf-8', columns: ['customer', 'ts', 'total'], rows: 15, first: ['J0', '2024-04-01T10:00:00', '12.5'] },
    },
    {
      file: 'bad-inputs/orders_array.json',
      expected: { format: 'json', encoding: 'utf-8', columns: ['customer', 'ts', 'total'], rows: 15, first: ['J0', '2024-04-01', '12.5'] },
    },
    {
      file: 'bad-inputs/xss_names.csv',
      expected: {
        format: 'csv',
        delimiter: ',',
        encoding: 'utf-8',
        columns: ['customer_id', 'customer_name', 'order_date', 'amount'],
        rows: 12,
        first: ['<img src=x onerror=alert(1)>', '<script>alert("x")</script>', '2024-10-01', '10'],
      },
    },
    {
      file: 'bad-inputs/returns_cancellations.csv',
      expected: {
        format: 'csv',
        delimiter: ',',
        encoding: 'utf-8',
        columns: ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'],
        rows: 60,
        first: ['536365', '85120A', 'WHITE HANGING HEART, T-LIGHT HOLDER', '2', '12/1/2010 8:00', '4.23', '', 'United Kingdom'],
      },
    },
  ])('reads $file', async ({ file, expected }) => {
    const table = await read(file);
    expect(table.format).toBe(expected.format);
    expect(table.delimiter).toBe(expected.delimiter);
    expect(table.encoding).toBe(expected.encoding);
    expect(table.hasHeader).toBe(true);
    expect(table.columns).toEqual(expected.columns);
    expect(table.rows.length).toBe(expected.rows);
    expect(table.rows[0]).toEqual(expected.first);
    expect(table.malformed).toEqual([]);
  });

  it('reads ragged_rows.csv keeping the good rows and reporting the bad ones by line', async () => {
    const table = await read('bad-inputs/ragged_rows.csv');
    expect(table.rows.map((row) => row[0])).toEqual(['R1', 'R4\nwith newline', 'R5 "quoted"']);
    expect(Array.from(table.lineNumbers)).toEqual([2, 5, 7]);
    expect(table.malformed).toEqual([
      { line: 3, reason: 'field_count' },
      { line: 4, reason: 'field_count' },
      { line: 8, reason: 'unterminated_quote' },
    ]);
  });

  it('reads all 503 columns of wide_columns.csv', async () => {
    const table = await read('bad-inputs/wide_columns.csv');
    expect(table.columns.length).toBe(503);
    expect(table.columns.slice(0, 4)).toEqual(['customer_id', 'order_date', 'amount', 'extra_0']);
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.every((row) => row.length === 503)).toBe(true);
  });

  it('reports the split rows of bad_amounts.csv (`12,5` unquoted) as malformed', async () => {
    const table = await read('bad-inputs/bad_amounts.csv');
    expect(table.rows.length).toBe(18);
    expect(table.malformed).toEqual([
      { line: 9, reason: 'field_count' },
      { line: 19, reason: 'field_count' },
    ]);
  });

  it.each([
    { file: 'datasets/cdnow_master.csv', format: 'csv', delimiter: ',' },
    { file: 'datasets/cdnow_master.txt', format: 'whitespace', delimiter: 'whitespace' },
  ])('reads all 69,659 rows of $file with ids kept as text', async ({ file, format, delimiter }) => {
    const table = await read(file);
    expect(table.format).toBe(format);
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows.length).toBe(69_659);
    expect(table.malformed).toEqual([]);
    expect(table.rows[0]).toEqual(['00001', '19970101', '1', '11.77']);
    expect(table.lineNumbers[0]).toBe(2);
  });
});

describe('readTable dispatch', () => {
  it.each([
    { name: 'whitespace only', bytes: encode(' \n\t\r\n '), file: 'x.csv', code: 'empty' },
    { name: 'a JSON file that is not JSON', bytes: encode('[{"id": '), file: 'x.json', code: 'invalid_json' },
    { name: 'an empty JSON array', bytes: encode('[]'), file: 'x.json', code: 'no_rows' },
    { name: 'JSON objects without keys', bytes: encode('[{}, {}]'), file: 'x.json', code: 'no_rows' },
    { name: 'a Parquet name on short bytes', bytes: encode('PAR1'), file: 'x.parquet', code: 'not_parquet' },
    { name: 'Parquet magic with a broken footer', bytes: new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 9, 0, 0, 0, 0x50, 0x41, 0x52, 0x31]), file: 'x.bin', code: 'unreadable' },
  ])('refuses $name with $code', async ({ bytes, file, code }) => {
    expect(await readErrorCode(readTable(bytes, file))).toBe(code);
  });

  it.each([
    { name: 'JSON lines by content, whatever the name', text: '{"id": "a", "amount": 1}\n{"id": "b", "amount": 2}\n', file: 'export.txt', format: 'ndjson' },
    { name: 'a JSON array by content', text: '  [{"id": "a"}]', file: 'export.dat', format: 'json' },
    { name: 'a CSV whose first cell starts with a bracket', text: '[id],amount\nA,1\n', file: 'export.csv', format: 'csv' },
    { name: 'a .jsonl file of one record', text: '{"id": "a"}\n', file: 'orders.JSONL', format: 'ndjson' },
    { name: 'a pretty-printed JSON object', text: '{\n  "id": "a"\n}\n', file: 'order.json', format: 'json' },
    { name: 'a CSV without a header row', text: '00001,19970101,1,11.77\n00002,19970112,1,12.00\n', file: 'x.csv', format: 'csv' },
  ])('reads $name', async ({ text, file, format }) => {
    const table = await readTable(encode(text), file);
    expect(table.format).toBe(format);
    expect(table.rows.length).toBeGreaterThan(0);
  });
});

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const tinyOrders = () =>
  parquetFile([
    { name: 'customer_id', type: 6, converted: 0, values: ['00001', '00002', '00001'] },
    { name: 'order_date', type: 1, converted: 6, values: [day('1997-01-01'), day('1997-01-12'), day('1998-06-30')] },
    { name: 'amount', type: 2, converted: 5, scale: 2, values: [1177n, 1200n, -10n] },
    { name: 'order_id', type: 2, values: [12345678901234567n, 2n, 3n] },
    { name: 'ordered_at', type: 2, converted: 9, values: [Date.UTC(1997, 0, 1, 23, 30), Date.UTC(1997, 0, 12), Date.UTC(1998, 5, 30, 8, 26)] },
    { name: 'note', type: 6, converted: 0, values: ['first', null, 'ünï <b>'] },
  ]);

describe('readParquet', () => {
  it('reads a Parquet file as text cells, exactly', async () => {
    const table = await readTable(tinyOrders(), 'orders.parquet');
    expect(table).toMatchObject({ format: 'parquet', hasHeader: true, malformed: [] });
    expect(table.columns).toEqual(['customer_id', 'order_date', 'amount', 'order_id', 'ordered_at', 'note']);
    expect(table.rows).toEqual([
      ['00001', '1997-01-01', '11.77', '12345678901234567', '1997-01-01 23:30:00', 'first'],
      ['00002', '1997-01-12', '12.00', '2', '1997-01-12', ''],
      ['00001', '1998-06-30', '-0.10', '3', '1998-06-30 08:26:00', 'ünï <b>'],
    ]);
    expect(Array.from(table.lineNumbers)).toEqual([1, 2, 3]);
  });

  it('is found by its magic bytes under any name', async () => {
    expect((await readTable(tinyOrders(), 'download.bin')).format).toBe('parquet');
  });

  it.each([
    { name: 'CSV text', bytes: shared('bad-inputs/not_a_parquet.parquet') },
    { name: 'magic at the start only', bytes: new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
  ])('refuses $name as not_parquet', async ({ bytes }) => {
    expect(await readErrorCode(readParquet(bytes))).toBe('not_parquet');
  });
});
