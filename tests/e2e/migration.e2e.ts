// The Migration tab on CDNOW in the built app: 1997-09-30 → 1998-06-30 by RFM segment and by lifecycle stage,
// checked against the customers counted straight from the raw file; a cell's customer list and its CSV; a date
// before any order gives a message and keeps the matrix.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, confirmImport, customerCount, downloadText, numberOf, openApp, openTab, pageText, parseCsv, screenshot, settle, shared, uploadFile } from './harness';
import { customersOf, dayOfIso, readCdnow } from './reference/raw-orders';

const FROM = '1997-09-30';
const TO = '1998-06-30';
const STAGE_KEYS = ['repeat', 'converted', 'new', 'retained', 'won_back', 'churn_warning', 'churned'];

/** Customers with an order on or before `date` (YYYY-MM-DD), counted from the raw file (which has no returns). */
const customersBy = (date: string): number => customersOf(readCdnow(), dayOfIso(date)).length;

/** Waits until the view shows the results for `from` → `to`, or has failed. */
async function migrationDone(page: Page, from: string, to: string): Promise<string> {
  const view = `[data-testid=migration]`;
  await page.locator(`${view}[data-status=ready][data-shown-from="${from}"][data-shown-to="${to}"], ${view}[data-status=failed]`).waitFor({ state: 'attached', timeout: 180_000 });
  await settle(page);
  return (await page.getByTestId('migration').getAttribute('data-status')) ?? '';
}

interface Cell {
  from: string;
  to: string;
  count: number;
}

async function matrixCells(page: Page): Promise<Cell[]> {
  return Promise.all(
    (await page.getByTestId('migration-cell').all()).map(async (cell) => ({
      from: (await cell.getAttribute('data-from')) ?? '',
      to: (await cell.getAttribute('data-to')) ?? '',
      count: Number(await cell.getAttribute('data-count')),
    })),
  );
}

async function total(page: Page, name: 'upgraded' | 'downgraded' | 'stayed' | 'new' | 'gone'): Promise<number> {
  return numberOf(await page.getByTestId(`migration-${name}`).innerText());
}

const sumOf = (cells: Cell[]) => cells.reduce((sum, cell) => sum + cell.count, 0);

describe('Migration tab', () => {
  afterAll(closeBrowser);

  it('moves CDNOW customers between 1997-09-30 and 1998-06-30 by segment and by stage', async () => {
    const expected = customersBy(FROM);
    expect(expected).toBe(23_570);
    const session = await openApp('/');
    const { page } = session;
    expect(await uploadFile(page, shared('datasets', 'cdnow_master.csv'))).toBe('mapping');
    await confirmImport(page);
    expect(await customerCount(page)).toBe(23_570);

    // The first open runs with the defaults: the as-of date (the day after the last order) and 91 days before.
    await openTab(page, 'migration');
    expect(await migrationDone(page, '1998-04-01', '1998-07-01')).toBe('ready');
    expect([await page.getByTestId('migration-from').inputValue(), await page.getByTestId('migration-to').inputValue()]).toEqual(['1998-04-01', '1998-07-01']);
    await screenshot(page, 'migration-01-defaults');

    await page.getByTestId('migration-from').fill(FROM);
    await page.getByTestId('migration-to').fill(TO);
    await page.getByTestId('migration-run').click();
    expect(await migrationDone(page, FROM, TO)).toBe('ready');
    const cells = await matrixCells(page);
    expect(sumOf(cells.filter((cell) => cell.from !== 'new'))).toBe(expected);
    expect((await total(page, 'upgraded')) + (await total(page, 'downgraded')) + (await total(page, 'stayed')) + (await total(page, 'gone'))).toBe(expected);
    expect(await total(page, 'new')).toBe(sumOf(cells.filter((cell) => cell.from === 'new')));
    expect(cells.some((cell) => cell.from === 'Champions')).toBe(true);
    expect(await page.locator('[data-testid=migration-sankey] path').count()).toBeGreaterThan(0);
    await screenshot(page, 'migration-02-segments');

    // A cell's customers: the list and its CSV have the cell's count, every row moved from → to.
    const cell = cells.filter((candidate) => candidate.from !== 'new' && candidate.count > 0).sort((a, b) => b.count - a.count)[1];
    const button = page.locator(`[data-testid=migration-cell][data-from="${cell.from}"][data-to="${cell.to}"]`);
    await button.click();
    const list = page.getByTestId('migration-customers');
    await list.waitFor({ state: 'visible' });
    expect(Number(await list.getAttribute('data-count'))).toBe(cell.count);
    await screenshot(page, 'migration-03-cell');
    const { fields, rows } = parseCsv(await downloadText(page, 'migration-customers-export'));
    expect(fields).toEqual(['customer_id', 'segment_then', 'segment_now', 'monetary_now']);
    expect(rows).toHaveLength(cell.count);
    expect(rows.filter((row) => row.segment_then !== cell.from || row.segment_now !== cell.to)).toEqual([]);

    // Enter on another cell selects it from the keyboard.
    const other = cells.find((candidate) => candidate.count > 0 && candidate.from !== 'new' && (candidate.from !== cell.from || candidate.to !== cell.to))!;
    await page.locator(`[data-testid=migration-cell][data-from="${other.from}"][data-to="${other.to}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBe(other.count);

    // The same dates by lifecycle stage: no query, the same customers.
    await page.getByTestId('migration-by').selectOption('stage');
    await expect.poll(async () => (await matrixCells(page)).every((candidate) => [...STAGE_KEYS, 'new'].includes(candidate.from))).toBe(true);
    const stageCells = await matrixCells(page);
    expect(sumOf(stageCells.filter((candidate) => candidate.from !== 'new'))).toBe(expected);
    expect((await total(page, 'upgraded')) + (await total(page, 'downgraded')) + (await total(page, 'stayed')) + (await total(page, 'gone'))).toBe(expected);
    const stageCell = stageCells.filter((candidate) => candidate.from !== 'new' && candidate.count > 0)[0];
    await page.locator(`[data-testid=migration-cell][data-from="${stageCell.from}"][data-to="${stageCell.to}"]`).click();
    await expect.poll(async () => Number(await list.getAttribute('data-count'))).toBe(stageCell.count);
    await screenshot(page, 'migration-04-stages');
    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);

    // A first date before any order: a message, and the matrix stays.
    await page.getByTestId('migration-from').fill('1996-12-01');
    await page.getByTestId('migration-run').click();
    expect(await migrationDone(page, FROM, TO)).toBe('failed');
    expect(await page.getByTestId('migration-problem').innerText()).toContain('Nobody had ordered by 1996-12-01');
    expect(sumOf((await matrixCells(page)).filter((candidate) => candidate.from !== 'new'))).toBe(expected);
    await screenshot(page, 'migration-05-before-data');

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
