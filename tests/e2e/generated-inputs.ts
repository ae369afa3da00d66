/**
 * Input files the shared folder lacks, written to a temporary directory at test time:
 * a real Parquet file, and formula/XSS-like text in the customer id column itself.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { shared } from './harness';
import { parquetFile } from '../support/parquet-writer';

let dir: string | null = null;
function tempDir(): string {
  dir ??= mkdtempSync(path.join(os.tmpdir(), 'stratify-e2e-'));
  return dir;
}

/** orders.ndjson (15 orders of J0, J1, J2) as a Parquet file: customer (text), ts (DATE), total (DECIMAL(9,2)). */
export function ordersParquet(): string {
  const orders = readFileSync(shared('bad-inputs', 'orders.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { customer: string; ts: string; total: number });
  const file = path.join(tempDir(), 'orders.parquet');
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const bytes = parquetFile([
    { name: 'customer', type: 6, converted: 0, values: orders.map((order) => order.customer) },
    { name: 'ts', type: 1, converted: 6, values: orders.map((order) => day(order.ts)) },
    { name: 'total', type: 2, converted: 5, scale: 2, values: orders.map((order) => BigInt(Math.round(order.total * 100))) },
  ]);
  writeFileSync(file, bytes);
  return file;
}

/** formula_injection.csv with the dangerous names moved into customer_id (the names become the ids). */
export function formulaIdsCsv(): string {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(shared('bad-inputs', 'formula_injection.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.map((row) => ({ customer_id: row.customer_name, order_date: row.order_date, amount: row.amount }));
  const file = path.join(tempDir(), 'formula_ids.csv');
  writeFileSync(file, Papa.unparse(rows, { columns: ['customer_id', 'order_date', 'amount'] }) + '\n');
  return file;
}
