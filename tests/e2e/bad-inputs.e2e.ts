// ../shared/bad-inputs in the built app: each file either imports cleanly with every unused row counted by
// reason, or fails with a message a business user understands while the previous dataset stays usable.
// Expected numbers were counted from the files themselves (see the comment of each case).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { formulaIdsCsv, ordersParquet } from './generated-inputs';
import {
  CUSTOMER_COLUMNS,
  REPO_ROOT,
  applyMapping,
  closeBrowser,
  confirmImport,
  countOf,
  customerCount,
  downloadText,
  errorText,
  importFile,
  mappingOf,
  openApp,
  openTab,
  pageText,
  parseCsv,
  parseCsvCells,
  screenshot,
  shared,
  uploadFile,
  type AppSession,
  type ImportOptions,
  type Role,
} from './harness';

const bad = (file: string) => shared('bad-inputs', file);
const BASELINE = path.join(REPO_ROOT, 'tests/e2e/fixtures/baseline_three_customers.csv');
const BASELINE_CUSTOMERS = 3;

type Reason = 'malformed_row' | 'missing_customer_id' | 'unparseable_date' | 'unparseable_amount';
/** customer_id, first_order, last_order, frequency, monetary */
type CustomerRow = [string, string, string, number, string];
type Customers = Record<string, string>[];

interface Context {
  session: AppSession;
  page: Page;
  customers: Customers;
}

interface ReadyCase {
  name: string;
  file: string | (() => string);
  /** the automatic mapping the app must propose */
  mapping?: Partial<Record<Role, string>>;
  /** runs on the mapping panel before choices are applied */
  beforeConfirm?: (page: Page) => Promise<void>;
  /** choices made before confirming */
  choose?: ImportOptions;
  customers?: number;
  rowsUsed?: number;
  /** exact counts, or [min, max] */
  dropped?: Partial<Record<Reason, number | [number, number]>>;
  /** rows expected in customers.csv (others may exist only if `customers` allows) */
  rows?: CustomerRow[];
  check?: (context: Context) => Promise<void>;
}

