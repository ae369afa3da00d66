// The Churn warnings tab in the built app on CDNOW as of 1997-12-31: the warning list against a plain loop over the raw
// file, its CSV export, filters, and the trigger rules (edit, count, show, add, remove).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_DIR, closeBrowser, confirmImport, countOf, downloadText, numberOf, openApp, openTab, pageText, parseCsv, screenshot, settle, shared, uploadFile } from './harness';
import { isChurnWarning, medianGap } from './reference/lifecycle-reference';
import { customersOf, dayOfIso, readCdnow } from './reference/raw-orders';

const AS_OF = '1997-12-31';
const WARNING_COLUMNS = ['customer_id', 'segment', 'cluster', 'monetary', 'last_order', 'days_since_last_order', 'usual_gap_days', 'reason'];
const DEFAULT_SEGMENTS = ['Champions', 'Loyal Customers'];

interface RawCustomer {
  daysSinceLast: number;
  /** Median gap between distinct order dates; NaN with one order date. */
  medianGap: number;
  /** The issue's rule: more than max(90, 2 × median gap) days (90 alone for one order date), and not churned (> 365). */
  warning: boolean;
}

/** Per customer, from the raw file with a plain loop: days since the last order and the median gap, as of `asOfIso`. */
function rawCustomers(asOfIso: string): Map<string, RawCustomer> {
  const asOfDay = dayOfIso(asOfIso);
  return new Map(
    customersOf(readCdnow(), asOfDay).map((customer) => [
      customer.id,
      { daysSinceLast: asOfDay - customer.lastDay, medianGap: medianGap(customer.orderDays), warning: isChurnWarning(customer, asOfDay) },
    ]),
  );
}

/** Clicks a download button; returns the suggested file name and the text (a copy is kept with the other downloads). */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  const saved = await file.path();
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
  copyFileSync(saved, path.join(DOWNLOAD_DIR, `warnings-${Date.now()}-${file.suggestedFilename()}`));
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

const triggerCount = async (trigger: Locator) => Number(await trigger.getAttribute('data-count'));

/** The values and counts ("Champions (123)") of a filter select's options, "all" left out. */
async function filterChoices(page: Page, testId: string): Promise<{ value: string; count: number }[]> {
  const options = await page.locator(`[data-testid=${testId}] option`).evaluateAll((nodes) => nodes.map((node) => ({ value: (node as HTMLOptionElement).value, text: node.textContent ?? '' })));
  return options.filter((option) => option.value !== '').map((option) => ({ value: option.value, count: numberOf(/\(([^)]*)\)\s*$/.exec(option.text)![1]) }));
}

