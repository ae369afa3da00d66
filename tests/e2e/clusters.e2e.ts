// The Clusters tab in the built app: K sweep on CDNOW through the worker, profiles, calibration, the export's
// clustering columns, and a clear message (not an exception) when clustering cannot run.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CUSTOMER_COLUMNS,
  SCREENSHOT_DIR,
  closeBrowser,
  confirmImport,
  customerCount,
  downloadText,
  importFile,
  numberOf,
  openApp,
  pageText,
  parseCsv,
  screenshot,
  settle,
  shared,
  uploadFile,
} from './harness';

const CUSTOMERS = 23_570;
const RULE_LABEL = 'High value, to activate';

async function openClusters(page: Page): Promise<void> {
  await page.getByTestId('tab-clusters').click();
  await settle(page);
}

/** Waits until the Clusters view has finished a run (ready or failed). */
async function clusteringDone(page: Page, timeout = 300_000): Promise<string> {
  const view = page.locator('[data-testid=clusters][data-status=ready], [data-testid=clusters][data-status=failed]');
  await view.waitFor({ state: 'attached', timeout });
  await settle(page);
  return (await page.getByTestId('clusters').getAttribute('data-status')) ?? '';
}

async function profileSizes(page: Page): Promise<number[]> {
  return Promise.all((await page.getByTestId('cluster-size').all()).map(async (cell) => numberOf(await cell.innerText())));
}