const readyCases: ReadyCase[] = [
  {
    // 60 rows, 9 customers (K0000–K0008), dates 2024/1/1 style, amounts in 金额(元)
    name: 'gbk_chinese',
    file: bad('gbk_chinese.csv'),
    mapping: { customer_id: '客户编号', order_date: '订单日期', amount: '金额(元)' },
    customers: 9,
    rowsUsed: 60,
    rows: [
      ['K0000', '2024-01-01', '2024-10-19', 7, '3251.50'],
      ['K0005', '2024-03-15', '2024-12-24', 7, '3724.00'],
      ['K0008', '2024-03-27', '2024-12-09', 6, '3070.50'],
    ],
  },
  {
    // GB18030 with CRLF, datetimes with a time of day: 30 rows, 6 customers
    name: 'gb18030_crlf_excel',
    file: bad('gb18030_crlf_excel.csv'),
    mapping: { customer_id: '会员卡号', order_date: '消费时间', amount: '实付金额' },
    customers: 6,
    rowsUsed: 30,
    rows: [
      ['VIP00000', '2024-01-01', '2024-07-19', 5, '298.00'],
      ['VIP00004', '2024-05-01', '2024-11-23', 5, '364.00'],
      ['VIP00005', '2024-06-02', '2024-12-24', 5, '380.50'],
    ],
  },
  {
    // BOM stripped: the first column is "Customer ID"; 20 rows, customers 0–4
    name: 'utf8_bom',
    file: bad('utf8_bom.csv'),
    mapping: { customer_id: 'Customer ID', order_date: 'Order Date', amount: 'Amount' },
    customers: 5,
    rowsUsed: 20,
    rows: [
      ['0', '2024-03-01', '2024-03-16', 4, '72.00'],
      ['4', '2024-03-05', '2024-03-20', 4, '88.00'],
    ],
  },
  {
    // ';' delimiter, decimal commas, CRLF: 40 rows, C000–C006; C001 = 1037,01 + … = 10108.11
    name: 'semicolon_decimal_comma',
    file: bad('semicolon_decimal_comma.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 7,
    rowsUsed: 40,
    check: async ({ customers }) => {
      const monetary = Object.fromEntries(customers.map((row) => [row.customer_id, row.monetary]));
      expect(monetary).toEqual({
        C000: '9886.05',
        C001: '10108.11',
        C002: '10330.17',
        C003: '10552.23',
        C004: '10774.29',
        C005: '8515.95',
        C006: '8701.00',
      });
    },
  },
  {
    name: 'tab_separated',
    file: bad('tab_separated.tsv'),
    mapping: { customer_id: 'cust', order_date: 'date', amount: 'revenue' },
    customers: 4,
    rowsUsed: 16,
    rows: [
      ['T0', '2024-03-01', '2024-03-13', 4, '84.00'],
      ['T3', '2024-03-04', '2024-03-16', 4, '96.00'],
    ],
  },
  {
    name: 'orders.ndjson',
    file: bad('orders.ndjson'),
    mapping: { customer_id: 'customer', order_date: 'ts', amount: 'total' },
    customers: 3,
    rowsUsed: 15,
    rows: [
      ['J0', '2024-04-01', '2024-04-13', 5, '92.50'],
      ['J1', '2024-04-02', '2024-04-14', 5, '97.50'],
      ['J2', '2024-04-03', '2024-04-15', 5, '102.50'],
    ],
  },
  {
    name: 'orders_array.json',
    file: bad('orders_array.json'),
    mapping: { customer_id: 'customer', order_date: 'ts', amount: 'total' },
    customers: 3,
    rowsUsed: 15,
    rows: [
      ['J0', '2024-04-01', '2024-04-13', 5, '92.50'],
      ['J2', '2024-04-03', '2024-04-15', 5, '102.50'],
    ],
  },
  {
    // not in the shared folder: the same 15 orders as a real Parquet file (written by tests/support/parquet-writer.ts)
    name: 'orders.parquet (generated)',
    file: ordersParquet,
    mapping: { customer_id: 'customer', order_date: 'ts', amount: 'total' },
    customers: 3,
    rowsUsed: 15,
    rows: [
      ['J0', '2024-04-01', '2024-04-13', 5, '92.50'],
      ['J2', '2024-04-03', '2024-04-15', 5, '102.50'],
    ],
  },
  {
    // amount = Quantity × UnitPrice; 6 rows without CustomerID; 20 returns (C-invoices, negative quantity) are
    // subtracted from monetary and not counted as orders; frequency = distinct InvoiceNo
    name: 'returns_cancellations',
    file: bad('returns_cancellations.csv'),
    mapping: { customer_id: 'CustomerID', order_date: 'InvoiceDate' },
    choose: { mapping: { amount: '', quantity: 'Quantity', unit_price: 'UnitPrice', order_id: 'InvoiceNo' } },
    customers: 8,
    rowsUsed: 54,
    dropped: { missing_customer_id: 6 },
    check: async ({ page, customers }) => {
      const byId = Object.fromEntries(customers.map((row) => [row.customer_id, `${row.frequency} ${row.monetary}`]));
      expect(byId).toEqual({
        '12346': '6 321.98',
        '12347': '6 152.74',
        '12348': '4 121.70',
        '12349': '5 185.63',
        '12350': '3 -3.38',
        '12351': '3 51.77',
        '12352': '4 281.27',
        '12353': '3 20.43',
      });
      const returns = page.getByTestId('returns');
      if (await returns.count()) expect(await countOf(page, 'returns')).toBe(20);
    },
  },
  {
    // 24 rows: 11 with a blank or whitespace-only id, 13 used by M0–M3
    name: 'missing_ids',
    file: bad('missing_ids.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 4,
    rowsUsed: 13,
    dropped: { missing_customer_id: 11 },
    check: async ({ page }) => {
      const report = parseCsvCells(await downloadText(page, 'export-report'));
      expect(report.some((cells) => cells.some((cell) => /missing.?customer.?id/i.test(cell)) && cells.includes('11'))).toBe(true);
    },
  },
  {
    // N/A, blank and "abc" (2 rows each) are not amounts; "¥1,234.50", "$12", "  7  " and -40.00 (a return) are.
    // "12,5" unquoted makes a 4-field row; "1e3" may be read either way. B2 = 1234.50 + 7 − 40 = 1201.50, 2 orders.
    name: 'bad_amounts',
    file: bad('bad_amounts.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 3,
    dropped: { unparseable_amount: [6, 8] },
    check: async ({ customers }) => {
      const b2 = customers.find((row) => row.customer_id === 'B2');
      expect(b2 && [b2.frequency, b2.monetary]).toEqual(['2', '1201.50']);
    },
  },
  {
    // 36 rows over A0–A3: ISO, 05/01/2024, 20240105, 2024/1/5 8:26, ISO datetime, 5.1.2024 all mean 5 January with
    // day-first; "yesterday" and blank (4 each) are unreadable dates; "Jan 5, 2024" unquoted gives 4 five-field rows.
    name: 'mixed_dates',
    file: bad('mixed_dates.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    beforeConfirm: async (page) => {
      expect(await page.getByTestId('date-order-MDY').isVisible()).toBe(true);
      expect(await page.getByTestId('date-order-DMY').isVisible()).toBe(true);
    },
    choose: { dateOrder: 'DMY' },
    customers: 4,
    rowsUsed: 24,
    dropped: { unparseable_date: 8, malformed_row: 4 },
    check: async ({ customers }) => {
      expect(new Set(customers.flatMap((row) => [row.first_order, row.last_order]))).toEqual(new Set(['2024-01-05']));
    },
  },
  {
    // R2 (missing field, line 3), R3 (extra fields, line 4) and R6 (unterminated quote, line 8) are malformed;
    // R1, the quoted multi-line "R4\nwith newline" and R5 are used
    name: 'ragged_rows',
    file: bad('ragged_rows.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 3,
    rowsUsed: 3,
    dropped: { malformed_row: 3 },
    check: async ({ page, customers }) => {
      expect(customers.map((row) => row.customer_id).sort()).toEqual(['R1', 'R4\nwith newline', 'R5 "quoted"']);
      const examples = await page.getByTestId('dropped-malformed_row').locator('xpath=..').innerText();
      for (const line of ['3', '4', '8']) expect(examples, `line ${line} reported`).toMatch(new RegExp(`\\b${line}\\b`));
    },
  },
  {
    name: 'xss_names',
    file: bad('xss_names.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 6,
    rowsUsed: 12,
    check: async ({ session, page, customers }) => {
      expect(customers.map((row) => row.customer_id)).toContain('<script>alert("x")</script>');
      await openTab(page, 'customers');
      await screenshot(page, 'bad-xss_names-customers-literal');
      expect(await pageText(page)).toContain('<script>alert("x")</script>');
      expect(await pageText(page)).toContain('<img src=x onerror=alert(1)>');
      const injected = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).length,
        images: document.querySelectorAll('img[src="x"]').length,
        bold: [...document.querySelectorAll('b')].filter((el) => el.textContent === 'bold').length,
        inlineScripts: [...document.scripts].filter((script) => !script.src).length,
      }));
      expect(injected).toEqual({ handlers: 0, images: 0, bold: 0, inlineScripts: 0 });
      expect(session.dialogs).toEqual([]);
    },
  },
  {
    // names (not ids) start with = + - @ tab: the ids I0–I11 are harmless; no exported cell may start a formula
    name: 'formula_injection',
    file: bad('formula_injection.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 12,
    rowsUsed: 12,
  },
  {
    // the same names moved into customer_id: shown as text, exported neutralized (leading ')
    name: 'formula_injection (names as ids, generated)',
    file: formulaIdsCsv,
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 6,
    rowsUsed: 12,
    check: async ({ page, customers }) => {
      const ids = customers.map((row) => row.customer_id);
      for (const formula of ['=HYPERLINK("http://example.invalid","click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)*cmd']) {
        expect(ids, formula).toContain(`'${formula}`);
      }
      await openTab(page, 'customers');
      expect(await pageText(page)).toContain('=HYPERLINK("http://example.invalid","click")');
    },
  },
  {
    // 8 orders of one customer: every score is 1 + floor(5 × 0 / 1) = 1
    name: 'single_customer',
    file: bad('single_customer.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 1,
    rowsUsed: 8,
    rows: [['ONLY', '2024-06-01', '2024-06-08', 8, '360.00']],
    check: async ({ customers }) => {
      const [only] = customers;
      expect([only.recency_days, only.r_score, only.f_score, only.m_score, only.rfm_cell]).toEqual(['1', '1', '1', '1', '111']);
    },
  },
  {
    // 50 customers, one order each on 2024-07-01, amounts 10…59: recency 1 for all, tied R and F scores,
    // M scores 1 + floor(5 × rank / 50): ten customers each
    name: 'all_same_date',
    file: bad('all_same_date.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 50,
    rowsUsed: 50,
    check: async ({ customers }) => {
      expect(new Set(customers.map((row) => row.recency_days))).toEqual(new Set(['1']));
      expect(new Set(customers.map((row) => row.r_score)).size).toBe(1);
      expect(new Set(customers.map((row) => row.f_score)).size).toBe(1);
      const m = [1, 2, 3, 4, 5].map((score) => customers.filter((row) => row.m_score === String(score)).length);
      expect(m).toEqual([10, 10, 10, 10, 10]);
    },
  },
  {
    // 1e308 (twice), 99999999999999999999999, -1e308, 0.0000001, NaN, Infinity: no sum may overflow
    name: 'huge_values',
    file: bad('huge_values.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    dropped: { unparseable_amount: [4, 7] },
    check: async ({ customers }) => {
      for (const row of customers) {
        expect(row.monetary, row.customer_id).toMatch(/^-?\d+\.\d{2}$/);
        expect(Number.isFinite(Number(row.monetary))).toBe(true);
      }
    },
  },
  {
    // 2024 (7 rows), 2034 (7) and 2044 (6) dates: the as-of date stays the day after the last 2024 order
    name: 'future_dates',
    file: bad('future_dates.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 5,
    check: async ({ page }) => {
      const warning = page.getByText(/after today|in the future|future date/i).first();
      expect(await warning.isVisible()).toBe(true);
      const asOf = await page.getByTestId('as-of-date').inputValue();
      expect(asOf.startsWith('2044')).toBe(false);
      expect(asOf).toBe('2024-08-20');
      const future = page.getByTestId('future-rows');
      if (await future.count()) expect(await countOf(page, 'future-rows')).toBe(13);
    },
  },
  {
    // every row twice: 60 rows, 30 of them repeats; kept by default (several equal orders on a day can be real)
    name: 'duplicate_rows',
    file: bad('duplicate_rows.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 6,
    rowsUsed: 60,
    check: async ({ page }) => {
      expect(await countOf(page, 'duplicates')).toBe(30);
    },
  },
  {
    // 503 columns, 10 rows, W0–W4
    name: 'wide_columns',
    file: bad('wide_columns.csv'),
    mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' },
    customers: 5,
    rowsUsed: 10,
  },
];

interface ErrorCase {
  name: string;
  file: string;
  /** what the message must say */
  message: RegExp;
  /** the README also allows reading the file as what it really is */
  mayImport?: { customers: number };
}

const errorCases: ErrorCase[] = [
  { name: 'empty', file: bad('empty.csv'), message: /empty/i },
  { name: 'header_only', file: bad('header_only.csv'), message: /no data rows|no rows/i },
  { name: 'binary_garbage', file: bad('binary_garbage.csv'), message: /not a readable|binary|not .*text/i },
  { name: 'not_a_parquet', file: bad('not_a_parquet.parquet'), message: /parquet|not a readable/i, mayImport: { customers: 1 } },
  { name: 'no_date_column', file: bad('no_date_column.csv'), message: /date/i },
];

const SCORE_COLUMNS = ['recency_days', 'frequency', 'r_score', 'f_score', 'm_score'] as const;

/** Fails on NaN, Infinity or undefined shown in any results view but the import report (whose examples quote the file). */
async function expectNoBrokenNumbers(page: Page, name: string): Promise<void> {
  for (const tab of ['rfm', 'segments', 'distributions', 'customers'] as const) {
    await openTab(page, tab);
    await screenshot(page, `bad-${name}-tab-${tab}`);
    expect(await pageText(page), `tab ${tab}`).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
  }
  await openTab(page, 'report');
  for (const testId of ['rows-read', 'rows-used']) {
    expect(await page.getByTestId(testId).innerText(), testId).toMatch(/^\s*[\d,.\s]+\s*$/);
  }
}

describe('bad inputs that import, with every unused row counted', () => {
  afterAll(closeBrowser);

  it.each(readyCases)('$name', async (c) => {
    const file = typeof c.file === 'function' ? c.file() : c.file;
    const tag = c.name.replace(/[^\w]+/g, '_');
    const session = await openApp('/');
    const { page } = session;
    try {
      const state = await uploadFile(page, file);
      await screenshot(page, `bad-${tag}-mapping`);
      expect(state, await errorText(page)).toBe('mapping');
      if (c.mapping) expect(await mappingOf(page, Object.keys(c.mapping) as Role[])).toEqual(c.mapping);
      await c.beforeConfirm?.(page);
      if (c.choose) await applyMapping(page, c.choose);
      await confirmImport(page);
      await screenshot(page, `bad-${tag}-ready`);

      if (c.customers !== undefined) expect(await customerCount(page)).toBe(c.customers);
      await openTab(page, 'report');
      await page.getByTestId('import-report').waitFor({ state: 'visible' });
      await screenshot(page, `bad-${tag}-report`);
      const rowsRead = await countOf(page, 'rows-read');
      const rowsUsed = await countOf(page, 'rows-used');
      if (c.rowsUsed !== undefined) expect(rowsUsed, 'rows used').toBe(c.rowsUsed);
      for (const [reason, want] of Object.entries(c.dropped ?? {})) {
        const got = await countOf(page, `dropped-${reason}`);
        if (Array.isArray(want)) {
          expect(got, reason).toBeGreaterThanOrEqual(want[0]);
          expect(got, reason).toBeLessThanOrEqual(want[1]);
        } else expect(got, reason).toBe(want);
      }
      // every row read is either used or dropped with a reason
      const droppedCells = page.locator('[data-testid^="dropped-"]');
      let dropped = 0;
      for (const text of await droppedCells.allInnerTexts()) dropped += Number(text.replace(/\D/g, '') || 0);
      expect(rowsUsed + dropped, 'rows used + rows dropped = rows read').toBe(rowsRead);

      const exported = parseCsv(await downloadText(page, 'export-customers'));
      expect(exported.fields.slice(0, CUSTOMER_COLUMNS.length)).toEqual([...CUSTOMER_COLUMNS]);
      const customers = exported.rows;
      if (c.customers !== undefined) expect(customers).toHaveLength(c.customers);
      for (const [id, first, last, frequency, monetary] of c.rows ?? []) {
        const row = customers.find((candidate) => candidate.customer_id === id);
        expect(row && [row.first_order, row.last_order, row.frequency, row.monetary], id).toEqual([first, last, String(frequency), monetary]);
      }
      for (const row of customers) {
        for (const column of SCORE_COLUMNS) expect(row[column], `${row.customer_id} ${column}`).toMatch(/^\d+$/);
        expect(row.monetary, `${row.customer_id} monetary`).toMatch(/^-?\d+\.\d{2}$/);
      }
      // no exported cell may start a spreadsheet formula unless it is a plain number
      const formulas = parseCsvCells(await downloadText(page, 'export-customers'))
        .flat()
        .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?$/.test(cell));
      expect(formulas).toEqual([]);

      await c.check?.({ session, page, customers });
      await expectNoBrokenNumbers(page, tag);
      expect(session.dialogs, 'dialogs opened by the page').toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await screenshot(page, `bad-${tag}-final`).catch(() => undefined);
      await session.close();
    }
  });
});

describe('bad inputs that cannot be imported: a clear error, the previous data stays', () => {
  afterAll(closeBrowser);

  it.each(errorCases)('$name', async (c) => {
    const session = await openApp('/');
    const { page } = session;
    try {
      await importFile(page, BASELINE);
      expect(await customerCount(page)).toBe(BASELINE_CUSTOMERS);

      const state = await uploadFile(page, c.file);
      await screenshot(page, `bad-${c.name}-error`);
      if (state === 'mapping' && c.mayImport) {
        // read as what it really is
        await confirmImport(page);
        expect(await customerCount(page)).toBe(c.mayImport.customers);
      } else {
        expect(state).toBe('error');
        const message = await errorText(page);
        expect(message).toMatch(c.message);
        // the previous dataset is still shown and usable
        expect(await page.getByTestId('customer-count').isVisible()).toBe(true);
        expect(await customerCount(page)).toBe(BASELINE_CUSTOMERS);
        const exported = parseCsv(await downloadText(page, 'export-customers'));
        expect(exported.rows.map((row) => row.customer_id)).toEqual(['BASE1', 'BASE2', 'BASE3']);
        await openTab(page, 'rfm');
        await page.getByTestId('rfm-grid').waitFor({ state: 'visible' });
        await screenshot(page, `bad-${c.name}-previous-data`);
      }
      expect(session.dialogs).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
