// CDNOW master (69,659 rows, 23,570 customers) through the built app, compared with the independent pandas
// reference ../shared/reference/cdnow_master_rfm.csv row by row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CUSTOMER_COLUMNS,
  REPO_ROOT,
  closeBrowser,
  confirmImport,
  customerCount,
  downloadText,
  mappingOf,
  openApp,
  openTab,
  pageText,
  parseCsv,
  screenshot,
  shared,
  uploadFile,
  type AppSession,
} from './harness';

const REFERENCE = path.resolve(REPO_ROOT, '../shared/reference/cdnow_master_rfm.csv');
const CUSTOMERS = 23_570;

/** Differences between an exported customers.csv and the reference, one line each (empty = identical). */
function differencesFromReference(exported: string): string[] {
  const reference = parseCsv(readFileSync(REFERENCE, 'utf8')).rows;
  const { fields, rows } = parseCsv(exported);
  const problems: string[] = [];
  if (fields.slice(0, CUSTOMER_COLUMNS.length).join(',') !== CUSTOMER_COLUMNS.join(',')) {
    problems.push(`header: ${fields.join(',')}`);
    return problems;
  }
  if (rows.length !== reference.length) problems.push(`rows: ${rows.length}, reference ${reference.length}`);
  const exportedIds = new Set(rows.map((row) => row.customer_id));
  const missing = reference.filter((row) => !exportedIds.has(row.customer_id)).length;
  if (missing) problems.push(`${missing} reference customers missing from the export`);
  for (let i = 0; i < Math.min(rows.length, reference.length); i++) {
    const got = rows[i];
    const want = reference[i];
    for (const column of CUSTOMER_COLUMNS) {
      if (column === 'monetary') {
        if (!/^-?\d+\.\d{2}$/.test(got.monetary)) problems.push(`row ${i + 1} ${got.customer_id}: monetary "${got.monetary}" is not written with two decimals`);
        if (Math.round(Number(got.monetary) * 100) !== Math.round(Number(want.monetary) * 100)) {
          problems.push(`row ${i + 1} ${want.customer_id}: monetary ${got.monetary}, reference ${want.monetary}`);
        }
      } else if (got[column] !== want[column]) {
        problems.push(`row ${i + 1} ${want.customer_id}: ${column} "${got[column]}", reference "${want[column]}"`);
      }
    }
  }
  return problems;
}

describe('CDNOW master in the built app', () => {
  let session: AppSession | null = null;
  let firstExport = '';
  afterAll(closeBrowser);

  it('auto-maps cdnow_master.csv, matches the reference for all 23,570 customers and shows every view', async () => {
    session = await openApp('/');
    const { page } = session;
    await screenshot(page, 'cdnow-01-start');

    expect(await uploadFile(page, shared('datasets', 'cdnow_master.csv'))).toBe('mapping');
    await screenshot(page, 'cdnow-02-mapping');
    expect(await mappingOf(page, ['customer_id', 'order_date', 'amount'])).toEqual({
      customer_id: 'customer_id',
      order_date: 'order_date',
      amount: 'dollar_value',
    });

    await confirmImport(page);
    expect(await customerCount(page)).toBe(CUSTOMERS);

    firstExport = await downloadText(page, 'export-customers');
    const problems = differencesFromReference(firstExport);
    expect(problems.slice(0, 30), `${problems.length} differences from the reference`).toEqual([]);

    const views = [
      { tab: 'rfm', shows: 'rfm-grid' },
      { tab: 'segments', shows: 'segment-summary' },
      { tab: 'distributions', shows: null },
      { tab: 'customers', shows: null },
      { tab: 'report', shows: 'import-report' },
    ] as const;
    for (const [index, view] of views.entries()) {
      await openTab(page, view.tab);
      if (view.shows) await page.getByTestId(view.shows).waitFor({ state: 'visible' });
      await screenshot(page, `cdnow-${String(index + 3).padStart(2, '0')}-tab-${view.tab}`);
      if (view.tab !== 'report') expect(await pageText(page), `tab ${view.tab}`).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
    }
    const rowsUsed = page.getByTestId('rows-used');
    if (await rowsUsed.count()) expect((await rowsUsed.innerText()).replace(/\D/g, '')).toBe('69659');

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);

  it('reads the whitespace-separated original cdnow_master.txt to the same customers.csv', async () => {
    // Loaded on top of the .csv results when the first test got that far: replacing a dataset is part of it.
    const state = session ? await session.page.evaluate(() => document.body.dataset.state) : undefined;
    if (!session || state !== 'ready') {
      await session?.close();
      session = await openApp('/');
    }
    const { page } = session;

    expect(await uploadFile(page, shared('datasets', 'cdnow_master.txt'))).toBe('mapping');
    await screenshot(page, 'cdnow-txt-01-mapping');
    expect(await mappingOf(page, ['customer_id', 'order_date', 'amount'])).toEqual({
      customer_id: 'customer_id',
      order_date: 'date',
      amount: 'dollar_value',
    });
    await confirmImport(page);
    expect(await customerCount(page)).toBe(CUSTOMERS);
    await screenshot(page, 'cdnow-txt-02-results');

    const exported = await downloadText(page, 'export-customers');
    const problems = differencesFromReference(exported);
    expect(problems.slice(0, 30), `${problems.length} differences from the reference`).toEqual([]);
    if (firstExport) expect(exported.replace(/\r\n/g, '\n')).toBe(firstExport.replace(/\r\n/g, '\n'));

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
