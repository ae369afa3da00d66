// The Lifecycle tab in the built app: CDNOW moved to 1997-12-31, funnel and stage counts against a plain loop
// over the raw file written here (not the app's code), a rule edit, the slider and the export's lifecycle columns.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, countOf, downloadText, importFile, openApp, openTab, pageText, parseCsv, screenshot, settle, shared } from './harness';
import { isChurnWarning, isChurned } from './reference/lifecycle-reference';
import { customersOf, dayOfCompact, readCdnow } from './reference/raw-orders';
import { tieSharingScores } from './reference/rfm-reference';

/** The funnel and two stage counts as of `asOfDay`, straight from their definitions. */
function expectedAsOf(asOfDay: number, churnedAfterDays = 365) {
  const customers = customersOf(readCdnow(), asOfDay);
  const churned = customers.map((customer) => isChurned(customer, asOfDay, churnedAfterDays));
  const warning = customers.map((customer) => isChurnWarning(customer, asOfDay, churnedAfterDays));
  // High value: monetary score 5 (tie-sharing), among customers with two orders or more.
  const topScore = tieSharingScores(customers.map((customer) => customer.netCents), true).map((score) => score === 5);
  const repeat = customers.flatMap((customer, index) => (customer.orders >= 2 ? [index] : []));
  const highValue = repeat.filter((index) => topScore[index]);
  return {
    acquired: customers.length,
    activated: customers.length,
    repeat: repeat.length,
    highValue: highValue.length,
    stillActive: highValue.filter((index) => !churned[index] && !warning[index]).length,
    churned: churned.filter(Boolean).length,
    warning: warning.filter(Boolean).length,
  };
}

async function waitForLifecycle(page: Page, isoDate: string): Promise<void> {
  await page.locator(`[data-testid=lifecycle][data-status=ready]`, { hasText: `as of ${isoDate}` }).waitFor({ timeout: 120_000 });
  await settle(page);
}

async function setAsOf(page: Page, isoDate: string): Promise<void> {
  const input = page.getByTestId('as-of-date');
  await input.fill(isoDate);
  await input.dispatchEvent('change');
}

describe('lifecycle tab on CDNOW', () => {
  afterAll(closeBrowser);

  it('shows the funnel and stages as of 1997-12-31 exactly as the definitions give them', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('datasets', 'cdnow_master.csv'));
    await openTab(page, 'lifecycle');
    await waitForLifecycle(page, '1998-07-01');

    await setAsOf(page, '1997-12-31');
    await waitForLifecycle(page, '1997-12-31');
    await screenshot(page, 'lifecycle-01-1997-12-31');
    const expected = expectedAsOf(dayOfCompact('19971231'));
    expect({
      acquired: await countOf(page, 'funnel-acquired'),
      activated: await countOf(page, 'funnel-activated'),
      repeat: await countOf(page, 'funnel-repeat'),
      highValue: await countOf(page, 'funnel-high_value'),
      stillActive: await countOf(page, 'funnel-still_active'),
      churned: await countOf(page, 'stage-churned'),
      warning: await countOf(page, 'stage-churn_warning'),
    }).toEqual(expected);
    // The numbers of the example, so a change in the loop above cannot hide a change in both.
    expect(expected).toMatchObject({ acquired: 23_570, repeat: 10_644, highValue: 4_434, stillActive: 2_883 });
    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);

    // A rule edit recomputes in place: churned after 180 days.
    await page.getByTestId('rule-churnedAfterDays').fill('180');
    await page.locator('[data-testid=stage-churned]', { hasText: wholeNumber(expectedAsOf(dayOfCompact('19971231'), 180).churned) }).waitFor();
    await screenshot(page, 'lifecycle-02-churned-180');
    await page.getByTestId('rules-reset').click();
    await page.locator('[data-testid=stage-churned]', { hasText: wholeNumber(expected.churned) }).waitFor();

    // The export carries the stage of every customer: its counts are the chart's.
    const csv = parseCsv(await downloadText(page, 'export-customers', 180_000));
    const stageColumn = csv.fields.indexOf('lifecycle_stage');
    expect(csv.fields.slice(stageColumn - 1, stageColumn + 2)).toEqual(['override_rule', 'lifecycle_stage', 'days_since_last_order_vs_usual']);
    expect(csv.rows.filter((row) => row.lifecycle_stage === 'churn_warning').length).toBe(expected.warning);
    expect(csv.rows.filter((row) => row.lifecycle_stage === 'churned').length).toBe(expected.churned);
    const oneOrder = csv.rows.find((row) => row.frequency === '1')!;
    expect(oneOrder.days_since_last_order_vs_usual).toBe('');

    // The slider moves the as-of date a day per arrow key.
    await page.getByTestId('as-of-slider').focus();
    await page.keyboard.press('ArrowRight');
    await waitForLifecycle(page, '1998-01-01');
    expect(await page.getByTestId('as-of-date').inputValue()).toBe('1998-01-01');

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 600_000);
});

/** Matches the number as a whole (so 7,220 does not match inside 17,220). */
function wholeNumber(value: number): RegExp {
  return new RegExp(`(?<![\\d,.])${value.toLocaleString('en')}(?![\\d,.])`);
}
