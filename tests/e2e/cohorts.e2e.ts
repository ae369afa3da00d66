// The Cohorts & trends tab in the built app on CDNOW: monthly cohort numbers against a count made here from
// the raw file, the period switch, the CSV export, and the per-segment trends chart.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, downloadText, importFile, numberOf, openApp, openTab, parseCsv, screenshot, settle, shared } from './harness';
import { monthOf, readCdnow } from './reference/raw-orders';

const CDNOW = shared('datasets', 'cdnow_master.csv');

/** January 1997 cohort by hand: customers whose first order is in 1997-01, and those of them ordering in 1997-02. */
function januaryCohort(): { size: number; february: number } {
  const firstMonth = new Map<string, string>();
  const months = new Map<string, Set<string>>();
  for (const order of readCdnow()) {
    const month = monthOf(order.day);
    if (!firstMonth.has(order.customerId) || month < firstMonth.get(order.customerId)!) firstMonth.set(order.customerId, month);
    if (!months.has(order.customerId)) months.set(order.customerId, new Set());
    months.get(order.customerId)!.add(month);
  }
  const january = [...firstMonth].filter(([, month]) => month === '1997-01').map(([id]) => id);
  return { size: january.length, february: january.filter((id) => months.get(id)!.has('1997-02')).length };
}

/** Waits until a wrapper with this data-testid reports ready (or failed) and returns the status. */
async function settled(page: Page, testId: string, timeout = 60_000): Promise<string> {
  await page.locator(`[data-testid=${testId}][data-status=ready], [data-testid=${testId}][data-status=failed]`).waitFor({ state: 'attached', timeout });
  await settle(page);
  return (await page.getByTestId(testId).getAttribute('data-status')) ?? '';
}

const cell = (page: Page, cohort: string, offset: number) => page.locator(`[data-testid=cohort-heatmap] [data-cohort="${cohort}"][data-offset="${offset}"]`);
const cellCount = (page: Page) => page.locator('[data-testid=cohort-heatmap] [data-offset]').count();

describe('Cohorts & trends tab', () => {
  afterAll(closeBrowser);

  it('shows CDNOW monthly cohorts matching the raw file, switches period and exports the matrix', async () => {
    const expected = januaryCohort();
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, CDNOW);
    await openTab(page, 'cohorts');
    expect(await settled(page, 'cohorts')).toBe('ready');
    expect(await page.getByTestId('cohort-period').inputValue()).toBe('month');

    // January 1997: the size column and offset 0 are the cohort size; offset 1 counts February buyers.
    expect(numberOf((await page.locator('[data-testid=cohort-size][data-cohort="1997-01-01"]').textContent()) ?? '')).toBe(expected.size);
    expect(Number(await cell(page, '1997-01-01', 0).getAttribute('data-customers'))).toBe(expected.size);
    expect(Number(await cell(page, '1997-01-01', 1).getAttribute('data-customers'))).toBe(expected.february);
    expect(Number(await cell(page, '1997-01-01', 1).getAttribute('data-share'))).toBeCloseTo(expected.february / expected.size, 12);
    // Three monthly cohorts observed through June 1998: 18 + 17 + 16 cells; later cells are blank, not 0 %.
    expect(await cellCount(page)).toBe(51);
    expect(await cell(page, '1997-03-01', 16).count()).toBe(0);
    await page.getByTestId('cohort-curve').waitFor({ state: 'visible' });
    await screenshot(page, 'cohorts-01-month');

    // Export: shares as fractions; then customer counts.
    const shares = parseCsv(await downloadText(page, 'cohort-export'));
    expect(shares.fields.slice(0, 4)).toEqual(['cohort', 'size', 'month_0', 'month_1']);
    const januaryShares = shares.rows.find((row) => row.cohort === '1997-01-01')!;
    expect(Number(januaryShares.size)).toBe(expected.size);
    expect(januaryShares.month_1).toBe((expected.february / expected.size).toFixed(4));
    expect(shares.rows.find((row) => row.cohort === '1997-03-01')!.month_17).toBe('');
    await page.getByTestId('cohort-measure-customers').check();
    await settle(page);
    const counts = parseCsv(await downloadText(page, 'cohort-export'));
    expect(Number(counts.rows.find((row) => row.cohort === '1997-01-01')!.month_1)).toBe(expected.february);

    // Quarters: one cohort (1997 Q1) with six observed quarters.
    await page.getByTestId('cohort-period').selectOption('quarter');
    // The monthly grid stays while the quarters load; it is gone once the February cohort row is.
    await page.locator('[data-testid=cohort-heatmap] [data-cohort="1997-02-01"]').first().waitFor({ state: 'detached' });
    expect(await settled(page, 'cohorts')).toBe('ready');
    expect(await cellCount(page)).toBe(6);
    expect(Number(await cell(page, '1997-01-01', 0).getAttribute('data-customers'))).toBe(23_570);
    await screenshot(page, 'cohorts-02-quarter');

    // Trends: the chart draws and the measure can change.
    expect(await settled(page, 'trends')).toBe('ready');
    await page.getByTestId('trends-chart').scrollIntoViewIfNeeded();
    await page.getByTestId('trends-metric').selectOption('revenueCents');
    await settle(page);
    expect(await page.locator('[data-testid=trends-chart] path').count()).toBeGreaterThan(1);
    await screenshot(page, 'cohorts-03-trends');

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
