// The Lifecycle tab in the built app: CDNOW moved to 1997-12-31, funnel and stage counts against a plain loop
// over the raw file written here (not the app's code), a rule edit, the slider and the export's lifecycle columns.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, countOf, downloadText, importFile, openApp, openTab, pageText, parseCsv, screenshot, settle, shared } from './harness';

const DAY_MS = 86_400_000;
const dayOf = (yyyymmdd: string) => Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) / DAY_MS;

/** Order days and amounts in cents per customer, from cdnow_master.csv (one row = one order, no returns). */
function cdnowOrders(): Map<string, { day: number; cents: number }[]> {
  const customers = new Map<string, { day: number; cents: number }[]>();
  const lines = readFileSync(shared('datasets', 'cdnow_master.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [id, date, , amount] = line.split(',');
    const orders = customers.get(id) ?? [];
    orders.push({ day: dayOf(date), cents: Math.round(Number(amount) * 100) });
    customers.set(id, orders);
  }
  return customers;
}

const median = (sorted: number[]) =>
  sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/** The funnel and two stage counts as of `asOfDay`, straight from their definitions. */
function expectedAsOf(asOfDay: number, churnedAfterDays = 365) {
  const customers = [...cdnowOrders().values()]
    .map((orders) => orders.filter((order) => order.day <= asOfDay))
    .filter((orders) => orders.length > 0)
    .map((orders) => {
      const days = [...new Set(orders.map((order) => order.day))].sort((a, b) => a - b);
      const gaps = days.slice(1).map((day, index) => day - days[index]).sort((a, b) => a - b);
      const since = asOfDay - days[days.length - 1];
      const churned = since > churnedAfterDays;
      const warning = !churned && since > (gaps.length === 0 ? 90 : Math.max(90, 2 * median(gaps)));
      return { orders: orders.length, cents: orders.reduce((sum, order) => sum + order.cents, 0), churned, warning };
    });
  // Monetary score 5 ⇔ 1 + floor(5 × customers with strictly less money / customers) = 5.
  const money = customers.map((customer) => customer.cents).sort((a, b) => a - b);
  const less = (cents: number) => money.findIndex((other) => other >= cents);
  const topScore = (cents: number) => 1 + Math.floor((5 * less(cents)) / money.length) === 5;
  const repeat = customers.filter((customer) => customer.orders >= 2);
  const highValue = repeat.filter((customer) => topScore(customer.cents));
  return {
    acquired: customers.length,
    activated: customers.length,
    repeat: repeat.length,
    highValue: highValue.length,
    stillActive: highValue.filter((customer) => !customer.churned && !customer.warning).length,
    churned: customers.filter((customer) => customer.churned).length,
    warning: customers.filter((customer) => customer.warning).length,
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
    const expected = expectedAsOf(dayOf('19971231'));
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
    await page.locator('[data-testid=stage-churned]', { hasText: wholeNumber(expectedAsOf(dayOf('19971231'), 180).churned) }).waitFor();
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
