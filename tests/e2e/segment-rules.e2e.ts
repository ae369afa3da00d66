// The segment rule editor and linter in the built app on CDNOW: the R package's test rule set applied from the
// preset picker, its three unreachable rules named in the findings, the score cube's cells against customers.csv
// (counted here by rfm_cell, not by the app's code), and a range edit moving customers between segments.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, downloadText, importFile, numberOf, openApp, openTab, parseCsv, screenshot, settle, shared } from './harness';

const CELLS = [1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].flatMap((f) => [1, 2, 3, 4, 5].map((m) => `${r}${f}${m}`)));

/** Customers and winning segment of every cube cell, as the cube shows them, keyed "rfm" ("545"). */
async function cubeCells(page: Page): Promise<Map<string, { customers: number; segment: string }>> {
  const cells = await page.locator('[data-testid^=cube-cell-]').evaluateAll((buttons) =>
    buttons.map((button) => [button.getAttribute('data-testid')!.slice('cube-cell-'.length), Number(button.getAttribute('data-customers')), button.getAttribute('data-segment')!] as const),
  );
  return new Map(cells.map(([cell, customers, segment]) => [cell, { customers, segment }]));
}

/** The customers count in the segment summary's row for `segment`. */
async function summaryCount(page: Page, segment: string): Promise<number> {
  const row = page.locator('[data-testid=segment-summary] tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${segment}$`) }) });
  return numberOf(await row.locator('td').first().innerText());
}

const sumWhere = (cells: Map<string, { customers: number; segment: string }>, keep: (cell: string, segment: string) => boolean) =>
  [...cells].reduce((sum, [cell, { customers, segment }]) => sum + (keep(cell, segment) ? customers : 0), 0);

describe('segment rules on CDNOW', () => {
  afterAll(closeBrowser);

  it('lints the package test set, matches the export cell by cell and follows a range edit', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'cdnow_master.csv'));
    await openTab(page, 'segments');
    await page.getByTestId('rules-preset').selectOption('rfm_test_set');
    await settle(page);
    await screenshot(page, 'segment-rules-01-test-set');

    // The three rules the reference gives 0 customers, each named as never matching.
    const shadowed = await page.locator('[data-testid=finding][data-kind=shadowed]').allInnerTexts();
    expect(shadowed).toHaveLength(3);
    for (const [index, name] of ['New Customers', 'Promising', "Can't Lose Them"].entries()) {
      expect(shadowed[index]).toContain(`${name} never matches`);
      expect(await summaryCount(page, name)).toBe(0);
    }
    expect(await page.locator('[data-testid=finding][data-kind=gaps]').innerText()).toContain('36 cells fall to Others');

    // Every customer sits in exactly one cell.
    const cells = await cubeCells(page);
    expect(cells.size).toBe(125);
    expect(sumWhere(cells, () => true)).toBe(23_570);
    expect(Number(await page.getByTestId('cube-total').getAttribute('data-customers'))).toBe(23_570);

    // Each cell against customers.csv: its count, and the segment the export gives its customers.
    const exported = parseCsv(await downloadText(page, 'export-customers')).rows;
    expect(exported).toHaveLength(23_570);
    const byCell = new Map<string, number>();
    for (const row of exported) {
      byCell.set(row.rfm_cell, (byCell.get(row.rfm_cell) ?? 0) + 1);
      expect(row.segment).toBe(cells.get(row.rfm_cell)!.segment);
    }
    for (const cell of CELLS) expect([cell, cells.get(cell)!.customers]).toEqual([cell, byCell.get(cell) ?? 0]);
    expect(cells.get('555')!.customers).toBeGreaterThan(0);

    // The summary agrees with the cube before the edit.
    const championsBefore = await summaryCount(page, 'Champions');
    const loyalBefore = await summaryCount(page, 'Loyal Customers');
    expect(championsBefore).toBe(sumWhere(cells, (_, segment) => segment === 'Champions'));
    expect(loyalBefore).toBe(sumWhere(cells, (_, segment) => segment === 'Loyal Customers'));

    // Champions R 4–5 → 5–5: its R4 cells (F4–5, M4–5) go to the next matching rule, Loyal Customers.
    const moved = sumWhere(cells, (cell) => cell[0] === '4' && cell[1] >= '4' && cell[2] >= '4');
    expect(moved).toBeGreaterThan(0);
    await page.getByTestId('rule-r-low-0').selectOption('5');
    await settle(page);
    await screenshot(page, 'segment-rules-02-champions-r5');
    expect(await summaryCount(page, 'Champions')).toBe(championsBefore - moved);
    expect(await summaryCount(page, 'Loyal Customers')).toBe(loyalBefore + moved);
    expect((await page.getByTestId('cube-cell-455').getAttribute('data-segment'))).toBe('Loyal Customers');
    expect(await page.getByTestId('rules-preset').inputValue()).toBe('');

    // Reset brings the preset back, and its counts.
    await page.getByTestId('rules-reset').click();
    await settle(page);
    expect(await summaryCount(page, 'Champions')).toBe(championsBefore);
    expect(session.consoleErrors).toEqual([]);
  });
});
