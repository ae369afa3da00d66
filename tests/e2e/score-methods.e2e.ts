// Score methods in the built app on rfm_data_orders.csv: the R rfm-compatible mode shows the package's cut points
// (../shared/reference/README.md) and its segment counts under our default rules; fixed cut points typed by hand
// give bin sizes counted here straight from the raw file.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, countOf, importFile, numberOf, openApp, openTab, pageText, screenshot, settle, shared } from './harness';
import { customersOf, readRfmOrders } from './reference/raw-orders';
import { fixedCutScores, scoreSizes } from './reference/rfm-reference';

async function segmentCustomers(page: Page, segment: string): Promise<number> {
  const row = page.locator('[data-testid=segment-summary] tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${segment}$`) }) });
  return numberOf(await row.locator('td').first().innerText());
}

describe('score methods on rfm_data_orders.csv', () => {
  afterAll(closeBrowser);

  it('reproduces the R rfm package, then scores with typed cut points', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'rfm_data_orders.csv'));
    // The package's analysis date; the last order is 2006-12-30, so it is also the default as-of day.
    const asOf = page.getByTestId('as-of-date');
    await asOf.fill('2006-12-31');
    await asOf.dispatchEvent('change');
    await settle(page);
    expect(await asOf.inputValue()).toBe('2006-12-31');

    await openTab(page, 'distributions');
    await page.getByTestId('score-method-r-rfm').check();
    await page.locator('[data-testid=cuts-monetary]', { hasText: '255.8' }).waitFor();
    await settle(page);
    expect(await page.getByTestId('cuts-recency').innerText()).toContain('115, 181, 297.4, 482');
    expect(await page.getByTestId('cuts-frequency').innerText()).toContain('4, 5, 6, 8');
    expect(await page.getByTestId('cuts-monetary').innerText()).toContain('255.8, 382, 506.4, 666');
    expect(await page.locator('[data-testid=distributions] [data-testid=cut-line]').count()).toBe(12);
    await screenshot(page, 'score-methods-01-r-rfm');

    await openTab(page, 'segments');
    expect(await segmentCustomers(page, 'Champions')).toBe(35);
    expect(await segmentCustomers(page, 'Lost')).toBe(148);

    await openTab(page, 'distributions');
    await page.getByTestId('score-method-fixed').check();
    const cuts = [2, 3, 5, 10];
    for (const [index, cut] of cuts.entries()) await page.getByTestId(`cut-frequency-${index + 1}`).fill(String(cut));
    await page.locator('[data-testid=cuts-frequency]', { hasText: '2, 3, 5, 10' }).waitFor();
    await settle(page);
    // Orders per customer in the raw file (no order id, so one row is one order), binned at the typed cuts.
    const expected = scoreSizes(fixedCutScores(customersOf(readRfmOrders()).map((customer) => customer.orders), cuts, true));
    const shown = [];
    for (const score of [1, 2, 3, 4, 5]) shown.push(await countOf(page, `bin-size-frequency-${score}`));
    expect(shown).toEqual(expected);
    expect(shown.reduce((sum, count) => sum + count, 0)).toBe(995);

    // Cut points that do not rise are refused in words, and the scores keep the last valid ones.
    await page.getByTestId('cut-frequency-2').fill('1');
    await page.getByTestId('cut-problem-frequency').waitFor();
    expect(await page.getByTestId('cuts-frequency').innerText()).toContain('2, 3, 5, 10');
    await screenshot(page, 'score-methods-02-fixed');
    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
