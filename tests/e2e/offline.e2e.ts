// Offline after the first visit (the service worker of src/lib/offline), and the privacy indicator in the header.
// This spec alone lets the service worker run (the harness blocks it elsewhere, see privacy.e2e.ts): it checks
// that, with the browser offline, every file the app needs comes from the worker's cache, CDNOW still computes
// and customers.csv still exports.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, customerCount, downloadText, openApp, parseCsv, screenshot, settle, waitForStateAfter } from './harness';

describe('offline after the first visit', () => {
  afterAll(closeBrowser);

  it('opens, loads the CDNOW sample and computes with the network off, every file from the service worker', async () => {
    const session = await openApp('/', { context: { serviceWorkers: 'allow' } });
    const { page, context, origin } = session;

    // The first visit installs the worker (it precaches every file); once active it takes the page over.
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('offline-status').textContent()).toMatch(/Saved for offline use/);

    await context.setOffline(true);
    const served: { url: string; fromServiceWorker: boolean }[] = [];
    context.on('response', (response) => served.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
    await page.goto(`${origin}/?sample=cdnow`);
    expect(await waitForStateAfter(page, 0, ['ready', 'error'], 180_000)).toBe('ready');
    expect(await customerCount(page)).toBe(23_570);
    await screenshot(page, 'offline-cdnow');

    // Everything came from the cache: the page, its script and style, the sample, DuckDB's worker and WASM.
    expect(served.filter((response) => !response.fromServiceWorker)).toEqual([]);
    for (const file of [/\/\?sample=cdnow$/, /\/assets\/index-[\w-]+\.js$/, /\/samples\/cdnow_master\.csv$/, /\.wasm$/]) {
      expect(served.some((response) => file.test(response.url)), String(file)).toBe(true);
    }
    expect(await page.getByTestId('privacy-indicator').getAttribute('data-foreign')).toBe('0');
    expect(await page.getByTestId('privacy-indicator').innerText()).toBe('0 requests to other sites');
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);

    // …and the network really is off, for the worker too: a file it never cached cannot be had. (This, not
    // navigator.onLine, which stays true under the harness's routing.)
    expect(await page.evaluate(() => fetch('/not-in-the-cache.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');

    // Exports work offline too: customers.csv runs the clustering worker first (from the cache as well).
    const customers = parseCsv(await downloadText(page, 'export-customers', 180_000));
    expect(customers.rows).toHaveLength(23_570);
    expect(customers.rows.filter((row) => row.cluster === '')).toEqual([]);
    expect(served.filter((response) => !response.fromServiceWorker && !response.url.startsWith('blob:'))).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session.close();
  }, 300_000);
});

describe('privacy indicator', () => {
  afterAll(closeBrowser);

  it('reads 0 requests to other sites, in green, after a sample is loaded', async () => {
    const session = await openApp('/?sample=retail-1k');
    const { page } = session;
    expect(await waitForStateAfter(page, 0, ['ready', 'error'], 180_000)).toBe('ready');
    const indicator = page.getByTestId('privacy-indicator');
    expect(await indicator.getAttribute('data-foreign')).toBe('0');
    expect(await indicator.innerText()).toBe('0 requests to other sites');
    expect(await indicator.locator('summary').getAttribute('title')).toMatch(/what the page itself sees/);
    await session.close();
  });

  it('counts a request to another origin, turns red and names the origin (keyboard opens the details)', async () => {
    // The page's CSP would stop the request before it counts, so this test page goes without it; the
    // harness still aborts the request before it leaves the browser. localhost is another origin than 127.0.0.1.
    const session = await openApp('/', { context: { bypassCSP: true } });
    const { page, origin } = session;
    const elsewhere = `${origin.replace('127.0.0.1', 'localhost')}/samples/README.md`;
    await page.evaluate((url) => fetch(url).catch(() => undefined), elsewhere);

    const indicator = page.getByTestId('privacy-indicator');
    await expect.poll(() => indicator.getAttribute('data-foreign')).toBe('1');
    expect(await indicator.innerText()).toBe('1 request to other sites');
    const colour = await indicator.locator('summary').evaluate((summary) => getComputedStyle(summary).color);
    expect(colour).toBe('rgb(180, 35, 24)'); // --danger
    expect(await indicator.locator('summary').getAttribute('title')).toContain(new URL(elsewhere).origin);

    await indicator.locator('summary').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await page.getByTestId('privacy-origins').innerText()).toBe(`${new URL(elsewhere).origin}: 1`);
    await screenshot(page, 'privacy-indicator-red');
    expect(session.foreignRequests).toEqual([elsewhere]);
    await session.close();
  });
});
