// Frequency and monetary definition switches on CDNOW in the built app: segment counts under each choice, and a
// few customers' F and M scores, against scores and segments computed here from the raw file with plain loops.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOMER_COLUMNS, closeBrowser, downloadText, numberOf, openApp, openTab, pageText, parseCsv, screenshot, settle } from './harness';
import { type RawCustomer, customersOf, dayOfCompact, readCdnow } from './reference/raw-orders';
import { README_RULES, averageOrderCents, segmentCounts, tieSharingScores } from './reference/rfm-reference';

type Frequency = 'orders' | 'days';
type Monetary = 'total' | 'average';

interface Expected {
  counts: Record<string, number>;
  f: Map<string, number>;
  m: Map<string, number>;
}

function expectedUnder(customers: RawCustomer[], asOfDay: number, frequency: Frequency, monetary: Monetary): Expected {
  const r = tieSharingScores(customers.map((c) => asOfDay - c.lastDay), false);
  const f = tieSharingScores(customers.map((c) => (frequency === 'days' ? c.orderDays.length : c.orders)), true);
  const m = tieSharingScores(customers.map((c) => (monetary === 'average' ? averageOrderCents(c.netCents, c.orders) : c.netCents)), true);
  const counts = segmentCounts(README_RULES, r, f, m);
  return { counts, f: new Map(customers.map((c, i) => [c.id, f[i]])), m: new Map(customers.map((c, i) => [c.id, m[i]])) };
}

/** Customers per segment as the segment summary shows them (segments with no customer included). */
async function shownCounts(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const row of await page.locator('[data-testid=segment-summary] tbody tr').all()) {
    counts[(await row.locator('th').first().innerText()).trim()] = numberOf(await row.locator('td').first().innerText());
  }
  return counts;
}

/** Switches one definition in the Distributions tab and waits until the summary shows the expected counts. */
async function switchTo(page: Page, key: 'frequency' | 'monetary', option: string, expected: Record<string, number>): Promise<Record<string, number>> {
  await openTab(page, 'distributions');
  await page.getByTestId(`definition-${key}-${option}`).check();
  await page.waitForSelector('body[data-state=ready]');
  await openTab(page, 'segments');
  await expect.poll(() => shownCounts(page), { timeout: 60_000, interval: 250 }).toEqual(expected);
  return shownCounts(page);
}

describe('frequency and monetary definitions on CDNOW', () => {
  afterAll(closeBrowser);

  it('rescores under each definition, exports both alternatives, and switching back restores the counts', async () => {
    const session = await openApp('/?sample=cdnow');
    const { page } = session;
    await page.waitForSelector('body[data-state=ready]', { timeout: 180_000 });
    const asOfDay = dayOfCompact('19980701'); // the day after the last order
    const customers = customersOf(readCdnow(), asOfDay);
    const byDefault = expectedUnder(customers, asOfDay, 'orders', 'total');
    const byDays = expectedUnder(customers, asOfDay, 'days', 'total');
    const byDaysAverage = expectedUnder(customers, asOfDay, 'days', 'average');
    // The choices really change something on this file (several orders on one day; big single baskets).
    expect(byDays.counts).not.toEqual(byDefault.counts);
    expect(byDaysAverage.counts).not.toEqual(byDays.counts);

    await openTab(page, 'segments');
    const original = await shownCounts(page);
    expect(original).toEqual(byDefault.counts);

    await switchTo(page, 'frequency', 'days', byDays.counts);
    await openTab(page, 'distributions');
    const fewer = [...customers].filter((c) => c.orderDays.length < c.orders).length;
    expect(numberOf((await page.getByTestId('definitions-fewer-days').innerText()).split(' ')[0])).toBe(fewer);
    await screenshot(page, 'definitions-01-days');

    await switchTo(page, 'monetary', 'average', byDaysAverage.counts);
    await openTab(page, 'distributions');
    await screenshot(page, 'definitions-02-days-average');
    await page.getByTestId('method-note').locator('summary').click();
    expect(await page.getByTestId('method-definitions').innerText()).toContain('Distinct purchase days');
    expect(await page.getByTestId('method-definitions').innerText()).toContain('Average per order');

    // customers.csv: the contract columns keep their meaning (orders, total); F and M follow the definitions;
    // purchase days and the average per order come last.
    const { fields, rows } = parseCsv(await downloadText(page, 'export-customers', 180_000));
    expect(fields.slice(0, CUSTOMER_COLUMNS.length)).toEqual([...CUSTOMER_COLUMNS]);
    expect(fields.slice(-2)).toEqual(['purchase_days', 'average_order_value']);
    expect(rows.length).toBe(customers.length);
    const problems: string[] = [];
    rows.forEach((row, i) => {
      const c = customers[i];
      const cells = [row.customer_id, row.frequency, row.monetary, row.purchase_days, row.average_order_value];
      const want = [c.id, String(c.orders), (c.netCents / 100).toFixed(2), String(c.orderDays.length), (averageOrderCents(c.netCents, c.orders) / 100).toFixed(2)];
      if (cells.join() !== want.join()) problems.push(`${c.id}: ${cells.join()} ≠ ${want.join()}`);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    // A few customers' scores, among them ones whose purchase days are fewer than their orders.
    const sample = [...customers.filter((c) => c.orderDays.length < c.orders).slice(0, 4), customers[0], customers[customers.length - 1]];
    for (const c of sample) {
      const row = rows.find((candidate) => candidate.customer_id === c.id)!;
      expect([row.f_score, row.m_score], c.id).toEqual([String(byDaysAverage.f.get(c.id)), String(byDaysAverage.m.get(c.id))]);
    }

    // Another as-of date keeps the definitions (purchase days are counted again for it).
    const earlier = dayOfCompact('19971231');
    const asOf = page.getByTestId('as-of-date');
    await asOf.fill('1997-12-31');
    await asOf.dispatchEvent('change');
    await openTab(page, 'segments');
    const atEarlier = expectedUnder(customersOf(readCdnow(), earlier), earlier, 'days', 'average');
    await expect.poll(() => shownCounts(page), { timeout: 60_000, interval: 250 }).toEqual(atEarlier.counts);
    await asOf.fill('1998-07-01');
    await asOf.dispatchEvent('change');
    await expect.poll(() => shownCounts(page), { timeout: 60_000, interval: 250 }).toEqual(byDaysAverage.counts);

    await switchTo(page, 'monetary', 'total', byDays.counts);
    expect(await switchTo(page, 'frequency', 'orders', byDefault.counts)).toEqual(original);

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bundefined\b/);
    await settle(page);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 400_000);
});
