// Saved projects, "delete all local data" and the settings (scenario) file, in the built app on the R rfm
// example orders uploaded as a file. The expected segment counts are computed here by a plain loop over the raw
// file (tie-sharing scores, the rule table with one edited rule), not by the app's code.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appState,
  closeBrowser,
  confirmImport,
  customerCount,
  downloadText,
  importFile,
  mappingOf,
  numberOf,
  openApp,
  openTab,
  screenshot,
  settle,
  shared,
  stateMark,
  uploadFile,
  waitForStateAfter,
} from './harness';
import { customersOf, dayOfIso, defaultAsOfDay, readRfmOrders } from './reference/raw-orders';
import { README_RULES, segmentCounts, tieSharingScores } from './reference/rfm-reference';

const FILE = shared('datasets', 'rfm_data_orders.csv');

/** The default rule table (README) with Champions widened to R 4–5, the edit this spec makes in the app. */
const EDITED_RULES = README_RULES.map((rule) => (rule.name === 'Champions' ? { ...rule, r: [4, 5] as const } : rule));

/** An as-of date set in the app (only orders on or before it count). */
const AS_OF = '2006-06-30';

/**
 * Customers per segment from the raw rows: recency/frequency/monetary, tie-sharing scores, first matching rule;
 * as of `asOf` (orders after it left out), by default the day after the latest order.
 */
function expectedSegments(asOf?: string): { customers: number; segments: Record<string, number> } {
  const orders = readRfmOrders();
  expect(orders.filter((order) => order.cents <= 0)).toEqual([]); // no returns in this file, so every row is an order
  const asOfDay = asOf ? dayOfIso(asOf) : defaultAsOfDay(orders);
  const customers = customersOf(orders, asOfDay);
  const r = tieSharingScores(customers.map((customer) => asOfDay - customer.lastDay), false);
  const f = tieSharingScores(customers.map((customer) => customer.orders), true);
  const m = tieSharingScores(customers.map((customer) => customer.netCents), true);
  const segments = Object.entries(segmentCounts(EDITED_RULES, r, f, m)).filter(([, count]) => count > 0);
  return { customers: customers.length, segments: Object.fromEntries(segments) };
}

/** Customers per segment as the segment summary shows them (segments with none left out). */
async function shownSegments(page: Page): Promise<Record<string, number>> {
  await openTab(page, 'segments');
  const rows = await page.locator('[data-testid=segment-summary] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()] as const));
  return Object.fromEntries(rows.map(([name, count]) => [name, numberOf(count)] as const).filter(([, count]) => count > 0));
}

interface StoredProject {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  firstRuleR: number[];
  asOfDay: number | null;
}
/** What the app stored: its IndexedDB database (null when there is none) and its localStorage keys. */
async function stored(page: Page): Promise<{ projects: StoredProject[]; files: number } | null> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'stratify')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stratify');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T,>(store: string, how: (s: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const request = how(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const records = (await read('projects', (s) => s.getAll())) as { id: string; name: string; createdAt: string; updatedAt: string; settings: { segmentRules: { r: number[] }[]; asOfDay: number | null } }[];
    const files = await read('files', (s) => s.count());
    db.close(); // a delete of the database waits for every open connection
    return { projects: records.map(({ id, name, createdAt, updatedAt, settings }) => ({ id, name, createdAt, updatedAt, firstRuleR: settings.segmentRules[0].r, asOfDay: settings.asOfDay })), files };
  });
}

async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('stratify.')));
}

/** Polls until `check` passes (autosave waits for a pause in the edits). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Reloads and waits until the restore (if any) is over and the app rests. */
async function reloadAndRest(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('body[data-state]:not([data-state=""])', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('[data-testid=project-restoring]') && ['ready', 'idle', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000, polling: 100 });
}

