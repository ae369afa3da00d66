// The customer profile in the built app on CDNOW: opened from the customer table (click and Enter) and from the
// churn-warning list; its segment, stage, tier and health against the customers.csv row, its order rows against the raw file.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, downloadText, importFile, openApp, openTab, parseCsv, screenshot, settle, shared } from './harness';
import { readCdnow } from './reference/raw-orders';

/** Rows per customer in cdnow_master.csv (one row = one order, no returns). */
const rawRowCount = (id: string): number => readCdnow().filter((order) => order.customerId === id).length;

const profile = (page: Page) => page.getByTestId('customer-profile');
const isOpen = (page: Page) => profile(page).evaluate((dialog) => (dialog as HTMLDialogElement).open);

/** Waits for the open profile of `id` with its order rows loaded. */
async function profileOf(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid=customer-profile][data-customer="${id}"]`).waitFor({ state: 'visible' });
  await page.locator('[data-testid=profile-timeline][data-status=ready]').waitFor({ state: 'visible', timeout: 30_000 });
  await settle(page);
}

describe('customer profile', () => {
  afterAll(closeBrowser);

  it('shows one customer as the export has them, with their order rows, and closes on Escape', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'cdnow_master.csv'));
    await openTab(page, 'customers');
    // The export runs clustering first, so the profile has a cluster to show too.
    const { rows } = parseCsv(await downloadText(page, 'export-customers', 300_000));
    const expected = rows.find((row) => row.customer_id === '00001')!;
    expect(expected).toBeDefined();

    await page.getByTestId('customer-search').fill('00001');
    await settle(page);
    await page.locator('[data-testid=customer-table] tbody tr[aria-rowindex="2"]').click();
    await profileOf(page, '00001');
    expect(await isOpen(page)).toBe(true);
    expect(await page.getByTestId('profile-segment').innerText()).toBe(expected.segment);
    expect(await page.getByTestId('profile-stage').getAttribute('data-stage')).toBe(expected.lifecycle_stage);
    expect(await page.getByTestId('profile-tier').getAttribute('data-tier')).toBe(expected.tier);
    expect(await page.getByTestId('profile-health').getAttribute('data-health')).toBe(expected.health_index);
    expect(await page.getByTestId('profile-cluster').innerText()).toContain(expected.cluster_name);
    expect(await page.getByTestId('profile-cluster').innerText()).toContain(expected.segment_final);
    expect(Number(await page.getByTestId('profile-timeline').getAttribute('data-orders'))).toBe(rawRowCount('00001'));
    expect(await page.locator('[data-testid=profile-radar] svg path').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('profile-override').isVisible()).toBe(true);
    expect(await profile(page).innerText()).not.toMatch(/\bNaN\b|\bundefined\b|profile\.\w/);
    await screenshot(page, 'profile-01-00001');

    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await profile(page).getAttribute('data-customer')).toBe('');

    // Keyboard: Enter in the search box opens the first customer shown; the close button closes.
    await page.getByTestId('customer-search').fill('00003');
    await page.getByTestId('customer-search').press('Enter');
    await profileOf(page, '00003');
    expect(Number(await page.getByTestId('profile-timeline').getAttribute('data-orders'))).toBe(rawRowCount('00003'));
    await page.getByTestId('profile-close').click();
    await expect.poll(() => isOpen(page)).toBe(false);

    // From the churn-warning list: the first (most valuable) customer in warning.
    await openTab(page, 'warnings');
    await page.locator('[data-testid=warnings] tbody tr[aria-rowindex="2"]').waitFor({ state: 'visible', timeout: 60_000 });
    const firstId = (await page.locator('[data-testid=warnings] tbody tr[aria-rowindex="2"] td').first().innerText()).trim();
    await page.locator('[data-testid=warnings] tbody tr[aria-rowindex="2"]').click();
    await profileOf(page, firstId);
    expect(await page.getByTestId('profile-stage').getAttribute('data-stage')).toBe('churn_warning');
    expect(Number(await page.getByTestId('profile-timeline').getAttribute('data-orders'))).toBe(rawRowCount(firstId));
    await screenshot(page, 'profile-02-warning');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});
