// The Health & concentration tab on CDNOW: the top-20 % share and the Gini against a plain loop over the raw file
// written here (not the app's code), band counts that always cover every customer, a weight edit that
// re-normalises the applied weights, a rejected band threshold, and both CSV exports.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, downloadText, importFile, openApp, openTab, pageText, parseCsv, screenshot, settle, shared } from './harness';
import { customersOf, readCdnow } from './reference/raw-orders';

const CUSTOMERS = 23_570;
const BANDS = ['healthy', 'watch', 'at_risk', 'unscored'] as const;

/** Share of all money from the top ⌈fraction × n⌉ customers, and the Gini Σ (2i − n − 1) xᵢ / (n Σ x) over x ascending. */
function expectedConcentration(money: number[]) {
  const ascending = [...money].sort((a, b) => a - b);
  const n = ascending.length;
  const total = ascending.reduce((sum, cents) => sum + cents, 0);
  const top = ascending.slice(n - Math.ceil(0.2 * n)).reduce((sum, cents) => sum + cents, 0);
  const weighted = ascending.reduce((sum, cents, index) => sum + (2 * (index + 1) - n - 1) * cents, 0);
  return { customers: n, top20: top / total, gini: weighted / (n * total) };
}

async function attribute(page: Page, testId: string, name: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute(name));
}

async function bandCounts(page: Page): Promise<Record<(typeof BANDS)[number], number>> {
  const counts = {} as Record<(typeof BANDS)[number], number>;
  for (const band of BANDS) counts[band] = await attribute(page, `health-band-${band}`, 'data-count');
  return counts;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

async function waitForHealth(page: Page): Promise<void> {
  await page.locator('[data-testid=health][data-status=ready]').waitFor({ timeout: 120_000 });
  await settle(page);
}

describe('health & concentration tab on CDNOW', () => {
  afterAll(closeBrowser);

  it('shows concentration as the raw file gives it, and health bands that follow the weights', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'cdnow_master.csv'));
    await openTab(page, 'health');
    await waitForHealth(page);
    await screenshot(page, 'health-01-cdnow');

    const expected = expectedConcentration(customersOf(readCdnow()).map((customer) => customer.netCents));
    expect(expected.customers).toBe(CUSTOMERS);
    expect(Math.abs((await attribute(page, 'concentration-top-20', 'data-share')) - expected.top20)).toBeLessThan(1e-9);
    expect(Math.abs((await attribute(page, 'concentration-gini', 'data-gini')) - expected.gini)).toBeLessThan(1e-9);
    expect(await page.getByTestId('concentration-top-20').innerText()).toContain(`${(expected.top20 * 100).toFixed(1)}%`);
    for (const percent of [1, 5, 10]) {
      const share = await attribute(page, `concentration-top-${percent}`, 'data-share');
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(expected.top20);
    }
    await page.getByTestId('lorenz-curve').waitFor();
    const tierRows = page.getByTestId('concentration-tier-row');
    expect(await tierRows.count()).toBeGreaterThan(0);

    // The 20 % point of the Lorenz curve reads its share on keyboard focus.
    await page.locator('[data-testid=lorenz-curve] button.mark-focus').focus();
    await page.locator('[data-testid=lorenz-curve] [role=tooltip]', { hasText: `${(expected.top20 * 100).toFixed(1)}%` }).waitFor({ state: 'visible' });

    const before = await bandCounts(page);
    expect(sum(before)).toBe(CUSTOMERS);
    for (const component of ['recency', 'frequency', 'trend']) {
      expect(await attribute(page, `health-applied-${component}`, 'data-weight')).toBeCloseTo(1 / 3, 12);
    }
    expect(await page.getByTestId('health-weights-reset').isDisabled()).toBe(true);

    // Frequency weighted 0: recency and trend share the index half and half, and the bands still cover everyone.
    await page.getByTestId('health-weight-frequency').fill('0');
    await page.locator('[data-testid=health-applied-frequency][data-weight="0"]').waitFor();
    await waitForHealth(page);
    expect(await attribute(page, 'health-applied-recency', 'data-weight')).toBe(0.5);
    expect(await attribute(page, 'health-applied-trend', 'data-weight')).toBe(0.5);
    const after = await bandCounts(page);
    expect(sum(after)).toBe(CUSTOMERS);
    expect(after).not.toEqual(before);
    await screenshot(page, 'health-02-no-frequency');

    // A watch threshold above the healthy one is refused and changes nothing.
    await page.getByTestId('health-watch-from').fill('80');
    await page.getByTestId('health-thresholds-invalid').waitFor();
    await settle(page);
    expect(await bandCounts(page)).toEqual(after);

    // The exports: concentration of all customers and per tier, and the band counts with the applied weights.
    const concentration = parseCsv(await downloadText(page, 'concentration-export'));
    expect(concentration.fields).toEqual(['scope', 'tier', 'customers', 'revenue', 'revenue_share', 'top_1pct_share', 'top_5pct_share', 'top_10pct_share', 'top_20pct_share', 'gini']);
    const [all, ...tiers] = concentration.rows;
    expect(all).toMatchObject({ scope: 'all', customers: String(CUSTOMERS), top_20pct_share: expected.top20.toFixed(6), gini: expected.gini.toFixed(6) });
    expect(tiers.map((row) => row.tier)).toEqual(await tierRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tier'))));
    expect(tiers.reduce((total, row) => total + Number(row.customers), 0)).toBe(CUSTOMERS);

    const health = parseCsv(await downloadText(page, 'health-export'));
    expect(health.fields).toEqual(['band', 'index_from', 'index_to', 'customers', 'share', 'weight_recency', 'weight_trend']);
    expect(Object.fromEntries(health.rows.map((row) => [row.band, Number(row.customers)]))).toEqual(after);
    expect(health.rows.every((row) => row.weight_recency === '0.500000' && row.weight_trend === '0.500000')).toBe(true);

    // Back to equal weights.
    await page.getByTestId('health-weights-reset').click();
    await page.locator('[data-testid=health-applied-frequency]:not([data-weight="0"])').waitFor();
    await waitForHealth(page);
    expect(await bandCounts(page)).toEqual(before);

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
