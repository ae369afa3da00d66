// Workshop mode in the built app: the guided tour from an empty page (CDNOW loaded from the tour, every step's tab,
// keys), presenter mode (ids masked against customers.csv's ids, larger type, one view at a time, remembered) and the
// shipped segment names in Chinese with unchanged counts. No request may leave the origin.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppSession, closeBrowser, downloadText, numberOf, openApp, openTab, parseCsv, screenshot, settle, stateMark, waitForRest } from './harness';
import { readCdnow } from './reference/raw-orders';

/** The tour's steps and the tab each must show, as written in src/lib/domain/tour-steps.ts. */
const STEPS: [string, string][] = [
  ['data', 'report'],
  ['scores', 'distributions'],
  ['grid', 'rfm'],
  ['segments', 'segments'],
  ['clusters', 'clusters'],
  ['lifecycle', 'lifecycle'],
  ['cohorts', 'cohorts'],
  ['warnings', 'warnings'],
  ['tiers', 'tiers'],
  ['health', 'health'],
  ['playbook', 'playbook'],
];

/** The default rule table's segments and Others, with the Chinese names defined in src/lib/i18n/names-zh-CN.ts. */
const SEGMENTS_EN_ZH: [string, string][] = [
  ['Champions', '冠军客户'],
  ['Potential Loyalist', '潜在忠诚客户'],
  ['Loyal Customers', '忠诚客户'],
  ['Promising', '有潜力客户'],
  ['New Customers', '新客户'],
  ["Can't Lose Them", '不能失去的客户'],
  ['At Risk', '流失风险客户'],
  ['Need Attention', '需要关注客户'],
  ['About To Sleep', '即将沉睡客户'],
  ['Lost', '已流失客户'],
  ['Others', '其他客户'],
];

/** Every customer id of the raw file (read with a plain parse, not through the app). */
const rawIds = new Set(readCdnow().map((order) => order.customerId));
/** The mask by hand for CDNOW's five-digit ids: first character, three dots, last two. */
const handMask = (id: string) => `${id[0]}•••${id.slice(-2)}`;

const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
/** The first column's text of the visible rows of a virtualized table inside the element with this test id. */
const firstColumn = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr:not(.spacer) td:first-child').allInnerTexts();
const tourState = (page: Page) =>
  page.evaluate(() => ({
    step: document.querySelector<HTMLElement>('[data-testid=tour]')?.dataset.step ?? null,
    position: document.querySelector('[data-testid=tour-position]')?.textContent?.trim() ?? null,
    tab: document.querySelector('[role=tab][aria-selected=true]')?.getAttribute('data-testid') ?? null,
  }));

/** Segment summary rows as shown: name and customer count. */
async function summaryRows(page: Page): Promise<{ name: string; customers: number }[]> {
  const rows = page.getByTestId('segment-summary').locator('tbody tr');
  const result: { name: string; customers: number }[] = [];
  for (let index = 0; index < (await rows.count()); index++) {
    const row = rows.nth(index);
    result.push({ name: (await row.locator('th').innerText()).trim(), customers: numberOf(await row.locator('td').first().innerText()) });
  }
  return result;
}