describe('Clusters tab', () => {
  afterAll(closeBrowser);

  it('sweeps K on CDNOW in the worker, recommends K = 3, calibrates and exports the clustering columns', async () => {
    const session = await openApp('/');
    const { page } = session;
    expect(await uploadFile(page, shared('datasets', 'cdnow_master.csv'))).toBe('mapping');
    await confirmImport(page);
    expect(await customerCount(page)).toBe(CUSTOMERS);

    await openClusters(page);
    await screenshot(page, 'clusters-01-idle');
    const started = Date.now();
    await page.getByTestId('cluster-run').click();
    await page.getByTestId('cluster-cancel').waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'clusters-02-running');
    expect(await clusteringDone(page)).toBe('ready');
    const seconds = (Date.now() - started) / 1000;

    // The recommended K is 3 (CDNOW silhouettes for K = 3…8: 0.480, 0.406, 0.412, 0.401, 0.406, 0.427).
    expect(await page.getByTestId('cluster-k').inputValue()).toBe('3');
    expect(await page.locator('[data-testid=cluster-k] option').allInnerTexts()).toEqual(['3 (recommended)', '4', '5', '6', '7', '8']);
    const text = await pageText(page);
    expect(text).toContain('K = 3 is recommended, with the highest mean silhouette (0.48');
    expect(text).toMatch(/silhouette on a random sample of 10,000 customers/i);
    expect(await page.getByTestId('cluster-profile-row').count()).toBe(3);
    const sizes = await profileSizes(page);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(CUSTOMERS);
    await page.getByTestId('cluster-crosstab').waitFor({ state: 'visible' });
    await page.getByTestId('cluster-scatter').waitFor({ state: 'visible' });
    await screenshot(page, 'clusters-03-ready');
    console.log(`sweep 3–8 and fit on ${CUSTOMERS} customers: ${seconds.toFixed(1)} s; sizes ${sizes.join(', ')}`);

    // Another K from the same sweep, then back to the recommended one.
    await page.getByTestId('cluster-k').selectOption('5');
    await page.locator('[data-testid=cluster-profile-row]:nth-child(5)').waitFor({ state: 'attached', timeout: 120_000 });
    expect(await clusteringDone(page)).toBe('ready');
    expect(await page.getByTestId('cluster-profile-row').count()).toBe(5);
    await page.getByTestId('cluster-k').selectOption('3');
    await page.locator('[data-testid=cluster-profile-row]:nth-child(4)').waitFor({ state: 'detached', timeout: 120_000 });
    expect(await clusteringDone(page)).toBe('ready');
    expect(await profileSizes(page)).toEqual(sizes);

    // Rename cluster 2; the name reaches the cross-tab.
    await page.getByTestId('cluster-name-2').fill('Our regulars');
    await expect.poll(() => page.getByTestId('cluster-crosstab').innerText()).toContain('2 · Our regulars');

    // monetary in the top 20 % AND frequency ≤ 2 ⇒ "High value, to activate".
    await page.getByTestId('rule-field-0').selectOption('monetary');
    await page.getByTestId('rule-op-0').selectOption('top_pct');
    await page.getByTestId('rule-value-0').fill('20');
    await page.getByTestId('rule-add-condition').click();
    await page.getByTestId('rule-field-1').selectOption('frequency');
    await page.getByTestId('rule-op-1').selectOption('<=');
    await page.getByTestId('rule-value-1').fill('2');
    await page.getByTestId('rule-label').fill(RULE_LABEL);
    await page.getByTestId('rule-add').click();
    const rule = page.getByTestId('calibration-rule');
    await expect.poll(() => rule.count()).toBe(1);
    expect(await rule.innerText()).toContain(RULE_LABEL);
    const changed = numberOf((await rule.getByTestId('rule-changed').innerText()).replace(/customers changed/, '').trim());
    expect(changed).toBeGreaterThan(0);
    const audit = await page.getByTestId('calibration-audit').innerText();
    expect(audit).toContain('Rule added');
    expect(audit).toContain(RULE_LABEL);
    expect(audit).toContain(changed.toLocaleString('en-US'));
    await page.getByTestId('calibration-rules').scrollIntoViewIfNeeded();
    await screenshot(page, 'clusters-04-calibrated');
    await page.setViewportSize({ width: 400, height: 900 });
    await settle(page);
    await screenshot(page, 'clusters-04b-narrow');
    // The full narrow page is too tall to read; each part on its own.
    const parts = { controls: 'form.controls', sweep: 'figure.sweep', profiles: 'section.profiles', scatter: 'figure.scatter', centroids: 'figure.parallel', rules: '[data-testid=calibration-rules]' };
    for (const [part, selector] of Object.entries(parts)) await page.locator(selector).screenshot({ path: path.join(SCREENSHOT_DIR, `clusters-04c-narrow-${part}.png`) });
    await page.setViewportSize({ width: 1280, height: 900 });
    await settle(page);
    expect(await pageText(page)).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);

    // A hand override from the customer table: click the first row, open the override in its profile, set a label, save.
    await page.getByTestId('tab-customers').click();
    await settle(page);
    const headers = await page.locator('[data-testid=customer-table] thead th').allInnerTexts();
    expect(headers.map((text) => text.replace(/[▲▼↕]/g, '').trim()).slice(-3)).toEqual(['Segment', 'Cluster', 'Final segment']);
    await page.locator('[data-testid=customer-table] tbody tr[aria-rowindex="2"]').click();
    await page.getByTestId('profile-override').click();
    await page.getByTestId('override-form').waitFor({ state: 'visible' });
    const overridden = await page.getByTestId('override-customer').inputValue();
    await page.getByTestId('override-label').fill('Key account');
    await page.getByTestId('override-save').click();
    await expect.poll(() => page.getByTestId('override-current').innerText()).toContain('set by hand');
    await screenshot(page, 'clusters-05-override');
    await page.getByTestId('profile-close').click();

    const { fields, rows } = parseCsv(await downloadText(page, 'export-customers'));
    expect(fields.slice(0, CUSTOMER_COLUMNS.length)).toEqual([...CUSTOMER_COLUMNS]);
    // Later features append their columns after these.
    expect(fields.slice(fields.indexOf('segment') + 1, fields.indexOf('segment') + 5)).toEqual(['cluster', 'cluster_name', 'segment_final', 'override_rule']);
    expect(rows).toHaveLength(CUSTOMERS);
    expect(rows.filter((row) => !['1', '2', '3'].includes(row.cluster))).toEqual([]);
    const byRule = rows.filter((row) => row.override_rule === RULE_LABEL);
    expect(byRule.length).toBeGreaterThan(0);
    expect(byRule.filter((row) => row.segment_final !== RULE_LABEL)).toEqual([]);
    expect(rows.filter((row) => row.cluster === '2').every((row) => row.cluster_name === 'Our regulars')).toBe(true);
    const manual = rows.find((row) => row.customer_id === overridden);
    expect(manual && [manual.segment_final, manual.override_rule]).toEqual(['Key account', 'manual']);

    // A run cancelled at once leaves the previous results in place.
    await openClusters(page);
    await page.getByTestId('cluster-seed').fill('7');
    await page.getByTestId('cluster-run').click();
    await page.getByTestId('cluster-cancel').click();
    expect(await clusteringDone(page, 10_000)).toBe('ready');
    expect(await profileSizes(page)).toEqual(sizes);
    expect(await page.getByTestId('cluster-cancel').count()).toBe(0);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 900_000);

  it('explains, without an exception, why a file with a single customer cannot be clustered', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, shared('bad-inputs', 'single_customer.csv'), { mapping: { customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' } });
    await openClusters(page);
    await page.getByTestId('cluster-run').click();
    expect(await clusteringDone(page, 60_000)).toBe('failed');
    const problem = await page.getByTestId('cluster-problem').innerText();
    expect(problem).toMatch(/only one customer/i);
    await screenshot(page, 'clusters-06-single-customer');
    expect(await page.getByTestId('cluster-profiles').count()).toBe(0);

    // The export stays complete: the clustering columns are there, empty.
    const { fields, rows } = parseCsv(await downloadText(page, 'export-customers'));
    expect(fields.slice(fields.indexOf('segment') + 1, fields.indexOf('segment') + 5)).toEqual(['cluster', 'cluster_name', 'segment_final', 'override_rule']);
    expect(rows.map((row) => [row.customer_id, row.cluster, row.segment_final])).toEqual([['ONLY', '', '']]);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
