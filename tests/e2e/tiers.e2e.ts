// The Value tiers tab in the built app on CDNOW (as of 1998-07-01, the day after the last order): the default
// Diamond / Gold / Silver counts and an edited "Value levels: annual spend" threshold against plain loops over
// the raw file written here (not the app's code), a rejected input, a key-needs text and the CSV export.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, importFile, openApp, openTab, pageText, parseCsv, screenshot, settle, shared } from './harness';
import { dayOfCompact, readCdnow, trailingYearCents } from './reference/raw-orders';

const AS_OF_DAY = dayOfCompact('19980701');

/**
 * The rank rule as TIERS.md defines it: the top floor(share × n) customers by value, n = customers with a
 * known value, ties at the cut to the smaller id; the Diamond rule also asks for spend > 0.
 */
function diamondCount(spend: Map<string, number>, topShare = 0.05): number {
  const ranked = [...spend].sort(([idA, centsA], [idB, centsB]) => centsB - centsA || (idA < idB ? -1 : idA > idB ? 1 : 0));
  const top = ranked.slice(0, Math.floor(topShare * ranked.length + 1e-9));
  return top.filter(([, cents]) => cents > 0).length;
}

const tierRule = (page: Page, tier: string, count?: number) =>
  page.locator(`[data-testid=tier-rule][data-tier="${tier}"]${count === undefined ? '' : `[data-count="${count}"]`}`);

async function waitForScheme(page: Page, schemeId: string): Promise<void> {
  await page.locator(`[data-testid=tiers][data-scheme=${schemeId}][data-status=ready]`).waitFor({ timeout: 120_000 });
  await settle(page);
}

describe('value tiers tab on CDNOW', () => {
  afterAll(closeBrowser);

  it('counts tiers as the rules define them, follows a threshold edit and exports the analysis with key needs', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'cdnow_master.csv'));
    await openTab(page, 'tiers');
    await waitForScheme(page, 'service_levels');

    const spend = trailingYearCents(readCdnow(), AS_OF_DAY);
    const diamond = diamondCount(spend);
    const high = [...spend.values()].filter((cents) => cents >= 100 * 100).length;
    // The numbers at the time of writing, so a change in the loops above cannot hide a change in both.
    expect({ customers: spend.size, diamond, high }).toEqual({ customers: 23_570, diamond: 1_178, high: 2_883 });

    // Default scheme: Diamond / Gold / Silver, top 5 % of trailing-year spend.
    await tierRule(page, 'Diamond', diamond).waitFor();
    expect(await page.locator('[data-testid=tier-summary-row][data-tier=Diamond]').getAttribute('data-customers')).toBe(String(diamond));
    expect(await page.locator('[data-testid=tier-rule]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tier')))).toEqual(['Diamond', 'Gold', 'Silver']);
    await screenshot(page, 'tiers-01-service-levels');

    // The cross-tab (tier × RFM segment by default) holds every customer once, and Diamond's row sums to its count.
    const cellValues = (selector: string) => page.locator(selector).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
    const allCells = await cellValues('[data-testid=crosstab-cell]');
    expect(allCells.reduce((sum, count) => sum + count, 0)).toBe(spend.size);
    const diamondCells = await cellValues('[data-testid=crosstab-cell][data-row=Diamond]');
    expect(diamondCells.reduce((sum, count) => sum + count, 0)).toBe(diamond);

    // Value levels by annual spend, High from 100 in currency units (stored as 10,000 cents).
    await page.getByTestId('tiers-scheme').selectOption({ label: 'Value levels: annual spend' });
    await waitForScheme(page, 'value_levels_spend');
    const highValue = tierRule(page, 'High').locator('[data-testid=tier-value][data-condition="0"][data-bound=value]');
    expect(await highValue.inputValue()).toBe('10000');
    await highValue.fill('100');
    await tierRule(page, 'High', high).waitFor();
    await page.locator(`[data-testid=tier-summary-row][data-tier=High][data-customers="${high}"]`).waitFor();

    // An empty bound is not written: the counts stay, the field is marked, leaving it restores the value in use.
    const midLow = tierRule(page, 'Mid').locator('[data-testid=tier-value][data-bound=low]');
    await midLow.fill('');
    expect(await midLow.getAttribute('aria-invalid')).toBe('true');
    await settle(page);
    expect(await tierRule(page, 'High').getAttribute('data-count')).toBe(String(high));
    await midLow.blur();
    expect(await midLow.inputValue()).toBe('3000');

    // Key needs typed into the table travel with the export.
    const keyNeeds = 'Personal account manager, early access';
    await page.locator('[data-testid=tier-summary-row][data-tier=High] [data-testid=tier-key-needs]').fill(keyNeeds);
    await screenshot(page, 'tiers-02-value-levels-edited');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tier-summary-actions').getByTestId('table-export-csv').click()]);
    expect(download.suggestedFilename()).toBe('tiers-value_levels_spend.csv');
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv.fields).toEqual(['tier', 'customers', 'customer_share', 'revenue', 'revenue_share', 'average_spend', 'tags', 'key_needs']);
    expect(csv.rows.map((row) => row.tier)).toEqual(['High', 'Mid', 'Low', 'No data']);
    const highRow = csv.rows.find((row) => row.tier === 'High')!;
    expect(highRow).toMatchObject({ customers: String(high), key_needs: keyNeeds });
    expect(Number(highRow.customer_share)).toBeCloseTo(high / spend.size, 4);

    // Reset brings the preset's threshold (and empty key needs) back.
    await page.getByTestId('tiers-reset').click();
    await waitForScheme(page, 'value_levels_spend');
    expect(await highValue.inputValue()).toBe('10000');
    expect(await page.locator('[data-testid=tier-summary-row][data-tier=High] [data-testid=tier-key-needs]').inputValue()).toBe('');

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