describe('Churn warnings tab', () => {
  afterAll(closeBrowser);

  it('lists the churn warnings of CDNOW as of 1997-12-31, exports them and counts the trigger rules', async () => {
    const raw = rawCustomers(AS_OF);
    const rawWarnings = [...raw].filter(([, customer]) => customer.warning);
    const silentMoreThan = (days: number) => [...raw.values()].filter((customer) => customer.daysSinceLast > days).length;
    console.log(`raw loop: ${rawWarnings.length} churn warnings as of ${AS_OF}`);

    const session = await openApp('/');
    const { page } = session;
    expect(await uploadFile(page, shared('datasets', 'cdnow_master.csv'))).toBe('mapping');
    await confirmImport(page);
    await openTab(page, 'warnings');
    await page.getByTestId('warnings').waitFor({ state: 'visible', timeout: 60_000 });

    // Every CDNOW customer ordered by March 1997, so the customer count stays 23,570: wait on the view's as-of date instead.
    const asOf = page.getByTestId('as-of-date');
    await asOf.fill(AS_OF);
    await asOf.dispatchEvent('change');
    await page.locator(`[data-testid=warnings][data-as-of="${AS_OF}"]`).waitFor({ state: 'visible', timeout: 120_000 });
    await settle(page);
    expect(await countOf(page, 'warnings-count')).toBe(rawWarnings.length);
    expect(await page.locator('[data-testid=warnings] table').getAttribute('aria-rowcount')).toBe(String(rawWarnings.length + 1));
    expect(await page.getByTestId('warnings-rule').innerText()).toContain('more than 90 days');
    await screenshot(page, 'warnings-01-list');

    // The export: every warning once, most valuable first, numbers as in the raw file.
    const exported = await download(page, 'warnings-export');
    expect(exported.name).toBe('churn-warnings.csv');
    const { fields, rows } = parseCsv(exported.text);
    expect(fields).toEqual(WARNING_COLUMNS);
    expect(rows).toHaveLength(rawWarnings.length);
    expect(new Set(rows.map((row) => row.customer_id))).toEqual(new Set(rawWarnings.map(([id]) => id)));
    const money = rows.map((row) => Number(row.monetary));
    expect(money.every((value, index) => index === 0 || value <= money[index - 1])).toBe(true);
    for (const row of rows) {
      const customer = raw.get(row.customer_id)!;
      expect(Number(row.days_since_last_order)).toBe(customer.daysSinceLast);
      expect(row.usual_gap_days).toBe(Number.isNaN(customer.medianGap) ? '' : String(Math.round(customer.medianGap)));
      expect(row.reason).toBe(
        `No order for ${customer.daysSinceLast} days; ${Number.isNaN(customer.medianGap) ? 'a single order so far' : Math.round(customer.medianGap) === 1 ? 'usually orders every day' : `usually orders every ${Math.round(customer.medianGap)} days`}.`,
      );
    }

    // The segment filter: each option's count is what the list then shows, and the options add up to the list.
    const segments = await filterChoices(page, 'warnings-segment');
    expect(segments.reduce((sum, option) => sum + option.count, 0)).toBe(rawWarnings.length);
    const bySegment = segments[0];
    await page.getByTestId('warnings-segment').selectOption(bySegment.value);
    await expect.poll(() => countOf(page, 'warnings-count')).toBe(bySegment.count);
    expect(bySegment.count).toBe(rows.filter((row) => row.segment === bySegment.value).length);
    await page.getByTestId('warnings-segment').selectOption('');
    await expect.poll(() => countOf(page, 'warnings-count')).toBe(rawWarnings.length);
    expect(await page.getByTestId('warnings-cluster-note').isVisible()).toBe(true);

    // The default trigger: Champions or Loyal Customers with no order for more than 60 days; more days never fire for more.
    const trigger = page.getByTestId('trigger').first();
    const days = trigger.getByTestId('trigger-days');
    expect(await days.inputValue()).toBe('60');
    const at60 = await triggerCount(trigger);
    await days.fill('90');
    await settle(page);
    const at90 = await triggerCount(trigger);
    await days.fill('120');
    await settle(page);
    const at120 = await triggerCount(trigger);
    expect(at60).toBeGreaterThanOrEqual(at90);
    expect(at90).toBeGreaterThanOrEqual(at120);
    await days.fill('90');
    await expect.poll(() => triggerCount(trigger)).toBe(at90);
    console.log(`default trigger fires for ${at60} (60 days), ${at90} (90 days), ${at120} (120 days)`);

    // With no segment checked it watches everyone: then the raw file gives its count.
    const chooser = trigger.getByTestId('trigger-segments');
    for (const name of DEFAULT_SEGMENTS) await chooser.getByLabel(name, { exact: true }).uncheck();
    await expect.poll(() => triggerCount(trigger)).toBe(silentMoreThan(90));
    for (const name of DEFAULT_SEGMENTS) await chooser.getByLabel(name, { exact: true }).check();
    await expect.poll(() => triggerCount(trigger)).toBe(at90);

    // "Show these customers": the list holds exactly the trigger's customers, whatever their stage.
    await trigger.getByTestId('trigger-show').click();
    await page.locator('[data-testid=warnings][data-list=trigger]').waitFor({ state: 'visible' });
    expect(await countOf(page, 'warnings-count')).toBe(at90);
    expect(await page.locator('[data-testid=warnings] table').getAttribute('aria-rowcount')).toBe(String(at90 + 1));
    expect(await pageText(page)).toContain('Champions, Loyal Customers with no order for more than 90 days');
    await screenshot(page, 'warnings-02-trigger');
    const fired = parseCsv((await download(page, 'warnings-export')).text).rows;
    expect(fired).toHaveLength(at90);
    expect(fired.filter((row) => !DEFAULT_SEGMENTS.includes(row.segment) || raw.get(row.customer_id)!.daysSinceLast <= 90)).toEqual([]);

    // Its count again from customers.csv (segments) and the raw file (days); the export runs clustering first.
    const customers = parseCsv(await downloadText(page, 'export-customers', 600_000)).rows;
    expect(customers.filter((row) => DEFAULT_SEGMENTS.includes(row.segment) && raw.get(row.customer_id)!.daysSinceLast > 90)).toHaveLength(at90);

    // Back to the warnings; clustering now ran on these customers, so the cluster filter is there.
    await page.getByTestId('warnings-back').click();
    await page.locator('[data-testid=warnings][data-list=warnings]').waitFor({ state: 'visible' });
    await page.getByTestId('warnings-cluster').waitFor({ state: 'visible', timeout: 60_000 });
    const clusters = await filterChoices(page, 'warnings-cluster');
    expect(clusters.reduce((sum, option) => sum + option.count, 0)).toBe(rawWarnings.length);
    await page.getByTestId('warnings-cluster').selectOption(clusters[0].value);
    await expect.poll(() => countOf(page, 'warnings-count')).toBe(clusters[0].count);
    const inCluster = parseCsv((await download(page, 'warnings-export')).text).rows;
    expect(inCluster).toHaveLength(clusters[0].count);
    expect(new Set(inCluster.map((row) => row.cluster)).size).toBe(1);
    await screenshot(page, 'warnings-03-cluster');
    await page.getByTestId('warnings-cluster').selectOption('');

    // Add a trigger (everyone, 90 days by default), then remove it.
    await page.getByTestId('trigger-add').click();
    await expect.poll(() => page.getByTestId('trigger').count()).toBe(2);
    const added = page.getByTestId('trigger').nth(1);
    expect(await added.getByTestId('trigger-days').inputValue()).toBe('90');
    expect(await triggerCount(added)).toBe(silentMoreThan(90));
    await added.getByTestId('trigger-remove').click();
    await expect.poll(() => page.getByTestId('trigger').count()).toBe(1);

    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 900_000);
});
