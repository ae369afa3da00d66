/**
 * Input files the shared folder lacks, written to a temporary directory at test time:
 * a real Parquet file, and formula/XSS-like text in the customer id column itself.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { shared } from './harness';
import { writeParquet } from './parquet-writer';

let dir: string | null = null;
function tempDir(): string {
  dir ??= mkdtempSync(path.join(os.tmpdir(), 'stratify-e2e-'));
  return dir;
}

/** orders.ndjson (15 orders of J0, J1, J2) as a Parquet file: customer (text), ts (DATE), total (DOUBLE). */
export function ordersParquet(): string {
  const orders = readFileSync(shared('bad-inputs', 'orders.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { customer: string; ts: string; total: number });
  const file = path.join(tempDir(), 'orders.parquet');
  const bytes = writeParquet([
    { name: 'customer', kind: 'text', values: orders.map((order) => order.customer) },
    { name: 'ts', kind: 'date', values: orders.map((order) => order.ts.slice(0, 10)) },
    { name: 'total', kind: 'double', values: orders.map((order) => order.total) },
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