describe('workshop mode on CDNOW', () => {
  let app: AppSession;
  afterAll(async () => {
    await closeBrowser();
  });

  it('tour: starts with no data, loads CDNOW from the panel, walks every step with buttons and keys, closes with Esc', async () => {
    app = await openApp('/');
    const { page } = app;
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('idle');
    await page.getByTestId('tour-start').click();
    await page.getByTestId('tour').waitFor();
    expect(await page.getByTestId('tour-position').innerText()).toBe('Step 1 of 11');
    await expect.poll(() => page.evaluate(() => document.body.dataset.tour)).toBe('open');
    await screenshot(page, 'workshop-tour-no-data');

    const mark = await stateMark(page);
    await page.getByTestId('tour-load-cdnow').click();
    expect(await waitForRest(page, mark)).toBe('ready');
    expect(numberOf(await page.getByTestId('customer-count').innerText())).toBe(rawIds.size);
    await settle(page);
    expect(await page.getByTestId('tour-no-data').count()).toBe(0);
    // Step 1 is still shown and its tab (the import report) is the one selected.
    expect(await tourState(page)).toEqual({ step: 'data', position: 'Step 1 of 11', tab: 'tab-report' });
    await page.getByTestId('import-report').waitFor();

    // The panel sits beside the view: the results end left of it.
    const panelBox = (await page.getByTestId('tour').boundingBox())!;
    const resultsBox = (await page.locator('section.results').boundingBox())!;
    expect(resultsBox.x + resultsBox.width).toBeLessThanOrEqual(panelBox.x + 1);

    for (let index = 1; index < STEPS.length; index++) {
      // Odd steps by the Next button, even ones by the → key on the page.
      if (index % 2) await page.getByTestId('tour-next').click();
      else {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('ArrowRight');
      }
      await settle(page);
      expect(await tourState(page)).toEqual({ step: STEPS[index][0], position: `Step ${index + 1} of 11`, tab: `tab-${STEPS[index][1]}` });
      if (STEPS[index][0] === 'segments') await screenshot(page, 'workshop-tour-segments');
    }
    expect(await page.getByTestId('tour-next').count()).toBe(0);
    await page.getByTestId('tour-done').waitFor();

    // ← goes back one step (and its tab), → returns; → at the end stays.
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    expect(await tourState(page)).toEqual({ step: 'health', position: 'Step 10 of 11', tab: 'tab-health' });
    await page.getByTestId('tour-previous').click();
    await settle(page);
    expect(await tourState(page)).toEqual({ step: 'tiers', position: 'Step 9 of 11', tab: 'tab-tiers' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await tourState(page)).toEqual({ step: 'playbook', position: 'Step 11 of 11', tab: 'tab-playbook' });

    await page.keyboard.press('Escape');
    await settle(page);
    expect(await page.getByTestId('tour').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.tour)).toBe('closed');
    expect(await tourState(page)).toEqual({ step: null, position: null, tab: 'tab-playbook' });
    expect(app.foreignRequests).toEqual([]);
  });

  it('presenter mode: ids masked in the customer table and the warnings, larger type, one view at a time; exports keep the ids', async () => {
    const { page } = app;
    // Without presenter mode: the first rows of both lists show ids of the raw file.
    await openTab(page, 'customers');
    const customerIds = await firstColumn(page, 'customer-table');
    expect(customerIds.length).toBeGreaterThan(5);
    for (const id of customerIds) expect(rawIds.has(id)).toBe(true);
    await openTab(page, 'warnings');
    await page.getByTestId('warnings').locator('tbody tr td').first().waitFor();
    const warningIds = await firstColumn(page, 'warnings');
    expect(warningIds.length).toBeGreaterThan(5);
    for (const id of warningIds) expect(rawIds.has(id)).toBe(true);
    const smallFont = await rootFontPx(page);

    await page.getByTestId('presenter-toggle').click();
    await settle(page);
    expect(await page.getByTestId('presenter-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('stratify.presenter'))).toBe('on');
    expect(await rootFontPx(page)).toBeGreaterThanOrEqual(smallFont * 1.25);
    // One view at a time: no tab strip, no method note, no drop zone; the view's name between previous and next.
    expect(await page.locator('[role=tablist]').count()).toBe(0);
    expect(await page.getByTestId('method-note').count()).toBe(0);
    expect(await page.getByTestId('file-input').count()).toBe(0);
    expect(await page.getByTestId('presenter-view').innerText()).toBe('Churn warnings');

    const maskedWarnings = await firstColumn(page, 'warnings');
    expect(maskedWarnings).toEqual(warningIds.map(handMask));
    for (const text of maskedWarnings) expect(rawIds.has(text)).toBe(false);
    const shownText = await page.evaluate(() => document.body.innerText);
    for (const id of warningIds) expect(shownText).not.toContain(id);
    // The follow-up CSV is a file for the CRM: real ids.
    const csv = parseCsv(await downloadText(page, 'warnings-export'));
    expect(csv.rows.length).toBeGreaterThan(0);
    for (const row of csv.rows.slice(0, 50)) expect(rawIds.has(row.customer_id)).toBe(true);
    await screenshot(page, 'workshop-presenter-warnings');

    // Previous/next walk the views by name; the customer table masks its ids the same way.
    for (let guard = 0; guard < 20 && (await page.getByTestId('presenter-view').innerText()) !== 'Customers'; guard++) {
      await page.getByTestId('presenter-next').click();
      await settle(page);
    }
    expect(await page.getByTestId('presenter-view').innerText()).toBe('Customers');
    const maskedCustomers = await firstColumn(page, 'customer-table');
    expect(maskedCustomers).toEqual(customerIds.map(handMask));
    await screenshot(page, 'workshop-presenter-customers');
    const tableText = await page.getByTestId('customer-table').innerText();
    for (const id of customerIds) expect(tableText).not.toContain(id);
    // The table's own CSV is a file too: real ids, in the order shown.
    const shownCsv = parseCsv(await downloadText(page, 'table-export-csv'));
    expect(shownCsv.rows.slice(0, customerIds.length).map((row) => Object.values(row)[0])).toEqual(customerIds);
    // Chart text scales too (the histograms' axis labels are SVG text in px).
    for (let guard = 0; guard < 20 && (await page.getByTestId('presenter-view').innerText()) !== 'Distributions'; guard++) {
      await page.getByTestId('presenter-previous').click();
      await settle(page);
    }
    await page.locator('[role=tabpanel] svg text').first().waitFor();
    const chartTextPx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[role=tabpanel] svg text')!).fontSize));
    expect(chartTextPx).toBeGreaterThanOrEqual(14);
    await screenshot(page, 'workshop-presenter-distributions');

    // Off with the same button: tabs, method note and real ids are back.
    await page.getByTestId('presenter-toggle').click();
    await settle(page);
    expect(await rootFontPx(page)).toBe(smallFont);
    expect(await page.locator('[role=tablist]').count()).toBe(1);
    expect(await page.getByTestId('method-note').count()).toBe(1);
    await openTab(page, 'customers');
    expect(await firstColumn(page, 'customer-table')).toEqual(customerIds);
    expect(app.foreignRequests).toEqual([]);
  });

  it('zh-CN: the segment summary shows the shipped names in Chinese with the same counts; its CSV keeps the stored names', async () => {
    const { page } = app;
    await openTab(page, 'segments');
    const english = await summaryRows(page);
    expect(english.map((row) => row.name)).toEqual(SEGMENTS_EN_ZH.map(([name]) => name));
    expect(english.reduce((sum, row) => sum + row.customers, 0)).toBe(rawIds.size);

    await page.getByTestId('language').selectOption('zh-CN');
    await settle(page);
    const chinese = await summaryRows(page);
    expect(chinese).toEqual(english.map((row, index) => ({ name: SEGMENTS_EN_ZH[index][1], customers: row.customers })));
    // The legend of the linter's score cube follows the same names.
    expect(await page.getByTestId('segment-summary').innerText()).toContain('冠军客户');
    const csv = parseCsv(await downloadText(page, page.getByTestId('segment-summary').getByTestId('table-export-csv')));
    expect(csv.rows.map((row) => Object.values(row)[0])).toEqual(SEGMENTS_EN_ZH.map(([name]) => name));
    await screenshot(page, 'workshop-zh-segments');
    // A renamed segment stays exactly as typed; typing the shipped name back shows the translation again.
    await page.getByTestId('rule-name-0').fill('Champions VIP');
    await settle(page);
    expect((await summaryRows(page))[0]).toEqual({ name: 'Champions VIP', customers: english[0].customers });
    await page.getByTestId('rule-name-0').fill('Champions');
    await settle(page);
    expect(await summaryRows(page)).toEqual(chinese);
    // The customer table's search finds a segment by its shown name as well.
    await openTab(page, 'customers');
    await page.getByTestId('customer-search').fill('冠军客户');
    await settle(page);
    expect(numberOf((await page.getByTestId('customer-shown').innerText()).match(/[\d,]+/)![0])).toBe(english[0].customers);
    await page.getByTestId('customer-search').fill('');
    await openTab(page, 'segments');

    await page.getByTestId('language').selectOption('en');
    await settle(page);
    expect(await summaryRows(page)).toEqual(english);
    expect(app.foreignRequests).toEqual([]);
  });

  it('presenter mode is remembered across a reload and switched off as easily', async () => {
    const { page } = app;
    await page.getByTestId('presenter-toggle').click();
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('body[data-state]:not([data-state=""])', { state: 'attached' });
    await page.getByTestId('presenter-toggle').waitFor();
    expect(await page.getByTestId('presenter-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('on');
    // With no data shown the drop zone stays, so a presenter can still open a file (a restored project may show data).
    await settle(page);
    const state = await page.evaluate(() => document.body.dataset.state);
    if (state === 'idle') expect(await page.getByTestId('file-input').count()).toBe(1);
    await page.getByTestId('presenter-toggle').click();
    await settle(page);
    expect(await page.evaluate(() => [document.documentElement.dataset.presenter, localStorage.getItem('stratify.presenter')])).toEqual(['off', 'off']);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