/** Notes whether the "restoring…" status was ever on the page (installed before a reload). */
async function watchRestoring(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = () => {
      if (document.querySelector('[data-testid=project-restoring]')) (window as unknown as { __sawRestoring: boolean }).__sawRestoring = true;
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
}

async function openProjects(page: Page): Promise<void> {
  await page.getByTestId('projects-open').click();
  await page.getByTestId('projects-dialog').waitFor({ state: 'visible' });
  await settle(page);
}

async function importSettings(page: Page, name: string, text: string): Promise<string> {
  await page.setInputFiles('[data-testid=settings-file-input]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const notice = page.getByTestId('projects-notice');
  await notice.waitFor({ state: 'visible' });
  const shown = `${await notice.getAttribute('data-tone')}: ${(await notice.locator('span').innerText()).trim()}`;
  await notice.locator('button').click(); // dismissed, so the next file's message is not this one
  await notice.waitFor({ state: 'detached' });
  return shown;
}

describe('saved projects', () => {
  afterAll(closeBrowser);
  const expected = expectedSegments();
  const expectedAsOf = expectedSegments(AS_OF);
  let settingsText = '';

  it('restores an edited project after a reload, lists, renames, duplicates and deletes it', async () => {
    expect(expected.customers).toBe(995);
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, FILE);
    expect(await customerCount(page)).toBe(expected.customers);

    // One project, named after the file, holding its bytes.
    const first = await eventually(() => stored(page), (value) => value?.projects.length === 1);
    expect(first?.projects.map((project) => project.name)).toEqual(['rfm_data_orders.csv']);
    expect(first?.files).toBe(1);

    // Champions R 5–5 → 4–5 in the rule table; autosaved.
    await openTab(page, 'segments');
    await page.getByTestId('rule-r-low-0').selectOption('4');
    await settle(page);
    const edited = await shownSegments(page);
    expect(edited).toEqual(expected.segments);
    const saved = await eventually(() => stored(page), (value) => value?.projects[0].firstRuleR[0] === 4);
    expect(saved?.projects[0].firstRuleR).toEqual([4, 5]);

    await watchRestoring(page);
    await reloadAndRest(page);
    expect(await appState(page)).toBe('ready');
    expect(await page.evaluate(() => (window as unknown as { __sawRestoring?: boolean }).__sawRestoring)).toBe(true);
    expect(await customerCount(page)).toBe(expected.customers);
    expect(await shownSegments(page)).toEqual(expected.segments);
    expect(await page.getByTestId('rule-r-low-0').inputValue()).toBe('4');
    await screenshot(page, 'projects-01-restored');

    // An earlier as-of date: fewer customers, other scores; saved and restored too.
    expect(expectedAsOf.customers).toBeLessThan(expected.customers);
    const asOfInput = page.getByTestId('as-of-date');
    await asOfInput.fill(AS_OF);
    await asOfInput.dispatchEvent('change');
    await expect.poll(() => customerCount(page), { timeout: 30_000 }).toBe(expectedAsOf.customers);
    expect(await shownSegments(page)).toEqual(expectedAsOf.segments);
    const savedAsOf = await eventually(() => stored(page), (value) => value?.projects[0].asOfDay === dayOfIso(AS_OF));
    expect(savedAsOf?.projects[0].asOfDay).toBe(dayOfIso(AS_OF));
    await reloadAndRest(page);
    expect(await appState(page)).toBe('ready');
    expect(await page.getByTestId('as-of-date').inputValue()).toBe(AS_OF);
    expect(await customerCount(page)).toBe(expectedAsOf.customers);
    expect(await shownSegments(page)).toEqual(expectedAsOf.segments);
    expect(await page.getByTestId('rule-r-low-0').inputValue()).toBe('4');

    // The list: rename, duplicate, delete the copy.
    await openProjects(page);
    const rows = page.getByTestId('project-row');
    expect(await rows.count()).toBe(1);
    await expect.poll(() => rows.first().getByTestId('project-current').count()).toBe(1);
    await rows.first().getByTestId('project-rename').click();
    const nameInput = page.getByTestId('project-name-input');
    expect(await nameInput.evaluate((input) => input === document.activeElement)).toBe(true);
    await nameInput.fill('Workshop A');
    await nameInput.press('Enter');
    await expect.poll(() => rows.first().getAttribute('data-name')).toBe('Workshop A');
    await rows.first().getByTestId('project-duplicate').click();
    await expect.poll(() => rows.count()).toBe(2);
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')))).sort()).toEqual(['Workshop A', 'Workshop A (copy)']);
    const afterCopy = await stored(page);
    expect(afterCopy?.projects).toHaveLength(2);
    expect(afterCopy?.files).toBe(1); // the copy shares the stored file
    await screenshot(page, 'projects-02-list');
    const copy = rows.filter({ has: page.locator('strong', { hasText: 'Workshop A (copy)' }) });
    await copy.getByTestId('project-delete').click();
    await copy.getByTestId('project-delete-yes').click();
    await expect.poll(() => rows.count()).toBe(1);
    const afterDelete = await stored(page);
    expect(afterDelete?.projects.map((project) => project.name)).toEqual(['Workshop A']);
    expect(afterDelete?.files).toBe(1); // still named by Workshop A

    // The settings file: kind, version, the edited rule, the mapping; no customer ids.
    settingsText = await downloadText(page, 'settings-export');
    const json = JSON.parse(settingsText.replace(/^\uFEFF/, ''));
    expect(json.kind).toBe('stratify-settings');
    expect(json.version).toBe(1);
    expect(json.settings.segmentRules[0]).toEqual({ name: 'Champions', r: [4, 5], f: [5, 5], m: [5, 5] });
    expect(json.settings.asOfDay).toBe(dayOfIso(AS_OF));
    expect(json.settings.mapping).toMatchObject({ customer_id: 'customer_id', order_date: 'order_date', amount: 'revenue' });
    expect(settingsText).not.toContain('Brion Stark');

    // Incompatible files: a clear error and nothing changed.
    const newer = await importSettings(page, 'newer.json', JSON.stringify({ ...json, version: 2 }));
    expect(newer).toBe('error: This settings file was written by a newer version of Stratify (format 2; this version reads up to format 1). Nothing was changed.');
    const wrongKind = await importSettings(page, 'project.json', JSON.stringify({ kind: 'something-else', version: 1 }));
    expect(wrongKind).toContain('error: This JSON file is not a Stratify settings file (its kind is “something-else”');
    const notJson = await importSettings(page, 'orders.json', 'customer_id,order_date\n1,2');
    expect(notJson).toContain('not valid JSON');
    await page.getByTestId('projects-close').click();
    expect(await customerCount(page)).toBe(expectedAsOf.customers);
    expect(await shownSegments(page)).toEqual(expectedAsOf.segments);
    expect(await page.getByTestId('rule-r-low-0').inputValue()).toBe('4');
    expect(await page.getByTestId('as-of-date').inputValue()).toBe(AS_OF);

    // Delete all local data: the question says what goes and that the offline copy stays; then nothing is left.
    expect(await storageKeys(page)).toContain('stratify.lastProject');
    await openProjects(page);
    await page.getByTestId('wipe-open').click();
    expect(await page.getByTestId('wipe-question').innerText()).toContain('every saved project (1)');
    expect(await page.getByTestId('wipe-kept').innerText()).toContain('offline copy of the app');
    await screenshot(page, 'projects-03-wipe-question');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('wipe-confirm').click()]);
    await reloadAndRest(page);
    expect(await appState(page)).toBe('idle');
    expect(await page.getByTestId('customer-count').count()).toBe(0);
    expect(await stored(page)).toBeNull();
    expect(await storageKeys(page)).toEqual([]);
    await reloadAndRest(page);
    expect(await appState(page)).toBe('idle');
    expect(await stored(page)).toBeNull();

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);

  it('a settings file gives identical numbers on the same file in a fresh browser', async () => {
    expect(settingsText).not.toBe('');
    const session = await openApp('/');
    const { page } = session;
    await openProjects(page);
    expect(await page.getByTestId('projects-empty').count()).toBe(1);
    const applied = await importSettings(page, 'stratify-settings.json', settingsText);
    expect(applied).toContain('info: Settings from stratify-settings.json applied. Open the data file next');
    await page.getByTestId('projects-close').click();

    // The mapping panel is pre-filled from the file, and the import gives the same customers and segments.
    expect(await uploadFile(page, FILE)).toBe('mapping');
    expect(await mappingOf(page, ['customer_id', 'order_date', 'amount'])).toEqual({ customer_id: 'customer_id', order_date: 'order_date', amount: 'revenue' });
    await confirmImport(page);
    // The file's as-of date is applied again after the import (which starts from the default date).
    await expect.poll(() => page.getByTestId('as-of-date').inputValue(), { timeout: 30_000 }).toBe(AS_OF);
    await expect.poll(() => customerCount(page), { timeout: 30_000 }).toBe(expectedAsOf.customers);
    expect(await shownSegments(page)).toEqual(expectedAsOf.segments);
    expect(await page.getByTestId('rule-r-low-0').inputValue()).toBe('4');
    await screenshot(page, 'projects-04-settings-file');
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);

  it('a project that cannot be restored leaves an empty, usable app with a clear error', async () => {
    const session = await openApp('/');
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('stratify.lastProject', 'no-such-project'));
    await reloadAndRest(page);
    expect(await page.getByTestId('error').innerText()).toContain('could not be restored: it is no longer stored in this browser.');
    expect(await page.getByTestId('customer-count').count()).toBe(0);
    expect(await storageKeys(page)).toEqual([]); // not retried on the next reload
    // Still usable: a sample loads.
    await page.getByTestId('sample-rfm').click();
    await page.getByTestId('customer-count').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await customerCount(page)).toBe(995);
    expect(session.foreignRequests).toEqual([]);
  }, 180_000);
  it('keeps a customer table with the project and restores it with its match', async () => {
    const session = await openApp('/');
    const { page } = session;
    await importFile(page, FILE);
    // A customer table made here: the first 600 buyers of the file plus 10 prospects who never ordered.
    const buyers = [...new Set(readRfmOrders().map((order) => order.customerId))];
    const ids = [...buyers.slice(0, 600), ...Array.from({ length: 10 }, (_, index) => `Prospect ${index + 1}`)];
    const table = `customer_id,industry\n${ids.map((id, index) => `${id},${index % 2 ? 'Retail' : 'Services'}`).join('\n')}\n`;
    const mark = await stateMark(page);
    await page.setInputFiles('[data-testid=attributes-file-input]', { name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    expect(await waitForStateAfter(page, mark, ['mapping', 'error'])).toBe('mapping');
    const loaded = await stateMark(page);
    await page.getByTestId('attributes-confirm').click();
    expect(await waitForStateAfter(page, loaded, ['ready', 'error'])).toBe('ready');
    const expectedMatch = { both: '600', ordersOnly: String(buyers.length - 600), attributesOnly: '10' };
    const matchShown = async () => {
      await openTab(page, 'report');
      const match = page.getByTestId('attributes-match');
      await match.waitFor({ timeout: 120_000 });
      return { both: await match.getAttribute('data-both'), ordersOnly: await match.getAttribute('data-orders-only'), attributesOnly: await match.getAttribute('data-attributes-only') };
    };
    expect(await matchShown()).toEqual(expectedMatch);
    const withTable = await eventually(() => stored(page), (value) => value?.files === 2);
    expect(withTable?.files).toBe(2);

    await reloadAndRest(page);
    expect(await appState(page)).toBe('ready');
    expect(await customerCount(page)).toBe(buyers.length);
    expect(await matchShown()).toEqual(expectedMatch);
    await openProjects(page);
    expect(await page.getByTestId('project-row').first().innerText()).toContain('+ customer table customers.csv');

    // Open a copy from the list (another project while one is shown): it becomes the current one, same numbers.
    await page.getByTestId('project-duplicate').first().click();
    const copy = page.locator('[data-testid=project-row][data-name="rfm_data_orders.csv (copy)"]');
    await copy.waitFor();
    const copyId = await copy.getAttribute('data-project');
    const reopened = await stateMark(page);
    await copy.getByTestId('project-open').click();
    expect(await waitForStateAfter(page, reopened, ['ready', 'error'])).toBe('ready');
    await page.waitForFunction(() => !document.querySelector('[data-testid=project-restoring]'));
    expect(await page.evaluate(() => localStorage.getItem('stratify.lastProject'))).toBe(copyId);
    expect(await customerCount(page)).toBe(buyers.length);
    expect(await matchShown()).toEqual(expectedMatch);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
